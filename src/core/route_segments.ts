/**
 * Routes as one flat array of segments for the GPU route layer
 * (map/route_layer.ts), which draws every route's progress from a time
 * uniform: no GeoJSON source, no setData and no re-tiling while time runs.
 *
 * Each segment is {@link SEGMENT_FLOATS} floats: both ends in Web Mercator
 * (0..1, as MapLibre's custom-layer matrix expects), the instants each end is
 * reached in hours from {@link SegmentBuffer.originMs} (float32 keeps ~1 s at
 * a few thousand hours; epoch ms would not fit), the route's length before the
 * segment (for a dash pattern continuous along the route), the style index, a
 * flag for a route's last segment (arrowhead) and the route index.
 *
 * Segments are sorted by the instant they start, so the segments begun by
 * time t are a prefix: the layer draws only that prefix
 * ({@link segmentsStartedBy}), and routes still to come cost nothing.
 */
import type { TimedRoute } from './route_features.ts';

/** Floats per segment, in this order. */
export const SEGMENT_FLOATS = 10;
/** Offsets of the fields within a segment. */
export const SEGMENT = { ax: 0, ay: 1, bx: 2, by: 3, ta: 4, tb: 5, along: 6, style: 7, last: 8, route: 9 } as const;

const MS_PER_HOUR = 3_600_000;

/** Packed segments of all routes. */
export interface SegmentBuffer {
  data: Float32Array;
  /** Number of segments. */
  count: number;
  /** Epoch ms of hour 0 of the segment times (the earliest route start). */
  originMs: number;
  /** Route ids by route index. */
  routeIds: string[];
}

/**
 * Web Mercator of a position, 0..1 from the north-west corner (as maplibre's MercatorCoordinate).
 * @returns [x, y]
 */
export function mercatorFromLngLat(lon: number, lat: number): [number, number] {
  const sin = Math.sin((lat * Math.PI) / 180);
  return [(180 + lon) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

/**
 * Pack routes into segments.
 * @param routes - timed routes (core/route_features.ts)
 * @param styleOf - style index of a route (style/route_styles.ts)
 * @returns the buffer, segments sorted by start instant (stable: route order within an instant)
 */
export function segmentBuffer(routes: readonly TimedRoute[], styleOf: (route: TimedRoute) => number): SegmentBuffer {
  const originMs = routes.reduce((min, r) => Math.min(min, r.startMs), Infinity);
  const origin = Number.isFinite(originMs) ? originMs : 0;
  const records: { ta: number; offset: number }[] = [];
  const unsorted = new Float64Array(routes.reduce((n, r) => n + Math.max(0, r.coordinates.length - 1), 0) * SEGMENT_FLOATS);
  let o = 0;
  routes.forEach((route, index) => {
    const style = styleOf(route);
    let along = 0;
    let prev = mercatorFromLngLat(route.coordinates[0]?.[0] ?? 0, route.coordinates[0]?.[1] ?? 0);
    const last = route.coordinates.length - 1;
    for (let i = 1; i <= last; i++) {
      const next = mercatorFromLngLat(route.coordinates[i]?.[0] ?? 0, route.coordinates[i]?.[1] ?? 0);
      const ta = ((route.times[i - 1] ?? route.startMs) - origin) / MS_PER_HOUR;
      const tb = ((route.times[i] ?? route.endMs) - origin) / MS_PER_HOUR;
      unsorted.set([prev[0], prev[1], next[0], next[1], ta, tb, along, style, i === last ? 1 : 0, index], o);
      records.push({ ta, offset: o });
      along += Math.hypot(next[0] - prev[0], next[1] - prev[1]);
      prev = next;
      o += SEGMENT_FLOATS;
    }
  });
  records.sort((a, b) => a.ta - b.ta || a.offset - b.offset);
  const data = new Float32Array(records.length * SEGMENT_FLOATS);
  records.forEach((r, i) => data.set(unsorted.subarray(r.offset, r.offset + SEGMENT_FLOATS), i * SEGMENT_FLOATS));
  return { data, count: records.length, originMs: origin, routeIds: routes.map((r) => r.id) };
}

/**
 * Hours from the buffer's origin.
 * @param time - epoch ms
 */
export function hoursInBuffer(buffer: SegmentBuffer, time: number): number {
  return (time - buffer.originMs) / MS_PER_HOUR;
}

/**
 * How many segments have begun at `hours` (binary search over the sorted starts).
 * @returns the length of the prefix to draw
 */
export function segmentsStartedBy(buffer: SegmentBuffer, hours: number): number {
  let lo = 0, hi = buffer.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((buffer.data[mid * SEGMENT_FLOATS + SEGMENT.ta] as number) <= hours) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The route drawn nearest a point, for clicks: only the part drawn at `hours`
 * counts. Distances are in Mercator units (the caller converts its pixel
 * tolerance with the map's scale).
 * @param x - Mercator x of the point
 * @param y - Mercator y of the point
 * @param tolerance - largest distance that hits
 * @returns the route index, or -1; on a tie the later-drawn segment wins, as it is on top
 */
export function routeIndexNear(buffer: SegmentBuffer, x: number, y: number, tolerance: number, hours: number): number {
  const d = buffer.data;
  let best = -1, bestDistance = tolerance;
  const started = segmentsStartedBy(buffer, hours);
  for (let i = 0; i < started; i++) {
    const s = i * SEGMENT_FLOATS;
    const ta = d[s + SEGMENT.ta] as number, tb = d[s + SEGMENT.tb] as number;
    const f = tb > ta ? Math.min(1, (hours - ta) / (tb - ta)) : 1;
    const ax = d[s] as number, ay = d[s + 1] as number;
    const bx = ax + ((d[s + 2] as number) - ax) * f, by = ay + ((d[s + 3] as number) - ay) * f;
    const distance = distanceToSegment(x, y, ax, ay, bx, by);
    if (distance <= bestDistance) { bestDistance = distance; best = d[s + SEGMENT.route] as number; }
  }
  return best;
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax, dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared)) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
