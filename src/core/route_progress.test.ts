import { describe, expect, test } from 'vitest';
import type { Position } from 'geojson';
import { distanceMeters, vertexTimes } from './route_progress.ts';
import { timedRoutesFromFeatures, widthFromPeople } from './route_features.ts';

// Three points on the equator, 1° and 3° apart: vertex 1 is reached at a quarter of the time.
const line: Position[] = [[140, 0], [141, 0], [144, 0]];

describe('vertexTimes', () => {
  test('spreads time by distance', () => {
    expect(vertexTimes(line, 0, 400)).toEqual([0, expect.closeTo(100, 6), 400]);
  });
  test('a line whose points coincide is spread by index', () => {
    expect(vertexTimes([[140, 0], [140, 0], [140, 0]], 0, 100)).toEqual([0, 50, 100]);
  });
});

describe('distanceMeters', () => {
  test('one degree of longitude on the equator is about 111 km', () => {
    expect(distanceMeters([0, 0], [1, 0])).toBeCloseTo(111_195, -1);
  });
});

const routeFeature = {
  type: 'Feature' as const,
  geometry: { type: 'LineString' as const, coordinates: line },
  properties: { id: 'r1', kind: 'landing', side: 'soviet', start_date: '1945-08-20T00:00+09:00', end_date: '1945-08-20T04:00+09:00' },
};

describe('route features', () => {
  const [route] = timedRoutesFromFeatures([routeFeature]);
  test('each vertex gets its instant, the ends the route\'s start and end', () => {
    expect(route?.times).toEqual([route?.startMs, expect.closeTo((route?.startMs ?? 0) + 3_600_000, 0), route?.endMs]);
  });
  test('routes with bad dates are skipped', () => {
    const bad = { ...routeFeature, properties: { ...routeFeature.properties, end_date: '1945-08-20' } };
    expect(timedRoutesFromFeatures([bad])).toEqual([]);
  });
});

describe('widthFromPeople', () => {
  test.each([
    ['unknown', null, 1],
    ['a ship of 780', { min: 780, max: 780 }, 1],
    ['Sōya Maru, 3,600–4,700: the middle', { min: 3600, max: 4700 }, Math.sqrt(4150 / 2000)],
    ['8,000 is twice the base width', { min: 8000, max: 8000 }, 2],
    ['the 311,452 of 1946–49 is capped', { min: 311452, max: 311452 }, 5],
  ])('%s', (_name, people, width) => {
    expect(widthFromPeople(people)).toBeCloseTo(width, 6);
  });
  test('a route with more people is drawn wider', () => {
    const [few, many] = timedRoutesFromFeatures([
      { ...routeFeature, properties: { ...routeFeature.properties, people: { min: 700, max: 700 } } },
      { ...routeFeature, properties: { ...routeFeature.properties, id: 'b', people: { min: 18000, max: 18000 } } },
    ]);
    expect(few?.width).toBe(1);
    expect(many?.width).toBe(3);
  });
});
