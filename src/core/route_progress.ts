/**
 * When each point of a route is reached. A route is drawn from its first to
 * its last vertex while time runs from start_date to end_date, at constant
 * speed along its length (the GPU layer cuts the segment in progress, see
 * core/route_segments.ts). Pure; distances are great-circle (haversine) metres.
 *
 * ```
 *  vertex:   0 -------- 1 ---- 2 ------------ 3
 *  t:       t0         t1     t2             t3 = end
 *  at time t (t1 < t < t2): segments 0-1 finished, 1-2 partial, 2-3 hidden
 * ```
 */
import type { Position } from 'geojson';

const EARTH_RADIUS_M = 6_371_008.8;

/**
 * Great-circle distance between two [lon, lat] positions.
 * @returns metres
 */
export function distanceMeters(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const [lon1 = 0, lat1 = 0] = a;
  const [lon2 = 0, lat2 = 0] = b;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The instant each vertex is reached, spreading the span over the line's length.
 * @param coordinates - the route's positions (at least 2)
 * @param startMs - epoch ms at the first vertex
 * @param endMs - epoch ms at the last vertex
 * @returns one epoch ms per vertex, non-decreasing
 */
export function vertexTimes(coordinates: readonly Position[], startMs: number, endMs: number): number[] {
  const cumulative = [0];
  for (let i = 1; i < coordinates.length; i++) {
    cumulative.push((cumulative[i - 1] ?? 0) + distanceMeters(coordinates[i - 1] as Position, coordinates[i] as Position));
  }
  const total = cumulative[cumulative.length - 1] ?? 0;
  const span = Math.max(0, endMs - startMs);
  // A degenerate line (all vertices equal) is reached evenly by vertex index.
  return cumulative.map((d, i) =>
    startMs + span * (total > 0 ? d / total : i / Math.max(1, coordinates.length - 1)),
  );
}
