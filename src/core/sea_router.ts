/**
 * A small sea router: rasterises land polygons onto a lon/lat grid, finds a
 * path over 8-connected sea cells with A*, pulls the string tight (line of
 * sight, never through a land cell) and densifies the result.
 *
 * Cell classes:
 * ```
 *   LAND  any cell the coastline passes through, or whose centre is on land
 *         (conservative: a non-LAND cell holds no land at all)
 *   NEAR  within `nearKm` of LAND: passable, but `nearCost` times dearer
 *   SEA   open water
 * ```
 * Pure functions; no I/O. Distances use an equirectangular approximation,
 * good to well under 1 % over a few hundred kilometres.
 */
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/** Cell class of open water. */
export const SEA = 0;
/** Cell class of water close to the coast. */
export const NEAR = 1;
/** Cell class of land (or coastline). */
export const LAND = 2;

const KM_PER_DEG_LAT = 110.574;
const KM_PER_DEG_LON = 111.32;

/** A land/sea raster over a lon/lat box. Row 0 is the southern row. */
export interface SeaGrid {
  west: number;
  south: number;
  /** Cell size in degrees of longitude and latitude. */
  dLon: number;
  dLat: number;
  cols: number;
  rows: number;
  /** `SEA`, `NEAR` or `LAND` per cell, index `row * cols + col`. */
  cells: Uint8Array;
}

/** Options of {@link seaGridFromLand} and {@link routeSea}. */
export interface SeaRouterOptions {
  /** Cell size in km. @defaultValue 0.5 */
  cellKm: number;
  /** Width of the NEAR band along the coast, km. @defaultValue 2 */
  nearKm: number;
  /** Cost factor of a step into a NEAR cell. @defaultValue 4 */
  nearCost: number;
  /** Longest segment of the output, km. @defaultValue 10 */
  maxSegmentKm: number;
  /** Margin around the waypoints' box for the grid, degrees. @defaultValue 1.5 */
  marginDeg: number;
}

/** Defaults of {@link SeaRouterOptions}. */
export const defaultSeaRouterOptions: SeaRouterOptions = {
  cellKm: 0.5, nearKm: 2, nearCost: 4, maxSegmentKm: 10, marginDeg: 1.5,
};

type Land = FeatureCollection<Polygon | MultiPolygon>;
type Bbox = readonly [number, number, number, number];

/**
 * Distance between two positions, km (equirectangular).
 * @param a - [lon, lat]
 * @param b - [lon, lat]
 */
export function kmBetween(a: Position, b: Position): number {
  const dx = (b[0]! - a[0]!) * KM_PER_DEG_LON * Math.cos((((a[1]! + b[1]!) / 2) * Math.PI) / 180);
  const dy = (b[1]! - a[1]!) * KM_PER_DEG_LAT;
  return Math.hypot(dx, dy);
}

/**
 * Visits every cell a segment passes through (grid traversal of Amanatides
 * and Woo), stopping early when `visit` returns false.
 * @param a - start in fractional grid units [col, row]
 * @param b - end in fractional grid units
 * @returns false if `visit` stopped the walk
 */
export function walkCells(a: [number, number], b: [number, number], visit: (col: number, row: number) => boolean): boolean {
  let c = Math.floor(a[0]);
  let r = Math.floor(a[1]);
  const c1 = Math.floor(b[0]);
  const r1 = Math.floor(b[1]);
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const sc = Math.sign(dx);
  const sr = Math.sign(dy);
  const tdc = dx === 0 ? Infinity : Math.abs(1 / dx);
  const tdr = dy === 0 ? Infinity : Math.abs(1 / dy);
  let tc = dx === 0 ? Infinity : (sc > 0 ? c + 1 - a[0] : a[0] - c) * tdc;
  let tr = dy === 0 ? Infinity : (sr > 0 ? r + 1 - a[1] : a[1] - r) * tdr;
  for (let n = Math.abs(c1 - c) + Math.abs(r1 - r); n >= 0; n--) {
    if (!visit(c, r)) return false;
    if (tc < tr) { c += sc; tc += tdc; } else { r += sr; tr += tdr; }
  }
  return true;
}

const toGrid = (g: SeaGrid, p: Position): [number, number] => [(p[0]! - g.west) / g.dLon, (p[1]! - g.south) / g.dLat];
const centre = (g: SeaGrid, i: number): Position =>
  [g.west + ((i % g.cols) + 0.5) * g.dLon, g.south + (Math.floor(i / g.cols) + 0.5) * g.dLat];

/** Marks LAND: scanline fill of cell centres plus every cell an edge crosses. */
function burnPolygon(g: SeaGrid, rings: Position[][]): void {
  const set = (c: number, r: number) => {
    if (c >= 0 && r >= 0 && c < g.cols && r < g.rows) g.cells[r * g.cols + c] = LAND;
    return true;
  };
  let lo = Infinity;
  let hi = -Infinity;
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      walkCells(toGrid(g, ring[i]!), toGrid(g, ring[i + 1]!), set);
      lo = Math.min(lo, toGrid(g, ring[i]!)[1]);
      hi = Math.max(hi, toGrid(g, ring[i]!)[1]);
    }
  }
  for (let r = Math.max(0, Math.floor(lo)); r <= Math.min(g.rows - 1, Math.ceil(hi)); r++) {
    const y = r + 0.5;
    const xs: number[] = [];
    for (const ring of rings) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const [x0, y0] = toGrid(g, ring[i]!);
        const [x1, y1] = toGrid(g, ring[i + 1]!);
        if ((y0 <= y) !== (y1 <= y)) xs.push(x0 + ((y - y0) / (y1 - y0)) * (x1 - x0));
      }
    }
    xs.sort((p, q) => p - q);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      for (let c = Math.max(0, Math.ceil(xs[k]! - 0.5)); c <= Math.min(g.cols - 1, Math.floor(xs[k + 1]! - 0.5)); c++) set(c, r);
    }
  }
}

/**
 * Rasterises land onto a grid over `bbox` and marks the NEAR band.
 * @param land - Polygon/MultiPolygon features
 * @param bbox - [west, south, east, north], degrees
 * @param options - `cellKm` and `nearKm` are used
 */
export function seaGridFromLand(land: Land, bbox: Bbox, options: Partial<SeaRouterOptions> = {}): SeaGrid {
  const o = { ...defaultSeaRouterOptions, ...options };
  const midLat = (bbox[1] + bbox[3]) / 2;
  const dLat = o.cellKm / KM_PER_DEG_LAT;
  const dLon = o.cellKm / (KM_PER_DEG_LON * Math.cos((midLat * Math.PI) / 180));
  const cols = Math.ceil((bbox[2] - bbox[0]) / dLon);
  const rows = Math.ceil((bbox[3] - bbox[1]) / dLat);
  const g: SeaGrid = { west: bbox[0], south: bbox[1], dLon, dLat, cols, rows, cells: new Uint8Array(cols * rows) };
  for (const f of land.features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const p of polys) {
      const xs = p[0]!.map((q) => q[0]!);
      const ys = p[0]!.map((q) => q[1]!);
      if (Math.max(...xs) < bbox[0] || Math.min(...xs) > bbox[2] || Math.max(...ys) < bbox[1] || Math.min(...ys) > bbox[3]) continue;
      burnPolygon(g, p);
    }
  }
  // NEAR band: breadth-first rings of 8-neighbours around LAND.
  let front: number[] = [];
  g.cells.forEach((v, i) => { if (v === LAND) front.push(i); });
  for (let step = 0; step < Math.ceil(o.nearKm / o.cellKm) && front.length; step++) {
    const next: number[] = [];
    for (const i of front) {
      for (const j of neighbours(g, i)) if (g.cells[j] === SEA) { g.cells[j] = NEAR; next.push(j); }
    }
    front = next;
  }
  return g;
}

function* neighbours(g: SeaGrid, i: number): Generator<number> {
  const c = i % g.cols;
  const r = Math.floor(i / g.cols);
  for (let dr = -1; dr <= 1; dr++) {
    for (let dc = -1; dc <= 1; dc++) {
      if ((dc || dr) && c + dc >= 0 && r + dr >= 0 && c + dc < g.cols && r + dr < g.rows) yield (r + dr) * g.cols + c + dc;
    }
  }
}

/**
 * The water cell nearest to a position (the position's own cell if it is water).
 * @param g - the grid
 * @param p - [lon, lat]
 * @param maxKm - search radius
 * @returns a cell index
 * @throws if no water cell lies within `maxKm`
 */
export function nearestWaterCell(g: SeaGrid, p: Position, maxKm = 15): number {
  const [x, y] = toGrid(g, p);
  const cellKm = g.dLat * KM_PER_DEG_LAT;
  const reach = Math.ceil(maxKm / cellKm) + 1;
  let best = -1;
  let bestKm = Infinity;
  for (let r = Math.floor(y) - reach; r <= Math.floor(y) + reach; r++) {
    for (let c = Math.floor(x) - reach; c <= Math.floor(x) + reach; c++) {
      if (c < 0 || r < 0 || c >= g.cols || r >= g.rows || g.cells[r * g.cols + c] === LAND) continue;
      const d = kmBetween(p, centre(g, r * g.cols + c));
      if (d < bestKm) { bestKm = d; best = r * g.cols + c; }
    }
  }
  if (best < 0 || bestKm > maxKm) throw new Error(`no water within ${maxKm} km of [${p.join(', ')}]`);
  return best;
}

/**
 * A* over 8-connected water cells (no corner cutting past LAND).
 * @param g - the grid
 * @param start - cell index
 * @param goal - cell index
 * @param nearCost - cost factor of NEAR cells
 * @returns cell indices from start to goal
 * @throws if the goal cannot be reached
 */
export function findCellPath(g: SeaGrid, start: number, goal: number, nearCost = defaultSeaRouterOptions.nearCost): number[] {
  const n = g.cols * g.rows;
  const cost = new Float64Array(n).fill(Infinity);
  const parent = new Int32Array(n).fill(-1);
  const dy = g.dLat * KM_PER_DEG_LAT;
  const dxAt = (r: number) => g.dLon * KM_PER_DEG_LON * Math.cos(((g.south + (r + 0.5) * g.dLat) * Math.PI) / 180);
  const dxMin = Math.min(dxAt(0), dxAt(g.rows - 1));
  const gc = goal % g.cols;
  const gr = Math.floor(goal / g.cols);
  const h = (i: number) => Math.hypot(((i % g.cols) - gc) * dxMin, (Math.floor(i / g.cols) - gr) * dy);
  const heap = new MinHeap();
  cost[start] = 0;
  heap.push(h(start), start);
  while (heap.size) {
    const [f, i] = heap.pop();
    if (i === goal) break;
    if (f > cost[i]! + h(i) + 1e-9) continue;
    const c = i % g.cols;
    const r = Math.floor(i / g.cols);
    for (const j of neighbours(g, i)) {
      if (g.cells[j] === LAND) continue;
      const jc = j % g.cols;
      const jr = Math.floor(j / g.cols);
      if (jc !== c && jr !== r && (g.cells[r * g.cols + jc] === LAND || g.cells[jr * g.cols + c] === LAND)) continue;
      const step = Math.hypot((jc - c) * dxAt(r), (jr - r) * dy) * (g.cells[j] === NEAR ? nearCost : 1);
      if (cost[i]! + step < cost[j]!) {
        cost[j] = cost[i]! + step;
        parent[j] = i;
        heap.push(cost[j]! + h(j), j);
      }
    }
  }
  if (parent[goal] === -1 && start !== goal) throw new Error('no sea path between the waypoints');
  const path = [goal];
  while (path[path.length - 1] !== start) path.push(parent[path[path.length - 1]!]!);
  return path.reverse();
}

/** Binary min-heap of [priority, value]. */
class MinHeap {
  private items: [number, number][] = [];
  get size(): number { return this.items.length; }
  push(p: number, v: number): void {
    const a = this.items;
    a.push([p, v]);
    for (let i = a.length - 1; i > 0;) {
      const up = (i - 1) >> 1;
      if (a[up]![0] <= a[i]![0]) break;
      [a[up], a[i]] = [a[i]!, a[up]!];
      i = up;
    }
  }
  pop(): [number, number] {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const m = l + 1 < a.length && a[l + 1]![0] < a[l]![0] ? l + 1 : l;
        if (l >= a.length || a[i]![0] <= a[m]![0]) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Line-of-sight string pulling: from each kept cell, jumps to the farthest
 * cell of the path whose straight segment crosses no LAND and runs through
 * no more than twice as many NEAR cells as the path between them, plus
 * `slack` (so the result hugs the coast hardly more than A* chose to).
 * @param g - the grid
 * @param path - cell indices from {@link findCellPath}
 * @param slack - extra NEAR cells a segment may cross
 * @returns the kept cell indices, first and last included
 */
export function pullString(g: SeaGrid, path: number[], slack = 4): number[] {
  const nearBefore = [0];
  for (const i of path) nearBefore.push(nearBefore[nearBefore.length - 1]! + (g.cells[i] === NEAR ? 1 : 0));
  const visible = (a: number, b: number) => {
    let allowance = 2 * (nearBefore[b + 1]! - nearBefore[a]!) + slack;
    const ca = centre(g, path[a]!);
    const cb = centre(g, path[b]!);
    return walkCells(toGrid(g, ca), toGrid(g, cb), (c, r) => {
      const v = g.cells[r * g.cols + c];
      if (v === NEAR) allowance--;
      return v !== LAND && allowance >= 0;
    });
  };
  const kept = [path[0]!];
  let a = 0;
  while (a < path.length - 1) {
    // The farthest visible cell, scanning back from the end: in open water
    // the first try succeeds, and a bulge of coast between does not stop the
    // scan as a forward scan would.
    let b = path.length - 1;
    while (b > a + 1 && !visible(a, b)) b--;
    kept.push(path[b]!);
    a = b;
  }
  return kept;
}

/**
 * Inserts evenly spaced vertices so that no segment is longer than `maxKm`.
 * @param coords - positions
 * @param maxKm - longest segment, km
 */
export function densify(coords: Position[], maxKm: number): Position[] {
  const out: Position[] = coords.length ? [coords[0]!] : [];
  for (let i = 1; i < coords.length; i++) {
    const a = coords[i - 1]!;
    const b = coords[i]!;
    const n = Math.ceil(kmBetween(a, b) / maxKm);
    for (let k = 1; k <= n; k++) out.push([a[0]! + ((b[0]! - a[0]!) * k) / n, a[1]! + ((b[1]! - a[1]!) * k) / n]);
  }
  return out;
}

/**
 * A sea route through waypoints: each waypoint is snapped to the nearest
 * water cell, legs are found with A* and pulled tight, and the first and last
 * waypoints themselves (ports may sit "inland" on a coarse coastline) become
 * the first and last vertices.
 * @param land - land polygons
 * @param waypoints - [lon, lat] positions, at least two
 * @param options - router options
 * @returns densified positions (unrounded)
 */
export function routeSea(land: Land, waypoints: Position[], options: Partial<SeaRouterOptions> = {}): Position[] {
  if (waypoints.length < 2) throw new Error(`a route needs 2 or more waypoints, got ${waypoints.length}`);
  const o = { ...defaultSeaRouterOptions, ...options };
  try {
    return routeInGrid(land, waypoints, o, o.marginDeg);
  } catch (e) {
    // The way round may leave the box: try once with a box twice as wide.
    if (!(e instanceof Error && /no sea path/.test(e.message))) throw e;
    return routeInGrid(land, waypoints, o, 2 * o.marginDeg);
  }
}

function routeInGrid(land: Land, waypoints: Position[], o: SeaRouterOptions, m: number): Position[] {
  const xs = waypoints.map((p) => p[0]!);
  const ys = waypoints.map((p) => p[1]!);
  const g = seaGridFromLand(land, [Math.min(...xs) - m, Math.min(...ys) - m, Math.max(...xs) + m, Math.max(...ys) + m], o);
  const snapped = waypoints.map((p) => nearestWaterCell(g, p));
  const coords: Position[] = [waypoints[0]!];
  for (let k = 1; k < snapped.length; k++) {
    const cells = pullString(g, findCellPath(g, snapped[k - 1]!, snapped[k]!, o.nearCost), Math.ceil(o.nearKm / o.cellKm));
    coords.push(...cells.slice(k === 1 ? 0 : 1).map((i) => centre(g, i)));
  }
  coords.push(waypoints[waypoints.length - 1]!);
  return densify(coords.filter((p, i) => i === 0 || kmBetween(p, coords[i - 1]!) > 1e-6), o.maxSegmentKm);
}
