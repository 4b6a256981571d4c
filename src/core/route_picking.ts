/**
 * Which route is drawn under a point, for clicks and the hover cursor on the
 * GPU route layer (map/route_layer.ts), which has no queryRenderedFeatures:
 * only the part drawn at the current time counts, and only the segments whose
 * boxes meet the point's tolerance box are measured (a flatbush R-tree).
 */
import Flatbush from 'flatbush';
import { distanceToSegment, SEGMENT, SEGMENT_FLOATS, segmentsStartedBy, type SegmentBuffer } from './route_segments.ts';

/**
 * The route drawn nearest a point, for clicks and the hover cursor: only the part drawn at
 * `hours` counts. Distances are in Mercator units (the caller converts its pixel
 * tolerance with the map's scale). Only segments near the point are measured
 * ({@link segmentIndex}): at 10,000 routes a scan of every segment took 19 ms per mouse move.
 * @param x - Mercator x of the point
 * @param y - Mercator y of the point
 * @param tolerance - largest distance that hits
 * @returns the route index, or -1; on a tie the later-drawn segment wins, as it is on top
 */
export function routeIndexNear(buffer: SegmentBuffer, x: number, y: number, tolerance: number, hours: number): number {
  const started = segmentsStartedBy(buffer, hours);
  if (started === 0) return -1;
  const d = buffer.data;
  let best = -1, bestSegment = -1, bestDistance = tolerance;
  const near = segmentIndex(buffer).search(x - tolerance, y - tolerance, x + tolerance, y + tolerance, (i) => i < started);
  for (const i of near) {
    const s = i * SEGMENT_FLOATS;
    const ta = d[s + SEGMENT.ta] as number, tb = d[s + SEGMENT.tb] as number;
    const f = tb > ta ? Math.min(1, (hours - ta) / (tb - ta)) : 1;
    const ax = d[s + SEGMENT.ax] as number, ay = d[s + SEGMENT.ay] as number;
    const bx = ax + ((d[s + SEGMENT.bx] as number) - ax) * f, by = ay + ((d[s + SEGMENT.by] as number) - ay) * f;
    const distance = distanceToSegment(x, y, ax, ay, bx, by);
    if (distance < bestDistance || (distance === bestDistance && i > bestSegment)) {
      bestDistance = distance;
      bestSegment = i;
      best = d[s + SEGMENT.route] as number;
    }
  }
  return best;
}

const indexes = new WeakMap<SegmentBuffer, Flatbush>();

/**
 * The R-tree of a buffer's segment boxes (item i is segment i), built on first use.
 * Float32 boxes lose nothing: the segments' ends are float32 already.
 * @param buffer - the segments (at least one)
 * @returns the index, the same object for the same buffer
 */
export function segmentIndex(buffer: SegmentBuffer): Flatbush {
  const cached = indexes.get(buffer);
  if (cached) return cached;
  const d = buffer.data;
  const index = new Flatbush(buffer.count, 16, Float32Array);
  for (let s = 0; s < buffer.count * SEGMENT_FLOATS; s += SEGMENT_FLOATS) {
    const ax = d[s + SEGMENT.ax] as number, ay = d[s + SEGMENT.ay] as number, bx = d[s + SEGMENT.bx] as number, by = d[s + SEGMENT.by] as number;
    index.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
  }
  index.finish();
  indexes.set(buffer, index);
  return index;
}
