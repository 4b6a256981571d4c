import { describe, expect, test } from 'vitest';
import type { Position } from 'geojson';
import { distanceMeters, drawnCoordinates, progressFraction, vertexTimes } from './route_progress.ts';
import { activeCollection, endCollection, routeCollection, segmentCollection, timedRoutesFromFeatures } from './route_features.ts';

describe('progressFraction', () => {
  test.each([
    ['before the start', 50, 0],
    ['at the start', 100, 0],
    ['mid-way', 150, 0.5],
    ['at the end', 200, 1],
    ['after the end', 250, 1],
  ])('%s', (_name, time, expected) => {
    expect(progressFraction(100, 200, time)).toBe(expected);
  });
  test('a zero-length span jumps from 0 to 1', () => {
    expect(progressFraction(100, 100, 99)).toBe(0);
    expect(progressFraction(100, 100, 100)).toBe(1);
  });
});

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

describe('drawnCoordinates', () => {
  const times = vertexTimes(line, 0, 400);
  test('nothing before the start', () => {
    expect(drawnCoordinates(line, times, -1)).toEqual([]);
  });
  test('mid-way through the second segment', () => {
    const drawn = drawnCoordinates(line, times, 250);
    expect(drawn).toHaveLength(3);
    expect(drawn[2]?.[0]).toBeCloseTo(142.5, 6);
  });
  test('whole line at the end', () => {
    expect(drawnCoordinates(line, times, 400)).toEqual(line);
  });
  test('exactly at a vertex: the prefix up to it and a tip on it', () => {
    const drawn = drawnCoordinates(line, [0, 100, 400], 100);
    expect(drawn.slice(0, 2)).toEqual([[140, 0], [141, 0]]);
    expect(drawn[2]).toEqual([141, 0]);
  });
  test('does not mutate the route', () => {
    const copy = structuredClone(line);
    drawnCoordinates(line, times, 250).push([0, 0]);
    expect(line).toEqual(copy);
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
  test('one segment per pair of vertices with t0 < t1', () => {
    const segments = segmentCollection(route ? [route] : []).features;
    expect(segments).toHaveLength(2);
    expect(segments.every((f) => (f.properties?.t0 as number) < (f.properties?.t1 as number))).toBe(true);
  });
  test('the end point carries end_ms and an eastward bearing', () => {
    const end = endCollection(route ? [route] : []).features[0];
    expect(end?.properties?.end_ms).toBe(route?.endMs);
    expect(end?.properties?.bearing).toBeCloseTo(90, 3);
  });
  test('a moving route gives one partial segment and its tip', () => {
    const mid = (route?.startMs ?? 0) + 2 * 3_600_000;
    const active = activeCollection(route ? [route] : [], mid).features;
    expect(active.map((f) => f.geometry.type)).toEqual(['LineString', 'Point']);
    expect((active[1]?.geometry.coordinates as Position)[0]).toBeCloseTo(142, 6);
  });
  test('a moving route is drawn from its first vertex to the tip', () => {
    const mid = (route?.startMs ?? 0) + 2 * 3_600_000;
    const [drawn] = activeCollection(route ? [route] : [], mid).features;
    expect(drawn?.geometry.coordinates).toEqual([[140, 0], [141, 0], [expect.closeTo(142, 6), expect.closeTo(0, 6)]]);
  });
  test('a route passed after its end is drawn whole, without a tip', () => {
    const active = activeCollection(route ? [route] : [], route?.endMs ?? 0).features;
    expect(active.map((f) => f.geometry.type)).toEqual(['LineString']);
    expect(active[0]?.geometry.coordinates).toEqual(line);
  });
  test('a route passed before its start draws nothing', () => {
    expect(activeCollection(route ? [route] : [], (route?.startMs ?? 0) - 1).features).toEqual([]);
  });
  test('finished routes: one feature per route with end_ms', () => {
    const features = routeCollection(route ? [route] : []).features;
    expect(features).toHaveLength(1);
    expect(features[0]?.properties?.end_ms).toBe(route?.endMs);
    expect(features[0]?.geometry.coordinates).toEqual(line);
  });
  test('routes with bad dates are skipped', () => {
    const bad = { ...routeFeature, properties: { ...routeFeature.properties, end_date: '1945-08-20' } };
    expect(timedRoutesFromFeatures([bad])).toEqual([]);
  });
});
