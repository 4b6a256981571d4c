/**
 * A lost WebGL context (sleep, a GPU reset, too many tabs) costs the map for a
 * while, not the session: nothing throws while it is lost, the controls keep
 * changing the state, and on restore the map is drawn again from the data and
 * the current state, the reader's own file included.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { epochFromIso, hoursFromEpoch, readGeoFeatures } from './geo.ts';
import { POLL, TEST_TIMEOUT_MS, readRenderedLabels, useAtlasSession, waitForIdle, type AtlasWindow } from './harness.ts';

const OWN_FILE = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: { type: 'Point', coordinates: [142.05, 47.05] },
      properties: { id: 'own_port', kind: 'port', region: 'karafuto', 'name:ja': '港', 'name:ja-Latn': 'Minato', 'name:ru': 'Порт', 'name:ru-Latn': 'Port',
        modern_name_since: null, coord_source: 'mine', uncertainty_m: 100, sources: ['mine'] } },
    { type: 'Feature', geometry: { type: 'Point', coordinates: [142.7, 46.95] },
      properties: { id: 'own_town', kind: 'town', region: 'karafuto', 'name:ja': '町', 'name:ja-Latn': 'Machi', 'name:ru': 'Город', 'name:ru-Latn': 'Gorod',
        modern_name_since: null, coord_source: 'mine', uncertainty_m: 100, sources: ['mine'] } },
    { type: 'Feature', geometry: { type: 'LineString', coordinates: [[142.05, 47.05], [142.4, 47.0], [142.7, 46.95]] },
      properties: { id: 'own_march', kind: 'advance', side: 'soviet', mode: 'land', title: { en: 'A march' },
        start_date: '1945-08-20T06:00+09:00', end_date: '1945-08-21T06:00+09:00', from: 'own_port', to: 'own_town',
        units: [], ships: [], people: null, sources: ['mine'] } },
  ],
};

type GlWindow = AtlasWindow & { lostContext?: { loseContext(): void; restoreContext(): void } };

/** What the map draws now, read from maplibre: layers, each event marker's `reached`, the route layers' time. */
const mapView = (page: Page) => page.evaluate(() => {
  const { map, state } = (window as unknown as AtlasWindow).atlas;
  const time = (id: string) => (map.getLayer(id) as unknown as { implementation?: { time?: number } } | undefined)?.implementation?.time ?? null;
  return {
    stateTime: state().time,
    routes: time('routes_line'),
    ownRoutes: time('user_routes_line'),
    reached: Object.fromEntries(map.querySourceFeatures('events').map((f) => [String(f.id), map.getFeatureState({ source: 'events', id: f.id }).reached === true])),
  };
});

describe('a lost WebGL context', { timeout: TEST_TIMEOUT_MS }, () => {
  const session = useAtlasSession();

  it('throws nothing while lost, keeps the controls working, and redraws everything from the state on restore', async () => {
    const atlas = await session().openAtlas('date=1945-08-25T00:00%2B09:00&map=7/47.0/142.3');
    try {
      const { page, consoleErrors } = atlas;
      await page.locator('#user-data').setInputFiles({ name: 'own.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(OWN_FILE)) });
      await expect.poll(() => page.locator('#user-data-status').textContent(), POLL).toContain('own.geojson added');

      await page.evaluate(() => {
        const w = window as unknown as GlWindow;
        const gl = w.atlas.map.getCanvas().getContext('webgl2');
        w.lostContext = gl?.getExtension('WEBGL_lose_context') ?? undefined;
        w.lostContext?.loseContext();
      });
      await expect.poll(() => page.locator('#notices').textContent(), POLL).toMatch(/graphics were lost/);

      // While lost: across an event (the Maoka landing, 20 Aug 05:30) back to 19 Aug, and modern names.
      const back = epochFromIso('1945-08-19T12:00+09:00');
      await page.locator('#date-slider').fill(String(hoursFromEpoch(back)));
      await page.locator('input[name="names"][value="modern"]').check();
      await expect.poll(() => page.evaluate(() => (window as unknown as AtlasWindow).atlas.state().time), POLL).toBe(back);
      expect(await page.locator('#date-display').textContent()).toMatch(/19 Aug 1945/);

      await page.evaluate(() => (window as unknown as GlWindow).lostContext?.restoreContext());
      await expect.poll(async () => (await mapView(page)).routes, POLL).toBe(back);
      await waitForIdle(page);
      const view = await mapView(page);
      expect(view.ownRoutes, 'the reader\'s route layer is back, at the state\'s time').toBe(back);
      const events = readGeoFeatures('events.geojson').filter((e) => e.geometry);
      const expected = Object.fromEntries(events.map((e) => [e.properties.id, epochFromIso(String(e.properties.start_date)) <= back]));
      for (const [id, reached] of Object.entries(view.reached)) expect(reached, `${id} reached`).toBe(expected[id]);
      expect(view.reached['maoka-landing'], 'the Maoka landing is not reached on 19 Aug').toBe(false);
      const labels = (await readRenderedLabels(page, 'places_label')).map((l) => l.text).join(' ');
      expect(labels, 'labels follow the modern names chosen while lost').toContain('Холмск');
      expect(labels).not.toContain('真岡');
      expect(await page.locator('#notices').textContent(), 'the notice is gone once the map is back').not.toMatch(/graphics were lost/);
      expect(consoleErrors).toEqual([]);
    } finally {
      await atlas.close();
    }
  });
});
