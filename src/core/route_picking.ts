/**
 * Which route is drawn under a point, for clicks and the hover cursor on the
 * GPU route layer (map/route_layer.ts), which has no queryRenderedFeatures:
 * only the part drawn at the current time counts, and only the segments in
 * the grid cells around the point are measured.
 */
import { distanceToSegment, SEGMENT, SEGMENT_FLOATS, segmentsStartedBy, type SegmentBuffer, type SegmentGrid } from './route_segments.ts';

/**
 * The route drawn nearest a point, for clicks and the hover cursor: only the part drawn at
 * `hours` counts. Distances are in Mercator units (the caller converts its pixel
 * tolerance with the map's scale). Only segments in the grid cells around the point are
 * measured ({@link segmentGrid}): at 10,000 routes a scan of every segment took 19 ms per
 * mouse move.
 * @param x - Mercator x of the point
 * @param y - Mercator y of the point
 * @param tolerance - largest distance that hits
 * @returns the route index, or -1; on a tie the later-drawn segment wins, as it is on top
 */
export function routeIndexNear(buffer: SegmentBuffer, x: number, y: number, tolerance: number, hours: number): number {
  const d = buffer.data;
  const grid = segmentGrid(buffer);
  let best = -1, bestSegment = -1, bestDistance = tolerance;
  const started = segmentsStartedBy(buffer, hours);
  const [x0, y0] = cellOf(grid, x - tolerance, y - tolerance), [x1, y1] = cellOf(grid, x + tolerance, y + tolerance);
  for (let cy = y0; cy <= y1; cy++) {
    for (let cx = x0; cx <= x1; cx++) {
      const cell = cy * grid.size + cx;
      for (let k = grid.starts[cell] as number, end = grid.starts[cell + 1] as number; k < end; k++) {
        const i = grid.segments[k] as number;
        if (i >= started) continue;
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
    }
  }
  return best;
}

/** The cell column and row holding a point, clamped to the grid. */
function cellOf(grid: Pick<SegmentGrid, 'size' | 'minX' | 'minY' | 'cellSize'>, x: number, y: number): [number, number] {
  const clamp = (v: number) => Math.max(0, Math.min(grid.size - 1, Math.floor(v)));
  return [clamp((x - grid.minX) / grid.cellSize), clamp((y - grid.minY) / grid.cellSize)];
}

/**
 * The grid of a buffer's segments, built on first use and kept in the buffer (a reader's file
 * has it built in the worker: a million segments take half a second). Each segment is listed
 * in every cell its bounding box touches, about four segments per cell; two passes, one to
 * count and one to fill.
 * @param buffer - the segments (its `grid` is set)
 * @returns the grid
 */
export function segmentGrid(buffer: SegmentBuffer): SegmentGrid {
  if (buffer.grid) return buffer.grid;
  const d = buffer.data;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < buffer.count; i++) {
    const s = i * SEGMENT_FLOATS;
    minX = Math.min(minX, d[s + SEGMENT.ax] as number, d[s + SEGMENT.bx] as number);
    maxX = Math.max(maxX, d[s + SEGMENT.ax] as number, d[s + SEGMENT.bx] as number);
    minY = Math.min(minY, d[s + SEGMENT.ay] as number, d[s + SEGMENT.by] as number);
    maxY = Math.max(maxY, d[s + SEGMENT.ay] as number, d[s + SEGMENT.by] as number);
  }
  const size = Math.max(1, Math.min(1024, Math.ceil(Math.sqrt(buffer.count / 4))));
  const shape = { size, minX, minY, cellSize: Math.max(maxX - minX, maxY - minY, 1e-12) / size };
  const visit = (i: number, each: (cell: number) => void) => {
    const s = i * SEGMENT_FLOATS;
    const [ax, ay] = cellOf(shape, d[s + SEGMENT.ax] as number, d[s + SEGMENT.ay] as number);
    const [bx, by] = cellOf(shape, d[s + SEGMENT.bx] as number, d[s + SEGMENT.by] as number);
    for (let cy = Math.min(ay, by); cy <= Math.max(ay, by); cy++) {
      for (let cx = Math.min(ax, bx); cx <= Math.max(ax, bx); cx++) each(cy * size + cx);
    }
  };
  const starts = new Uint32Array(size * size + 1);
  for (let i = 0; i < buffer.count; i++) visit(i, (cell) => { starts[cell + 1]!++; });
  for (let c = 0; c < size * size; c++) starts[c + 1]! += starts[c]!;
  const segments = new Uint32Array(starts[size * size]!);
  const filled = starts.slice(0, size * size);
  for (let i = 0; i < buffer.count; i++) visit(i, (cell) => { segments[filled[cell]!++] = i; });
  buffer.grid = { ...shape, starts, segments };
  return buffer.grid;
}
