/**
 * Routes as one flat array of segments for the GPU route layer
 * (map/route_layer.ts), which draws every route's progress from a time
 * uniform: no GeoJSON source, no setData and no re-tiling while time runs.
 *
 * Each segment is {@link SEGMENT_FLOATS} floats laid out by {@link SEGMENT}:
 * both ends in Web Mercator (0..1, as MapLibre's custom-layer matrix expects),
 * the instants each end is reached in hours from {@link SegmentBuffer.originMs}
 * (float32 keeps ~1 s at a few thousand hours; epoch ms would not fit), the
 * route's length before the segment (for a dash pattern continuous along the
 * route), the style index, a flag for a route's last segment (arrowhead) and
 * the route index.
 *
 * Segments are sorted by the instant they start, so the segments begun by
 * time t are a prefix: the layer draws only that prefix
 * ({@link segmentsStartedBy}), and routes still to come cost nothing.
 */
import { mercatorFromLngLat } from './mercator.ts';
import type { TimedRoute } from './route_features.ts';

/**
 * The layout of a segment, defined here only: each field's offset in floats. The GPU
 * layer's GLSL reads the fields through accessors generated from it
 * (map/route_shaders.ts), and picking (core/route_picking.ts) reads them by these offsets.
 */
export const SEGMENT = {
  /** Start of the segment, Web Mercator. */
  ax: 0, ay: 1,
  /** End of the segment, Web Mercator. */
  bx: 2, by: 3,
  /** Hours from {@link SegmentBuffer.originMs} at which the start and the end are reached. */
  ta: 4, tb: 5,
  /** Length of the route before the segment, Web Mercator units (the dash pattern's phase). */
  along: 6,
  /** Style index of the route (the palette's colour and dashes). */
  style: 7,
  /** 1 on a route's last segment (it gets the arrowhead), else 0. */
  last: 8,
  /** Index of the route in {@link SegmentBuffer.routeIds}. */
  route: 9,
  /** The route's line width × the base width (core/route_features.ts `widthFromPeople`). */
  width: 10,
} as const;
/** Floats per segment: the fields of {@link SEGMENT}, padded to whole RGBA texels (the GPU layer reads them from a float texture). */
export const SEGMENT_FLOATS = Math.ceil((Math.max(...Object.values(SEGMENT)) + 1) / 4) * 4;

const MS_PER_HOUR = 3_600_000;

/**
 * The segments of a buffer by square cells of Mercator space (compressed rows: a cell's segments
 * are `segments[starts[c]..starts[c+1])`). Plain data, so that a worker can build it and post it.
 */
export interface SegmentGrid {
  /** Cells per side. */
  size: number;
  /** The grid's west and north edges and its cells' side, Mercator units. */
  minX: number;
  minY: number;
  cellSize: number;
  starts: Uint32Array;
  segments: Uint32Array;
}

/** Packed segments of all routes. */
export interface SegmentBuffer {
  /** Segments sorted by the instant they start. */
  data: Float32Array;
  /** The same segments sorted by the instant they end (for drawing the finished ones incrementally). */
  byEnd: Float32Array;
  /** Number of segments. */
  count: number;
  /** Longest time any one segment takes, hours: segments in progress at t all start after t minus this. */
  maxSpanHours: number;
  /** Epoch ms of hour 0 of the segment times (the earliest route start). */
  originMs: number;
  /** Route ids by route index. */
  routeIds: string[];
  /** The segments by grid cell, for picking (core/route_picking.ts `segmentGrid`), once built. */
  grid?: SegmentGrid;
}

/**
 * Pack routes into segments.
 * @param routes - timed routes (core/route_features.ts)
 * @param styleOf - style index of a route (style/route_styles.ts)
 * @param tolerance - simplify each route first (Douglas-Peucker, in Mercator units; 0 keeps every vertex).
 *   A kept vertex keeps its instant, so progress along a simplified line stays within the tolerance.
 * @returns the buffer, segments sorted by start instant (stable: route order within an instant)
 */
export function segmentBuffer(routes: readonly TimedRoute[], styleOf: (route: TimedRoute) => number, tolerance = 0): SegmentBuffer {
  return packSegments(routes, routes.map(projectedRoute), styleOf, tolerance);
}

/**
 * Segments sorted by one of their instants, as float32 records.
 * The sort is on a numeric key (the instant to the second, then the position) with the native
 * typed-array sort, since a comparator sort of 500,000 segments takes seconds; an insertion pass
 * then orders the float32 instants exactly within each second.
 */
function sortedBy(unsorted: Float64Array, count: number, field: number): Float32Array {
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) keys[i] = Math.round((unsorted[i * SEGMENT_FLOATS + field] as number) * 3600) * 2 ** 22 + i;
  keys.sort();
  const data = new Float32Array(count * SEGMENT_FLOATS);
  for (let to = 0; to < count; to++) {
    const from = ((keys[to] as number) % 2 ** 22) * SEGMENT_FLOATS;
    for (let f = 0; f < SEGMENT_FLOATS; f++) data[to * SEGMENT_FLOATS + f] = unsorted[from + f] as number;
  }
  const record = new Float32Array(SEGMENT_FLOATS);
  for (let i = 1; i < count; i++) {
    let j = i;
    while (j > 0 && (data[(j - 1) * SEGMENT_FLOATS + field] as number) > (data[i * SEGMENT_FLOATS + field] as number)) j--;
    if (j === i) continue;
    record.set(data.subarray(i * SEGMENT_FLOATS, (i + 1) * SEGMENT_FLOATS));
    data.copyWithin((j + 1) * SEGMENT_FLOATS, j * SEGMENT_FLOATS, i * SEGMENT_FLOATS);
    data.set(record, j * SEGMENT_FLOATS);
  }
  return data;
}

function projectedRoute(route: TimedRoute): [number, number][] {
  return route.coordinates.map((c) => mercatorFromLngLat(c[0] ?? 0, c[1] ?? 0));
}

function packSegments(
  routes: readonly TimedRoute[], projected: readonly [number, number][][], styleOf: (route: TimedRoute) => number, tolerance: number,
): SegmentBuffer {
  const originMs = routes.reduce((min, r) => Math.min(min, r.startMs), Infinity);
  const origin = Number.isFinite(originMs) ? originMs : 0;
  const kept = projected.map((points) => (tolerance > 0 ? simplifiedIndices(points, tolerance) : points.map((_, i) => i)));
  const count = kept.reduce((n, k) => n + Math.max(0, k.length - 1), 0);
  const unsorted = new Float64Array(count * SEGMENT_FLOATS);
  let o = 0;
  routes.forEach((route, index) => {
    const style = styleOf(route);
    const points = projected[index] as [number, number][];
    const indices = kept[index] as number[];
    let along = 0;
    for (let k = 1; k < indices.length; k++) {
      const i = indices[k - 1] as number, j = indices[k] as number;
      const a = points[i] as [number, number], b = points[j] as [number, number];
      unsorted[o + SEGMENT.ax] = a[0]; unsorted[o + SEGMENT.ay] = a[1];
      unsorted[o + SEGMENT.bx] = b[0]; unsorted[o + SEGMENT.by] = b[1];
      unsorted[o + SEGMENT.ta] = ((route.times[i] ?? route.startMs) - origin) / MS_PER_HOUR;
      unsorted[o + SEGMENT.tb] = ((route.times[j] ?? route.endMs) - origin) / MS_PER_HOUR;
      unsorted[o + SEGMENT.along] = along;
      unsorted[o + SEGMENT.style] = style;
      unsorted[o + SEGMENT.last] = k === indices.length - 1 ? 1 : 0;
      unsorted[o + SEGMENT.route] = index;
      unsorted[o + SEGMENT.width] = route.width;
      along += Math.hypot(b[0] - a[0], b[1] - a[1]);
      o += SEGMENT_FLOATS;
    }
  });
  let maxSpanHours = 0;
  for (let i = 0; i < count; i++) {
    maxSpanHours = Math.max(maxSpanHours, (unsorted[i * SEGMENT_FLOATS + SEGMENT.tb] as number) - (unsorted[i * SEGMENT_FLOATS + SEGMENT.ta] as number));
  }
  return {
    data: sortedBy(unsorted, count, SEGMENT.ta), byEnd: sortedBy(unsorted, count, SEGMENT.tb),
    count, originMs: origin, maxSpanHours, routeIds: routes.map((r) => r.id),
  };
}

/**
 * Douglas-Peucker: the vertices to keep so that no dropped one is farther than
 * `tolerance` from the simplified line. First and last are always kept.
 * Iterative (a reader's zigzag of 25,000 vertices overflows a recursive one's
 * stack in a worker), and among equally far vertices the one nearest the middle
 * splits the span, so a regular zigzag costs n log n, not n².
 * @param points - positions in a plane
 * @returns ascending indices
 */
export function simplifiedIndices(points: readonly (readonly [number, number])[], tolerance: number): number[] {
  const n = points.length;
  if (n <= 2) return points.map((_, i) => i);
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const stack: [number, number][] = [[0, n - 1]];
  while (stack.length) {
    const [first, last] = stack.pop() as [number, number];
    const a = points[first] as readonly [number, number], b = points[last] as readonly [number, number];
    const middle = (first + last) / 2;
    let farthest = -1, farthestDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const p = points[i] as readonly [number, number];
      const distance = distanceToSegment(p[0], p[1], a[0], a[1], b[0], b[1]);
      if (distance > farthestDistance || (distance === farthestDistance && farthest >= 0 && Math.abs(i - middle) < Math.abs(farthest - middle))) {
        farthest = i;
        farthestDistance = distance;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  const indices: number[] = [];
  keep.forEach((k, i) => { if (k) indices.push(i); });
  return indices;
}

/** One level of detail: the segments to draw from `minZoom` up to the next level's. */
export interface SegmentLevel {
  minZoom: number;
  buffer: SegmentBuffer;
}

/** Zooms where a finer level of detail takes over; the last level keeps every vertex. */
const LEVEL_ZOOMS = [5, 7, 9, 11];
/** Largest distance, in screen pixels, between a route and its simplified line. */
const LEVEL_TOLERANCE_PX = 0.5;

/**
 * The routes at several levels of detail: at low zoom a 50-vertex route is a
 * few pixels long, and drawing every vertex would cost per vertex, not per
 * pixel. Each level is simplified to {@link LEVEL_TOLERANCE_PX} at the
 * highest zoom it is drawn at, so no level is visibly coarser than the data.
 * @returns levels by ascending minZoom, the first from -Infinity, the last with every vertex
 */
export function segmentLevels(routes: readonly TimedRoute[], styleOf: (route: TimedRoute) => number): SegmentLevel[] {
  const mercatorPerPixel = (zoom: number) => 1 / (512 * 2 ** zoom);
  const projected = routes.map(projectedRoute);
  const starts = [-Infinity, ...LEVEL_ZOOMS];
  return starts.map((minZoom, i) => {
    const upTo = LEVEL_ZOOMS[i];
    return { minZoom, buffer: packSegments(routes, projected, styleOf, upTo === undefined ? 0 : LEVEL_TOLERANCE_PX * mercatorPerPixel(upTo)) };
  });
}

/**
 * The level to draw at a zoom.
 * @param levels - from {@link segmentLevels}
 * @returns the last level whose minZoom is at or below the zoom
 */
export function levelAt(levels: readonly SegmentLevel[], zoom: number): SegmentLevel | undefined {
  let chosen = levels[0];
  for (const level of levels) if (level.minZoom <= zoom) chosen = level;
  return chosen;
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
  return countAtOrBefore(buffer.data, buffer.count, SEGMENT.ta, hours);
}

/**
 * How many segments have ended at `hours`: a prefix of {@link SegmentBuffer.byEnd}.
 */
export function segmentsEndedBy(buffer: SegmentBuffer, hours: number): number {
  return countAtOrBefore(buffer.byEnd, buffer.count, SEGMENT.tb, hours);
}

/**
 * The range of {@link SegmentBuffer.data} holding every segment in progress at `hours`
 * (it may hold finished ones too, but none begun later).
 * @returns [first, end) indices
 */
export function segmentsInProgressRange(buffer: SegmentBuffer, hours: number): [number, number] {
  // `<` rather than `<=`: a segment begun exactly maxSpanHours ago may still be in progress.
  const first = countAtOrBefore(buffer.data, buffer.count, SEGMENT.ta, hours - buffer.maxSpanHours, true);
  return [first, segmentsStartedBy(buffer, hours)];
}

function countAtOrBefore(data: Float32Array, count: number, field: number, hours: number, strict = false): number {
  let lo = 0, hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const value = data[mid * SEGMENT_FLOATS + field] as number;
    if (strict ? value < hours : value <= hours) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Distance from a point to a segment (any consistent units). */
export function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax, dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared)) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
