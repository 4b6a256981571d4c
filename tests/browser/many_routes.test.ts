/**
 * Many routes (more than the route layer draws one by one): the finished
 * segments come from a cached picture, the moving ones are drawn each frame;
 * with very many, as hairlines.
 * What a reader sees must not depend on that: nothing before the start, the
 * western half half-way, everything after the end, whichever way time moves
 * and wherever the map is panned.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from './app_server.ts';
import { POLL, TEST_TIMEOUT_MS, useAtlasSession, waitForIdle, type AtlasWindow } from './harness.ts';
import { colourNear, legendLineColour, pagePointFromLonLat } from './pixels.ts';

const VERTICES = 20;
/** A zigzag from 143°E to 147°E around 46°N (≈ 2 km off its axis, so no level of detail drops a vertex). */
const LINE: [number, number][] = Array.from({ length: VERTICES }, (_, i) => [143 + (4 * i) / (VERTICES - 1), 46 + (i % 2 ? 0.02 : -0.02)]);

/** Copies of one evacuation route, valid for the schema. */
function manyRoutes(count: number): string {
  const template = JSON.parse(readFileSync(`${ROOT}/geo/routes.geojson`, 'utf8')).features[0];
  const features = Array.from({ length: count }, (_, i) => ({
    type: 'Feature',
    geometry: { type: 'LineString', coordinates: LINE },
    properties: {
      ...template.properties, id: `many-${i}`, kind: 'evacuation', side: 'japanese', mode: 'sea',
      title: { en: `Route ${i}` }, start_date: '1945-08-10T00:00+09:00', end_date: '1945-08-12T00:00+09:00',
    },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}

const session = useAtlasSession();

describe('many routes', { timeout: TEST_TIMEOUT_MS }, () => {
  // 300 routes: 5,700 segments, styled, from the picture (half-way 3,000 have begun, over the 2,000 threshold).
  // 3,000 routes: 57,000 segments, hairlines (half-way 30,000, over the 20,000 threshold).
  it.each([300, 3_000])('%i routes draw as time says, back and forth and after panning', async (count) => {
    const body = manyRoutes(count);
    const atlas = await session().openAtlas('date=1945-08-13T00:00%2B09:00&map=7/46/145', {
      prepare: async (context: BrowserContext) => {
        await context.route(/\/assets\/routes-[^/]+\.geojson$/, (route) => route.fulfill({ status: 200, body, contentType: 'application/json' }));
      },
    });
    try {
      const { page, consoleErrors } = atlas;
      const green = await legendLineColour(page, 'Civilian evacuation ship');
      /** Which inner vertices show the route colour, west to east. */
      const drawn = async (p: Page) => {
        await waitForIdle(p);
        const points = await Promise.all(LINE.slice(1, -1).map((c) => pagePointFromLonLat(p, c)));
        return colourNear(p, await p.screenshot(), points, green, 3);
      };
      const at = async (iso: string) => {
        await page.evaluate((t) => (window as unknown as AtlasWindow).atlas.set({ time: t, playing: false }), Date.parse(iso));
        await expect.poll(() => page.evaluate(() => (window as unknown as AtlasWindow).atlas.state().time), POLL).toBe(Date.parse(iso));
      };
      const west = (flags: boolean[]) => flags.slice(0, 6);
      const east = (flags: boolean[]) => flags.slice(-6);

      expect(await drawn(page), 'every vertex after the end').toEqual(Array(VERTICES - 2).fill(true));
      await at('1945-08-09T00:00+09:00');
      expect(await drawn(page), 'nothing before the start (time went back)').toEqual(Array(VERTICES - 2).fill(false));
      await at('1945-08-11T00:00+09:00');
      const half = await drawn(page);
      expect(west(half), `west half-way: ${half}`).toEqual(Array(6).fill(true));
      expect(east(half), `east half-way: ${half}`).toEqual(Array(6).fill(false));
      await at('1945-08-13T00:00+09:00');
      expect(await drawn(page), 'everything again once finished (added to the picture)').toEqual(Array(VERTICES - 2).fill(true));

      // A small pan stays within the picture's margin, a long one redraws it: both show the line where it is.
      const pan = (center: [number, number]) => page.evaluate((c) => (window as unknown as AtlasWindow).atlas.map.jumpTo({ center: c }), center);
      await pan([145.4, 46.1]);
      expect(await drawn(page), 'after a small pan').toEqual(Array(VERTICES - 2).fill(true));
      await pan([152, 46]);
      await waitForIdle(page);
      await pan([145, 46]);
      expect(await drawn(page), 'after a long pan and back').toEqual(Array(VERTICES - 2).fill(true));
      expect(consoleErrors).toEqual([]);
    } finally {
      await atlas.close();
    }
  });
});
