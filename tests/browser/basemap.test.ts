/**
 * The basemap at harbour scale: the fine coast is there where the campaign's
 * places are read closely, and it is not fetched for the first view.
 */
import { describe, expect, it } from 'vitest';
import { coastVerticesInView, waitForCoast } from './coast.ts';
import { TEST_TIMEOUT_MS, useAtlasSession, waitForIdle, type AtlasWindow } from './harness.ts';

describe('basemap coast', { timeout: TEST_TIMEOUT_MS }, () => {
  const session = useAtlasSession();

  // GSHHG full resolution has 129 shoreline vertices in this view (`gmt coast -Df -M -W
  // -R141.91/142.21/46.955/47.135`): the issue's 150 is beyond the data. Natural Earth had 20.
  it('draws Maoka harbour at zoom 11 with its full-resolution coast (at least 120 vertices)', async () => {
    const atlas = await session().openAtlas('map=11/47.045/142.06');
    try {
      await waitForCoast(atlas.page);
      expect(await coastVerticesInView(atlas.page)).toBeGreaterThanOrEqual(120);
    } finally {
      await atlas.close();
    }
  });

  it('draws Shumshu at zoom 10 with at least 400 coast vertices', async () => {
    const atlas = await session().openAtlas('map=10/50.75/156.3');
    try {
      await waitForCoast(atlas.page);
      expect(await coastVerticesInView(atlas.page)).toBeGreaterThanOrEqual(400);
    } finally {
      await atlas.close();
    }
  });

  it('draws the Poronai at zoom 8 in Karafuto, in a river layer', async () => {
    const atlas = await session().openAtlas('map=8/49.5/143');
    try {
      await waitForCoast(atlas.page);
      const rivers = await atlas.page.evaluate(() => {
        const map = (window as unknown as AtlasWindow).atlas.map;
        const ids = map.getStyle().layers.map((l) => l.id).filter((id) => id.includes('river'));
        return { ids, drawn: map.queryRenderedFeatures({ layers: ids }).length };
      });
      expect(rivers.ids.length).toBeGreaterThan(0);
      expect(rivers.drawn).toBeGreaterThan(0);
    } finally {
      await atlas.close();
    }
  });

  it('draws the railways of 1945 through Toyohara, in a rail layer', async () => {
    const atlas = await session().openAtlas('map=9/46.955/142.736');
    try {
      await waitForIdle(atlas.page);
      const nearestKm = await atlas.page.evaluate(() => {
        const map = (window as unknown as AtlasWindow).atlas.map;
        const ids = map.getStyle().layers.map((l) => l.id).filter((id) => id.includes('rail'));
        const centre = map.project([142.736, 46.954]);
        let best = Infinity;
        for (const f of map.queryRenderedFeatures({ layers: ids })) {
          const lines = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : [];
          for (const line of lines) for (const [lon, lat] of line) best = Math.min(best, map.project([lon!, lat!]).dist(centre));
        }
        // Pixels to km: metres per pixel at this zoom and latitude.
        return (best * 40075016 * Math.cos((46.954 * Math.PI) / 180)) / (512 * 2 ** map.getZoom()) / 1000;
      });
      expect(nearestKm).toBeLessThanOrEqual(2);
      // Schematic lines are not drawn at harbour scale, where they would be read as the track.
      await atlas.page.evaluate(() => (window as unknown as AtlasWindow).atlas.map.jumpTo({ center: [142.05, 47.06], zoom: 11 }));
      await waitForIdle(atlas.page);
      const atHarbour = await atlas.page.evaluate(() => {
        const map = (window as unknown as AtlasWindow).atlas.map;
        return map.queryRenderedFeatures({ layers: map.getStyle().layers.map((l) => l.id).filter((id) => id.includes('rail')) }).length;
      });
      expect(atHarbour).toBe(0);
    } finally {
      await atlas.close();
    }
  });

  it('draws the subprefecture lines of 1945 between Maoka and Toyohara, and the legend says they are approximate', async () => {
    const atlas = await session().openAtlas('map=7/47.3/142.4');
    try {
      await waitForIdle(atlas.page);
      const between = await atlas.page.evaluate(() => {
        const map = (window as unknown as AtlasWindow).atlas.map;
        return map.queryRenderedFeatures({ layers: ['subprefecture_line'] }).map((f) => f.properties.id as string);
      });
      expect(between).toContain('maoka-toyohara');
      // Not at Koton's scale, where the approximate line would read as the boundary.
      await atlas.page.evaluate(() => (window as unknown as AtlasWindow).atlas.map.jumpTo({ center: [142.85, 49.85], zoom: 9 }));
      await waitForIdle(atlas.page);
      expect(await atlas.page.evaluate(() => (window as unknown as AtlasWindow).atlas.map.queryRenderedFeatures({ layers: ['subprefecture_line'] }).length)).toBe(0);
      expect(await atlas.page.locator('#legend').textContent()).toMatch(/Subprefecture boundary, 1945 \(approximate\)/);
    } finally {
      await atlas.close();
    }
  });

  it('fetches no coast cell for the home view', async () => {
    const requested: string[] = [];
    const atlas = await session().openAtlas('', {
      prepare: async (context) => {
        context.on('request', (r) => { if (/\/assets\/c\d+_\d+-[^/]+\.json$/.test(r.url())) requested.push(r.url()); });
      },
    });
    try {
      await waitForIdle(atlas.page);
      expect(await atlas.page.evaluate(() => (window as unknown as AtlasWindow).atlas.map.getZoom())).toBeLessThan(7);
      expect(requested).toEqual([]);
    } finally {
      await atlas.close();
    }
  });
});
