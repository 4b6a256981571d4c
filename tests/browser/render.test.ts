/**
 * The page loads offline, cleanly, and actually draws a map.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { ROOT } from './app_server.ts';
import { readGeoFeatures } from './geo.ts';
import { TEST_TIMEOUT_MS, VIEWPORT, useAtlasSession, waitForIdle } from './harness.ts';
import { colourDistance, dominantColours, pagePointFromLonLat } from './pixels.ts';

// Inland South Sakhalin between Maoka and Toyohara, and the Tatar Strait west of it.
const LAND: [number, number] = [142.5, 47.4];
const SEA: [number, number] = [140.8, 47.5];

describe('the atlas page', { timeout: TEST_TIMEOUT_MS }, () => {
  const session = useAtlasSession();

  it('reaches idle with no console error and no request to another origin', async () => {
    const atlas = await session().openAtlas();
    try {
      await waitForIdle(atlas.page);
      expect(atlas.consoleErrors, 'console errors').toEqual([]);
      expect(atlas.foreignRequests, 'requests to other origins (blocked)').toEqual([]);
    } finally {
      await atlas.close();
    }
  });

  it('draws land and sea in different colours', async () => {
    const land = readGeoFeatures('land.geojson');
    const onLand = (p: [number, number]) => land.some((f) => booleanPointInPolygon(p, f as unknown as Parameters<typeof booleanPointInPolygon>[1]));
    expect(onLand(LAND), `${LAND} should be on land in geo/land.geojson`).toBe(true);
    expect(onLand(SEA), `${SEA} should be at sea in geo/land.geojson`).toBe(false);

    const atlas = await session().openAtlas('map=7/47.4/141.7');
    try {
      await waitForIdle(atlas.page);
      const points = [await pagePointFromLonLat(atlas.page, LAND), await pagePointFromLonLat(atlas.page, SEA)];
      expect(points.map((p) => p.inside), 'both sample points are on the canvas').toEqual([true, true]);
      const png = await atlas.page.screenshot();
      const [landColour, seaColour] = await dominantColours(atlas.page, png, points);
      expect(colourDistance(landColour!, seaColour!), `land ${landColour} vs sea ${seaColour}`).toBeGreaterThan(24);
    } finally {
      await atlas.close();
    }
  });

  it('saves a 1280×800 screenshot to test-results/atlas.png', async () => {
    const file = join(ROOT, 'test-results', 'atlas.png');
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    rmSync(file, { force: true }); // a stale file must not pass
    const atlas = await session().openAtlas('date=1945-08-22T12:00+09:00&names=both&map=6/46.5/142.5');
    try {
      await waitForIdle(atlas.page);
      await atlas.page.screenshot({ path: file });
      const png = readFileSync(file);
      // PNG signature, then the IHDR chunk: width and height as big-endian uint32.
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([VIEWPORT.width, VIEWPORT.height]);
    } finally {
      await atlas.close();
    }
  });
});
