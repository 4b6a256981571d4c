import { describe, expect, test } from 'vitest';
import { featureCollection, polygon } from '@turf/helpers';
import { LAND, NEAR, SEA, nearestWaterCell, seaGridFromLand, walkCells } from './sea_grid.ts';

/** A cape reaching south from the north edge: x 0.4–0.6, y 0.3–1.5. */
const cape = () => featureCollection([polygon([[[0.4, 1.5], [0.4, 0.3], [0.5, 0.2], [0.6, 0.3], [0.6, 1.5], [0.4, 1.5]]])]);

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

  test('a port on land snaps to the nearest water cell', () => {
    const g = seaGridFromLand(cape(), [0, 0, 1, 1], { cellKm: 1, nearKm: 0 });
    const i = nearestWaterCell(g, [0.41, 0.8]);
    expect(g.cells[i]).not.toBe(LAND);
    const lon = g.west + ((i % g.cols) + 0.5) * g.dLon;
    expect(lon).toBeLessThan(0.4);
  });
});
