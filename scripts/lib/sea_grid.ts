/**
 * The land/sea raster of the sea router (`sea_router.ts`): land polygons
 * burnt onto a lon/lat grid, with a band of "near the coast" cells.
 *
 * Cell classes:
 * ```
 *   LAND  any cell the coastline passes through, or whose centre is on land
 *         (conservative: a non-LAND cell holds no land at all)
 *   NEAR  within `nearKm` of LAND: passable, but dearer for the router
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

/** Kilometres per degree of latitude. */
export const KM_PER_DEG_LAT = 110.574;
/** Kilometres per degree of longitude at the equator. */
export const KM_PER_DEG_LON = 111.32;

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

/** Options of {@link seaGridFromLand}. */
export interface SeaGridOptions {
  /** Cell size in km. @defaultValue 0.5 */
  cellKm: number;
  /** Width of the NEAR band along the coast, km. @defaultValue 2 */
  nearKm: number;
}

/** Defaults of {@link SeaGridOptions}. */
export const defaultSeaGridOptions: SeaGridOptions = { cellKm: 0.5, nearKm: 2 };

/** Land polygons, as in geo/land.geojson. */
export type Land = FeatureCollection<Polygon | MultiPolygon>;
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

/** Fractional grid position [col, row] of a [lon, lat]. */
export const toGrid = (g: SeaGrid, p: Position): [number, number] => [(p[0]! - g.west) / g.dLon, (p[1]! - g.south) / g.dLat];
/** [lon, lat] of the centre of cell `i`. */
export const centre = (g: SeaGrid, i: number): Position =>
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
 * @param options - cell size and width of the NEAR band
 */
export function seaGridFromLand(land: Land, bbox: Bbox, options: Partial<SeaGridOptions> = {}): SeaGrid {
  const o = { ...defaultSeaGridOptions, ...options };
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

/** The up to 8 neighbours of cell `i`. */
export function* neighbours(g: SeaGrid, i: number): Generator<number> {
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
