import { describe, expect, test } from 'vitest';
import { booleanIntersects } from '@turf/boolean-intersects';
import { featureCollection, lineString, polygon } from '@turf/helpers';
import type { Position } from 'geojson';
import { kmBetween, seaGridFromLand } from './sea_grid.ts';
import { densify, findCellPath, pullString, routeSea } from './sea_router.ts';

/** A cape reaching south from the north edge: x 0.4–0.6, y 0.3–1.5. */
const cape = () => featureCollection([polygon([[[0.4, 1.5], [0.4, 0.3], [0.5, 0.2], [0.6, 0.3], [0.6, 1.5], [0.4, 1.5]]])]);

/** A ring of land (an atoll) with a lagoon in 0.4–0.6. */
const atoll = () =>
  featureCollection([polygon([
    [[0.3, 0.3], [0.7, 0.3], [0.7, 0.7], [0.3, 0.7], [0.3, 0.3]],
    [[0.4, 0.4], [0.4, 0.6], [0.6, 0.6], [0.6, 0.4], [0.4, 0.4]],
  ])]);

const crossesLand = (coords: Position[], land: ReturnType<typeof cape>) =>
  coords.slice(1).some((p, i) => land.features.some((f) => booleanIntersects(lineString([coords[i]!, p]), f)));

describe('routeSea', () => {
  test('rounds a cape instead of crossing it', () => {
    const land = cape();
    const route = routeSea(land, [[0.2, 0.8], [0.8, 0.8]], { cellKm: 1, nearKm: 2, marginDeg: 0.8 });
    expect(route[0]).toEqual([0.2, 0.8]);
    expect(route[route.length - 1]).toEqual([0.8, 0.8]);
    expect(crossesLand(route, land)).toBe(false);
    expect(Math.min(...route.map((p) => p[1]!))).toBeLessThan(0.2);
  });

  test('keeps every segment under the maximum length', () => {
    const route = routeSea(cape(), [[0.2, 0.8], [0.8, 0.8]], { cellKm: 1, maxSegmentKm: 5, marginDeg: 0.8 });
    for (let i = 1; i < route.length; i++) expect(kmBetween(route[i - 1]!, route[i]!)).toBeLessThanOrEqual(5 + 1e-9);
  });

  test('is deterministic', () => {
    const run = () => routeSea(cape(), [[0.2, 0.8], [0.8, 0.8]], { cellKm: 1, marginDeg: 0.8 });
    expect(run()).toEqual(run());
  });

  test('widens its grid when the way round leaves the first box', () => {
    // the cape's tip (0.2) lies below the first box (0.8 - 0.5 = 0.3)
    const route = routeSea(cape(), [[0.2, 0.8], [0.8, 0.8]], { cellKm: 1, marginDeg: 0.5 });
    expect(crossesLand(route, cape())).toBe(false);
  });

  test('throws when the goal lies in a closed lagoon', () => {
    expect(() => routeSea(atoll(), [[0.1, 0.1], [0.5, 0.5]], { cellKm: 2, nearKm: 0, marginDeg: 0.2 })).toThrow(/no sea path/);
  });

  test('rejects fewer than two waypoints', () => {
    expect(() => routeSea(cape(), [[0.2, 0.8]])).toThrow(/2 or more waypoints/);
  });
});

describe('findCellPath and pullString', () => {
  test('the pulled path of open water is a single straight segment', () => {
    const g = seaGridFromLand(featureCollection([]), [0, 0, 1, 1], { cellKm: 2 });
    const path = findCellPath(g, 0, g.cols * g.rows - 1);
    expect(pullString(g, path)).toEqual([0, g.cols * g.rows - 1]);
  });
});

describe('densify', () => {
  test('splits a long segment evenly and keeps the ends', () => {
    const out = densify([[0, 0], [1, 0]], 10);
    expect(out[0]).toEqual([0, 0]);
    expect(out[out.length - 1]).toEqual([1, 0]);
    expect(out).toHaveLength(Math.ceil(111.32 / 10) + 1);
  });
});
