import { describe, expect, test } from 'vitest';
import { distanceToCoastKm, firstLandCrossing, isInExtent, isOnLand, landIndexFromCollection } from './land_index.ts';
import type { LandCollection } from './schema.ts';

type Ring = [number, number][];
const square = (w: number, s: number, e: number, n: number): Ring => [[w, s], [e, s], [e, n], [w, n], [w, s]];

/** One square island 142–142.5°E, 46–46.5°N with a square lake in it, and a small islet east. */
function land(): LandCollection {
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: null,
        geometry: { type: 'Polygon', coordinates: [square(142, 46, 142.5, 46.5), square(142.2, 46.2, 142.3, 46.3)] } },
      { type: 'Feature', properties: {},
        geometry: { type: 'MultiPolygon', coordinates: [[square(143, 46.2, 143.02, 46.22)]] } },
    ],
  };
}

describe('isOnLand', () => {
  test.each([
    ['inside the island', [142.1, 46.1], true],
    ['on its coast', [142.0, 46.1], true],
    ['at sea', [142.7, 46.1], false],
    ['in the lake (a hole)', [142.25, 46.25], false],
    ['on the islet of a MultiPolygon', [143.01, 46.21], true],
  ] as const)('%s', (_name, p, expected) => {
    expect(isOnLand(landIndexFromCollection(land()), [...p])).toBe(expected);
  });
});

describe('distanceToCoastKm', () => {
  test('0.1° of longitude east of the coast at 46.25°N is about 7.7 km', () => {
    expect(distanceToCoastKm(landIndexFromCollection(land()), [142.6, 46.25])).toBeCloseTo(7.7, 1);
  });

  test('counts the lake shore as coast', () => {
    expect(distanceToCoastKm(landIndexFromCollection(land()), [142.25, 46.25])).toBeCloseTo(3.85, 1);
  });

  test('is Infinity without land', () => {
    expect(distanceToCoastKm(landIndexFromCollection({ type: 'FeatureCollection', features: [] }), [142, 46])).toBe(Infinity);
  });
});

describe('isInExtent', () => {
  test('uses the bbox when the file gives one, else the polygons', () => {
    expect(isInExtent(landIndexFromCollection(land()), [150, 46])).toBe(false);
    expect(isInExtent(landIndexFromCollection({ ...land(), bbox: [135, 41, 162.5, 55] }), [150, 46])).toBe(true);
  });
});

describe('firstLandCrossing', () => {
  const crossing = (line: [number, number][], endKm = 3) => firstLandCrossing(landIndexFromCollection(land()), line, endKm);

  test('a line across the island is reported where it reaches the coast', () => {
    const p = crossing([[141.9, 46.1], [142.6, 46.1]]);
    expect(p?.[1]).toBeCloseTo(46.1);
    expect(p?.[0]).toBeCloseTo(142.0, 5); // 7.7 km from the start: beyond the excused 3 km
  });

  test('leaving from a port 1 km inland is excused', () => {
    expect(crossing([[142.49, 46.1], [142.8, 46.1]])).toBeNull();
  });

  test('ending at a port 1 km inland is excused', () => {
    expect(crossing([[142.8, 46.1], [142.49, 46.1]])).toBeNull();
  });

  test('the excused part ends 3 km from the end: land beyond it is reported', () => {
    const p = crossing([[142.45, 46.1], [142.8, 46.1]]);
    expect(p).not.toBeNull();
    expect(p![0]).toBeCloseTo(142.45 + 3 / 77.2, 2);
  });

  test('a line across the lake is still on land where it crosses the shore', () => {
    expect(crossing([[142.6, 46.25], [142.25, 46.25]], 3)?.[0]).toBeCloseTo(142.5, 5);
  });

  test('a line that passes the island by is fine', () => {
    expect(crossing([[141.9, 46.6], [142.6, 46.6], [142.6, 45.9]])).toBeNull();
  });

  test('a line that never meets a polygon box is fine', () => {
    expect(crossing([[150, 50], [150.2, 50.1]])).toBeNull();
  });

  test('a line lying wholly inside the island, far from its ends, is reported', () => {
    expect(crossing([[142.05, 46.45], [142.45, 46.45]], 1)).not.toBeNull();
  });
});
