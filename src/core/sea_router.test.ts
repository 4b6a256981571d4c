import { describe, expect, test } from 'vitest';
import { booleanIntersects } from '@turf/boolean-intersects';
import { featureCollection, lineString, polygon } from '@turf/helpers';
import type { Position } from 'geojson';
import {
  LAND, NEAR, SEA, densify, findCellPath, kmBetween, nearestWaterCell, pullString, routeSea, seaGridFromLand, walkCells,
} from './sea_router.ts';

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

describe('walkCells', () => {
  test('visits every cell a diagonal segment crosses, in order', () => {
    const seen: string[] = [];
    walkCells([0.5, 0.5], [2.5, 1.5], (c, r) => { seen.push(`${c},${r}`); return true; });
    expect(seen[0]).toBe('0,0');
    expect(seen[seen.length - 1]).toBe('2,1');
    expect(seen).toHaveLength(4);
  });

  test('stops when the visitor returns false', () => {
    let n = 0;
    const done = walkCells([0.5, 0.5], [9.5, 0.5], () => ++n < 3);
    expect(done).toBe(false);
    expect(n).toBe(3);
  });
});

describe('seaGridFromLand', () => {
  test('marks land, the near band and open sea', () => {
    const g = seaGridFromLand(cape(), [0, 0, 1, 1], { cellKm: 1, nearKm: 3 });
    const at = (lon: number, lat: number) =>
      g.cells[Math.floor((lat - g.south) / g.dLat) * g.cols + Math.floor((lon - g.west) / g.dLon)];
    expect(at(0.5, 0.8)).toBe(LAND);
    expect(at(0.5, 0.18)).toBe(NEAR);
    expect(at(0.1, 0.1)).toBe(SEA);
  });

  test('marks a cell the coastline crosses as land even if its centre is at sea', () => {
    const g = seaGridFromLand(cape(), [0, 0, 1, 1], { cellKm: 5, nearKm: 0 });
    // the cape's tip at (0.5, 0.2) lies inside some cell: that cell is LAND
    const c = Math.floor((0.5 - g.west) / g.dLon);
    const r = Math.floor((0.2 - g.south) / g.dLat);
    expect(g.cells[r * g.cols + c]).toBe(LAND);
  });
});

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

  test('a port on land snaps to the nearest water cell', () => {
    const g = seaGridFromLand(cape(), [0, 0, 1, 1], { cellKm: 1, nearKm: 0 });
    const i = nearestWaterCell(g, [0.41, 0.8]);
    expect(g.cells[i]).not.toBe(LAND);
    const lon = g.west + ((i % g.cols) + 0.5) * g.dLon;
    expect(lon).toBeLessThan(0.4);
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
