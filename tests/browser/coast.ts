/**
 * The harbour-scale coast in a browser page: waiting for its cells, and
 * counting the shoreline vertices the map draws inside the view.
 */
import type { Page } from 'playwright-core';
import { waitForIdle, type AtlasWindow } from './harness.ts';

/**
 * Waits until the `coast` source holds the cells of the view (the map fetches
 * them after it moved), then for the map to be idle.
 * @param page - an atlas page zoomed to 7 or more
 */
export async function waitForCoast(page: Page, timeoutMs = 20_000): Promise<void> {
  await page.waitForFunction(() => {
    const map = (window as unknown as AtlasWindow).atlas.map;
    return map.getZoom() < 7 || map.querySourceFeatures('coast').length > 0;
  }, undefined, { timeout: timeoutMs, polling: 100 });
  await waitForIdle(page);
}

/**
 * Shoreline vertices drawn inside the map's canvas (layer `coast_line`),
 * each tile's copy counted once per position.
 * @param page - an atlas page after {@link waitForCoast}
 */
export async function coastVerticesInView(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = (window as unknown as AtlasWindow).atlas.map;
    const { width, height } = map.getCanvas().getBoundingClientRect();
    const seen = new Set<string>();
    for (const f of map.queryRenderedFeatures({ layers: ['coast_line'] })) {
      const g = f.geometry;
      const lines = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
      for (const line of lines) {
        for (const [lon, lat] of line) {
          const p = map.project([lon!, lat!]);
          if (p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height) seen.add(`${lon!.toFixed(5)},${lat!.toFixed(5)}`);
        }
      }
    }
    return seen.size;
  });
}
