import { describe, expect, test } from 'vitest';
import type { Position } from 'geojson';
import { routeIndexNear } from './route_picking.ts';
import { mercatorFromLngLat } from './mercator.ts';
import { hoursInBuffer, SEGMENT, SEGMENT_FLOATS, segmentBuffer } from './route_segments.ts';
import { HOUR, route, T0 } from './route_test_fixtures.ts';

// East along the equator (vertex 1 reached at a quarter of the time), and a later route to the north.
const buffer = segmentBuffer([route('north', [[150, 0], [150, 1]], 10, 12, 'advance'), route('east', [[140, 0], [141, 0], [144, 0]], 0, 4)], () => 0);

describe('routeIndexNear', () => {
  const [x, y] = mercatorFromLngLat(143, 0.001);
  const tolerance = 0.01 / 360;
  test('hits a drawn route near the point', () => {
    expect(buffer.routeIds[routeIndexNear(buffer, x, y, tolerance, 4)]).toBe('east');
  });
  test('misses the part not drawn yet (the route is at 142° after 2 h)', () => {
    expect(routeIndexNear(buffer, x, y, tolerance, 2)).toBe(-1);
  });
  test('misses beyond the tolerance and before any start', () => {
    expect(routeIndexNear(buffer, x, y - 1 / 360, tolerance, 4)).toBe(-1);
    expect(routeIndexNear(buffer, x, y, tolerance, -1)).toBe(-1);
  });

  test('finds what a scan of every segment finds, for many crossing routes, points, tolerances and times', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const routes = Array.from({ length: 300 }, (_, i) => {
      const coordinates = Array.from({ length: 6 }, () => [140 + random() * 8, 44 + random() * 6] as Position);
      const start = random() * 100;
      return route(`r${i}`, coordinates, start, start + 1 + random() * 20);
    });
    const many = segmentBuffer(routes, () => 0);
    /** The nearest drawn segment by a scan of all; on a tie the later one. */
    const scan = (px: number, py: number, tol: number, hours: number) => {
      let best = -1, bestDistance = tol;
      for (let i = 0; i < many.count; i++) {
        const f = (n: keyof typeof SEGMENT) => many.data[i * SEGMENT_FLOATS + SEGMENT[n]]!;
        if (f('ta') > hours) continue;
        const t = f('tb') > f('ta') ? Math.min(1, (hours - f('ta')) / (f('tb') - f('ta'))) : 1;
        const bx = f('ax') + (f('bx') - f('ax')) * t, by = f('ay') + (f('by') - f('ay')) * t;
        const dx = bx - f('ax'), dy = by - f('ay'), l2 = dx * dx + dy * dy;
        const u = l2 > 0 ? Math.max(0, Math.min(1, ((px - f('ax')) * dx + (py - f('ay')) * dy) / l2)) : 0;
        const distance = Math.hypot(px - (f('ax') + u * dx), py - (f('ay') + u * dy));
        if (distance <= bestDistance) { bestDistance = distance; best = f('route'); }
      }
      return best;
    };
    let hits = 0;
    for (let k = 0; k < 400; k++) {
      const [px, py] = mercatorFromLngLat(139 + random() * 10, 43 + random() * 8);
      const tol = random() * 0.3 / 360, hours = hoursInBuffer(many, T0 + random() * 130 * HOUR);
      const found = routeIndexNear(many, px, py, tol, hours);
      expect(found, `point ${k}`).toBe(scan(px, py, tol, hours));
      if (found >= 0) hits++;
    }
    expect(hits, 'the points hit some routes and miss others').toBeGreaterThan(40);
    expect(hits).toBeLessThan(360);
  });
});
