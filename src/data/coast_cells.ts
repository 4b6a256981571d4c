/**
 * The harbour-scale basemap's cells (`geo/coast/`, built by
 * scripts/basemap/detail.ts from GSHHG full resolution): 1° cells, each a
 * small JSON file named by its south-west corner, which the map fetches for
 * the cells in view from {@link DETAIL_MIN_ZOOM}. Pure: shared by the build,
 * the validator and the map.
 *
 * A file holds the cell's land and lake rings and its rivers as flat integer
 * arrays: the first position in 1e-5 degrees, then the differences
 * (`[x0, y0, dx1, dy1, …]`), rings left open. Differences of neighbouring
 * vertices are 1–3 digits, so the files gzip to less than half of the same
 * geometry as GeoJSON (measured: 229 KB against 476 KB for the 95 cells).
 */
import type { Feature, FeatureCollection, MultiLineString, Position } from 'geojson';

/** Extent of the detailed coast [west, south, east, north]: Sakhalin, the Kurils, Hokkaido, the Tatar Strait coast, southern Kamchatka. */
export const DETAIL_BOX = [138, 41, 158, 55] as const;
/** Cell size in degrees. */
export const DETAIL_CELL_DEG = 1;
/** The detailed coast replaces Natural Earth's from this zoom (a pixel is under ~200 m there). */
export const DETAIL_MIN_ZOOM = 7;
/** Units per degree of the encoded coordinates (1e-5°, about 1 m). */
export const CELL_SCALE = 1e5;

/** A cell file as stored. */
export interface CellFile {
  /** Land rings (GSHHG level 1), counter-clockwise, open (the first position is not repeated). */
  land: number[][];
  /** Lake rings (level 2), counter-clockwise, open. */
  lakes: number[][];
  /** River lines (WDBII). */
  rivers: number[][];
}

/**
 * File name of the cell whose south-west corner is given.
 * @example cellName(142, 46) // 'c142_46.json'
 */
export function cellName(west: number, south: number): string {
  return `c${west}_${south}.json`;
}

/**
 * The cell a file name stands for.
 * @param name - e.g. `c142_46.json` (a path ending in it works too)
 * @returns [west, south, east, north], or null when the name is not a cell's
 */
export function cellBox(name: string): [number, number, number, number] | null {
  const m = /c(\d+)_(\d+)\.json$/.exec(name);
  if (!m) return null;
  const w = Number(m[1]), s = Number(m[2]);
  return [w, s, w + DETAIL_CELL_DEG, s + DETAIL_CELL_DEG];
}

/**
 * Names of the cells a box touches, whether or not they have a file.
 * @param bounds - [west, south, east, north] in degrees
 * @returns file names, within {@link DETAIL_BOX}
 */
export function cellsInBounds([w, s, e, n]: readonly [number, number, number, number]): string[] {
  const names: string[] = [];
  const x0 = Math.max(DETAIL_BOX[0], Math.floor(w)), x1 = Math.min(DETAIL_BOX[2] - 1, Math.floor(e));
  const y0 = Math.max(DETAIL_BOX[1], Math.floor(s)), y1 = Math.min(DETAIL_BOX[3] - 1, Math.floor(n));
  for (let x = x0; x <= x1; x += DETAIL_CELL_DEG) for (let y = y0; y <= y1; y += DETAIL_CELL_DEG) names.push(cellName(x, y));
  return names;
}

/**
 * Positions as the file stores them.
 * @param line - positions (a ring without its closing repeat)
 */
export function encodeLine(line: readonly Position[]): number[] {
  const out: number[] = [];
  let px = 0, py = 0;
  for (const p of line) {
    const x = Math.round(p[0]! * CELL_SCALE), y = Math.round(p[1]! * CELL_SCALE);
    out.push(x - px, y - py);
    [px, py] = [x, y];
  }
  return out;
}

/** Positions from {@link encodeLine}'s integers. */
export function decodeLine(codes: readonly number[]): Position[] {
  const out: Position[] = [];
  let x = 0, y = 0;
  for (let i = 0; i + 1 < codes.length; i += 2) {
    x += codes[i]!;
    y += codes[i + 1]!;
    out.push([x / CELL_SCALE, y / CELL_SCALE]);
  }
  return out;
}

/** Whether segment a–b runs along the box's edge (the cut, not the coast). */
function onEdge(a: Position, b: Position, [w, s, e, n]: readonly [number, number, number, number]): boolean {
  const eps = 1e-9;
  const same = (u: number, v: number, k: number) => Math.abs(u - k) < eps && Math.abs(v - k) < eps;
  return same(a[0]!, b[0]!, w) || same(a[0]!, b[0]!, e) || same(a[1]!, b[1]!, s) || same(a[1]!, b[1]!, n);
}

/**
 * The shoreline of closed rings: their edges, without those the cell's cut
 * added along its edges, as lines.
 * @param rings - closed rings
 * @param box - the cell
 */
export function shoreLines(rings: readonly Position[][], box: readonly [number, number, number, number]): Position[][] {
  const lines: Position[][] = [];
  for (const ring of rings) {
    const n = ring.length - 1;
    const cut = Array.from({ length: n }, (_, i) => onEdge(ring[i]!, ring[i + 1]!, box));
    const firstCut = cut.indexOf(true);
    if (firstCut === -1) {
      lines.push(ring);
      continue;
    }
    // Walk once around from just after a cut edge, so no line is split at the ring's start.
    let current: Position[] = [];
    for (let k = 1; k <= n; k++) {
      const i = (firstCut + k) % n;
      if (cut[i]) {
        if (current.length > 1) lines.push(current);
        current = [];
      } else {
        if (current.length === 0) current.push(ring[i]!);
        current.push(ring[i + 1]!);
      }
    }
    if (current.length > 1) lines.push(current);
  }
  return lines;
}

const close = (ring: Position[]): Position[] => [...ring, ring[0]!];

/**
 * The map features of a cell: its square (`kind: sea`, drawn in sea colour over
 * the coarse land), land, lakes, shoreline (`coast`, land and lake shores,
 * without the cut edges) and rivers.
 * @param file - the stored cell
 * @param box - its extent, from {@link cellBox}
 */
export function cellFeatures(file: CellFile, box: readonly [number, number, number, number]): FeatureCollection {
  const [w, s, e, n] = box;
  const land = file.land.map((r) => close(decodeLine(r)));
  const lakes = file.lakes.map((r) => close(decodeLine(r)));
  const feature = (kind: string, geometry: Feature['geometry']): Feature => ({ type: 'Feature', properties: { kind }, geometry });
  const features = [feature('sea', { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] })];
  if (land.length) features.push(feature('land', { type: 'MultiPolygon', coordinates: land.map((r) => [r]) }));
  if (lakes.length) features.push(feature('lake', { type: 'MultiPolygon', coordinates: lakes.map((r) => [r]) }));
  const coast: MultiLineString = { type: 'MultiLineString', coordinates: shoreLines([...land, ...lakes], box) };
  if (coast.coordinates.length) features.push(feature('coast', coast));
  if (file.rivers.length) features.push(feature('river', { type: 'MultiLineString', coordinates: file.rivers.map(decodeLine) }));
  return { type: 'FeatureCollection', features };
}
