import { describe, expect, test } from 'vitest';
import type { Position } from 'geojson';
import { mercatorFromLngLat } from './mercator.ts';
import {
  hoursInBuffer, levelAt, SEGMENT, SEGMENT_FLOATS, segmentBuffer, segmentLevels, segmentsEndedBy,
  segmentsInProgressRange, segmentsStartedBy, simplifiedIndices,
} from './route_segments.ts';

import { HOUR, route, T0 } from './route_test_fixtures.ts';

// East along the equator (vertex 1 reached at a quarter of the time), and a later route to the north.
const east = route('east', [[140, 0], [141, 0], [144, 0]], 0, 4);
const north = route('north', [[150, 0], [150, 1]], 10, 12, 'advance', 2.5);
const buffer = segmentBuffer([north, east], (r) => (r.kind === 'landing' ? 1 : 0));
const field = (segment: number, name: keyof typeof SEGMENT) => buffer.data[segment * SEGMENT_FLOATS + SEGMENT[name]];

describe('segmentBuffer', () => {
  test('one segment per pair of vertices, sorted by the instant it starts', () => {
    expect(buffer.count).toBe(3);
    expect([0, 1, 2].map((i) => field(i, 'ta'))).toEqual([0, 1, 10]);
    expect([0, 1, 2].map((i) => buffer.routeIds[field(i, 'route') as number])).toEqual(['east', 'east', 'north']);
  });
  test('times are hours from the earliest start', () => {
    expect(buffer.originMs).toBe(T0);
    expect(field(1, 'tb')).toBe(4);
    expect(hoursInBuffer(buffer, T0 + 2.5 * HOUR)).toBe(2.5);
  });
  test('ends are Web Mercator (0..1 from the north-west), as MapLibre custom layers expect', () => {
    expect(mercatorFromLngLat(0, 0)).toEqual([0.5, 0.5]);
    expect(mercatorFromLngLat(-180, 0)[0]).toBe(0);
    expect(mercatorFromLngLat(0, 85.0511287798)[1]).toBeCloseTo(0, 6);
    expect(field(0, 'ax')).toBeCloseTo(320 / 360, 6);
  });
  test('only a route\'s last segment is flagged for the arrowhead; the dash phase continues along the route', () => {
    expect([0, 1, 2].map((i) => field(i, 'last'))).toEqual([0, 1, 1]);
    expect(field(1, 'along')).toBeCloseTo(1 / 360, 6);
    expect(field(0, 'style')).toBe(1);
    expect(field(2, 'style')).toBe(0);
  });
  test('every segment carries its route\'s width (people carried)', () => {
    expect([0, 1, 2].map((i) => field(i, 'width'))).toEqual([1, 1, 2.5]);
  });
  test('no routes: an empty buffer', () => {
    expect(segmentBuffer([], () => 0).count).toBe(0);
  });
});

describe('segmentsStartedBy', () => {
  test('the segments begun by a time are a prefix', () => {
    expect(segmentsStartedBy(buffer, -1)).toBe(0);
    expect(segmentsStartedBy(buffer, 0)).toBe(1);
    expect(segmentsStartedBy(buffer, 5)).toBe(2);
    expect(segmentsStartedBy(buffer, 100)).toBe(3);
  });
});

describe('segments by end, and in progress', () => {
  test('byEnd holds the same segments sorted by the instant they end', () => {
    const ends = [0, 1, 2].map((i) => buffer.byEnd[i * SEGMENT_FLOATS + SEGMENT.tb]);
    expect(ends).toEqual([1, 4, 12]);
    expect(segmentsEndedBy(buffer, 3.9)).toBe(1);
    expect(segmentsEndedBy(buffer, 4)).toBe(2);
    expect(buffer.maxSpanHours).toBe(3);
  });
  test('the in-progress range holds every segment in progress and none begun later', () => {
    for (const hours of [0, 0.5, 1, 2.5, 4, 9, 10.5, 12, 20]) {
      const [first, end] = segmentsInProgressRange(buffer, hours);
      for (let i = 0; i < buffer.count; i++) {
        const ta = buffer.data[i * SEGMENT_FLOATS + SEGMENT.ta]!, tb = buffer.data[i * SEGMENT_FLOATS + SEGMENT.tb]!;
        if (ta <= hours && hours < tb) expect(i >= first && i < end, `segment ${i} at ${hours} h`).toBe(true);
      }
      expect(end).toBe(segmentsStartedBy(buffer, hours));
    }
  });
  test('many segments within one second stay exactly sorted', () => {
    const many = Array.from({ length: 200 }, (_, i) => route(`r${i}`, [[140, 0], [141, 0]], (199 - i) / 1e6, 1));
    const packed = segmentBuffer(many, () => 0);
    const starts = Array.from({ length: packed.count }, (_, i) => packed.data[i * SEGMENT_FLOATS + SEGMENT.ta]!);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});


describe('levels of detail', () => {
  // A zigzag of 50 vertices 0.0001° (~11 m) off a straight line 1° long.
  const zigzag: Position[] = Array.from({ length: 50 }, (_, i) => [140 + i / 49, i % 2 ? 0.0001 : 0]);
  const levels = segmentLevels([route('zig', zigzag, 0, 49)], () => 0);
  test('Douglas-Peucker keeps the ends and drops what is within the tolerance', () => {
    const points = zigzag.map((p) => mercatorFromLngLat(p[0]!, p[1]!));
    expect(simplifiedIndices(points, 1e-3)).toEqual([0, 49]);
    expect(simplifiedIndices(points, 0)).toHaveLength(50);
    expect(simplifiedIndices([[0, 0], [1, 1], [2, 0]], 0.5)).toEqual([0, 1, 2]);
  });
  test('coarse levels at low zoom, every vertex at the finest', () => {
    expect(levels.map((l) => l.buffer.count)).toEqual([...levels.map((l) => l.buffer.count)].sort((a, b) => a - b));
    expect(levels[0]!.buffer.count).toBe(1);
    expect(levels.at(-1)!.buffer.count).toBe(49);
    expect(levelAt(levels, 3)).toBe(levels[0]);
    expect(levelAt(levels, 20)).toBe(levels.at(-1));
  });
  test('a kept vertex keeps its instant: the simplified route ends when the route ends', () => {
    const coarse = levels[0]!.buffer;
    expect(coarse.data[SEGMENT.ta]).toBe(0);
    expect(coarse.data[SEGMENT.tb]).toBe(49);
    expect(coarse.data[SEGMENT.last]).toBe(1);
  });
});

test('a zigzag of 100,000 vertices is simplified without running out of stack, every peak kept', () => {
  const zigzag = Array.from({ length: 100_000 }, (_, i) => [i, i % 2 ? 1 : 0] as const);
  expect(simplifiedIndices(zigzag, 0.5)).toHaveLength(100_000);
  expect(simplifiedIndices(zigzag, 2)).toEqual([0, 99_999]);
});
