/**
 * A small sea router: finds a path over the 8-connected water cells of a
 * {@link SeaGrid} with A* (cells near the coast cost more, so paths keep off
 * it), pulls the string tight (line of sight, never through a LAND cell) and
 * densifies the result. Pure functions; no I/O.
 */
import type { Position } from 'geojson';
import {
  KM_PER_DEG_LAT, KM_PER_DEG_LON, LAND, NEAR, centre, defaultSeaGridOptions, kmBetween, nearestWaterCell, neighbours,
  seaGridFromLand, toGrid, walkCells, type Land, type SeaGrid, type SeaGridOptions,
} from './sea_grid.ts';

/** Options of {@link routeSea}. */
export interface SeaRouterOptions extends SeaGridOptions {
  /** Cost factor of a step into a NEAR cell. @defaultValue 4 */
  nearCost: number;
  /** Longest segment of the output, km. @defaultValue 10 */
  maxSegmentKm: number;
  /** Margin around the waypoints' box for the grid, degrees. @defaultValue 1.5 */
  marginDeg: number;
}

/** Defaults of {@link SeaRouterOptions}. */
const defaultSeaRouterOptions: SeaRouterOptions = {
  ...defaultSeaGridOptions, nearCost: 4, maxSegmentKm: 10, marginDeg: 1.5,
};

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
    // Equal steps in degrees are not equal in km (a degree of longitude shrinks northward):
    // add a step while the longest piece is still too long.
    const at = (k: number, n: number): Position => [a[0]! + ((b[0]! - a[0]!) * k) / n, a[1]! + ((b[1]! - a[1]!) * k) / n];
    let n = Math.ceil(kmBetween(a, b) / maxKm);
    const longest = (m: number) => Math.max(...Array.from({ length: m }, (_, k) => kmBetween(at(k, m), at(k + 1, m))));
    while (n > 0 && longest(n) > maxKm) n += 1;
    for (let k = 1; k <= n; k++) out.push(at(k, n));
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
