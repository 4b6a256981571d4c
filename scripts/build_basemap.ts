/**
 * Builds the offline basemap: `geo/land.geojson` (Natural Earth 10 m land of the
 * region, drawn below zoom 7 and where no cell is), `geo/border.geojson` (the
 * 1905–1945 border along 50°N) and `geo/coast/` (GSHHG full resolution in 1°
 * cells, from zoom 7: scripts/basemap/detail.ts; the Debian packages `gmt` and
 * `gmt-gshhg-full` are installed when missing and running as root).
 *
 * Run with `npm run basemap` (= `npx tsx scripts/build_basemap.ts`). The output
 * is deterministic: the same input gives the same bytes.
 *
 * Clipping: `@turf/bbox-clip` leaves zero-area "hairline" rings along the clip
 * edges, so each polygon is first clipped to a slightly larger box, degenerate
 * rings are dropped, and only then is the polygon intersected with the exact
 * box (`@turf/intersect`), which gives clean straight edges.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { bboxClip } from '@turf/bbox-clip';
import { intersect } from '@turf/intersect';
import { simplify } from '@turf/simplify';
import { lineIntersect } from '@turf/line-intersect';
import { featureCollection, lineString, polygon } from '@turf/helpers';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { writeDetailCells } from './basemap/detail.ts';
import { ensureGmt } from './basemap/gshhg.ts';

/** The basemap extent [west, south, east, north] in degrees. */
export const BASEMAP_BBOX = [135, 41, 162.5, 55] as const;

/** Options of {@link landFromTopology}. */
export interface BasemapOptions {
  /** Extent to clip to, degrees. @defaultValue {@link BASEMAP_BBOX} */
  bbox: readonly [number, number, number, number];
  /**
   * Douglas–Peucker tolerance in degrees. @defaultValue 0.006 (≈ 450–670 m):
   * the land is a backdrop at zoom 5–9 (a pixel is 0.2–3 km there), and every
   * kilobyte is on the page load (0.002 was 18.2 KB gzip, 0.006 is 12.0).
   */
  tolerance: number;
  /**
   * Decimal places kept. @defaultValue 3 (≤ 56 m north–south, ≤ 42 m east–west
   * here): under the simplification tolerance and far under the accuracy of a
   * 1:10 million coastline, which puts some ports ~2 km inland. A polygon that
   * rounding would make invalid (a ring crossing itself or another ring,
   * collapsing, or turning over) keeps one more decimal.
   */
  precision: number;
}

/** Defaults of {@link BasemapOptions}. */
export const defaultBasemapOptions: BasemapOptions = { bbox: BASEMAP_BBOX, tolerance: 0.006, precision: 3 };

type Box = readonly [number, number, number, number];

/**
 * Signed area of a ring by the shoelace formula.
 * @param ring - closed ring of [lon, lat]
 * @returns area in square degrees (positive for counter-clockwise)
 */
export function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const p = ring[i]!;
    const q = ring[i + 1]!;
    a += p[0]! * q[1]! - q[0]! * p[1]!;
  }
  return a / 2;
}

/**
 * Whether a ring is degenerate: fewer than 3 distinct positions (4 with the
 * closing one) or an area of about zero.
 * @param ring - closed ring of [lon, lat]
 * @param minArea - smallest kept area in square degrees
 */
export function isDegenerateRing(ring: Position[], minArea = 1e-7): boolean {
  const distinct = new Set(ring.map((p) => `${p[0]},${p[1]}`));
  return distinct.size < 3 || Math.abs(ringArea(ring)) < minArea;
}

/** Drops degenerate rings; null when the outer ring itself is degenerate. */
function cleanPolygon(rings: Position[][]): Position[][] | null {
  if (rings.length === 0 || isDegenerateRing(rings[0]!)) return null;
  return [rings[0]!, ...rings.slice(1).filter((r) => !isDegenerateRing(r))];
}

/** Polygons of a Polygon or MultiPolygon geometry. */
function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function ringBox(ring: Position[]): Box {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    w = Math.min(w, x!); e = Math.max(e, x!); s = Math.min(s, y!); n = Math.max(n, y!);
  }
  return [w, s, e, n];
}

const inside = (a: Box, b: Box) => a[0] >= b[0] && a[1] >= b[1] && a[2] <= b[2] && a[3] <= b[3];
const disjoint = (a: Box, b: Box) => a[2] < b[0] || a[0] > b[2] || a[3] < b[1] || a[1] > b[3];

/**
 * Clips one polygon to a box with clean edges (see the file comment).
 * @param rings - polygon rings, outer first
 * @param box - exact extent [w, s, e, n] in degrees
 * @returns the clipped polygons (possibly none)
 */
export function clipPolygon(rings: Position[][], box: Box): Position[][][] {
  const b = ringBox(rings[0]!);
  if (disjoint(b, box)) return [];
  if (inside(b, box)) return [rings];
  const pad = 0.1;
  const big: Box = [box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad];
  const coarse = bboxClip(polygon(rings), [...big]).geometry as Polygon | MultiPolygon;
  const out: Position[][][] = [];
  for (const p of polygonsOf(coarse)) {
    const clean = cleanPolygon(p);
    if (!clean) continue;
    const [w, s, e, n] = box;
    const frame = polygon([[[w, s], [e, s], [e, n], [w, n], [w, s]]]);
    const cut = intersect(featureCollection([polygon(clean), frame]));
    if (cut) out.push(...polygonsOf(cut.geometry).map(cleanPolygon).filter((x) => x !== null));
  }
  return out;
}

const round = (v: number, precision: number) => {
  const f = 10 ** precision;
  return Math.round(v * f) / f + 0; // `+ 0` turns -0 into 0
};

/** Rounds a ring and removes consecutive duplicates the rounding created. */
function roundRing(ring: Position[], precision: number): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const q = [round(p[0]!, precision), round(p[1]!, precision)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

/**
 * Drops the vertices that rounding made redundant: those on a straight line
 * between their neighbours, and spikes (a vertex whose neighbours coincide or
 * line up with it going back). Exact: the test runs on the integer grid of the
 * rounding.
 * @param ring - closed, rounded ring
 * @param precision - decimals it was rounded to
 * @returns the closed ring without those vertices (possibly degenerate)
 */
export function dropRedundant(ring: Position[], precision: number): Position[] {
  const f = 10 ** precision;
  const open = ring.slice(0, -1);
  const grid = open.map((p) => [Math.round(p[0]! * f), Math.round(p[1]! * f)] as const);
  const keep = open.map((_, i) => i);
  for (let changed = true; changed && keep.length > 3; ) {
    changed = false;
    for (let k = 0; k < keep.length && keep.length > 3; ) {
      const a = grid[keep[(k + keep.length - 1) % keep.length]!]!;
      const b = grid[keep[k]!]!;
      const c = grid[keep[(k + 1) % keep.length]!]!;
      const cross = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
      const same = (a[0] === b[0] && a[1] === b[1]) || (b[0] === c[0] && b[1] === c[1]);
      if (cross === 0 || same) {
        keep.splice(k, 1);
        changed = true;
      } else k++;
    }
  }
  const out = keep.map((i) => open[i]!);
  return [...out, out[0]!];
}

/** Whether segments p1–p2 and q1–q2 meet (touching counts). */
function segmentsMeet(p1: Position, p2: Position, q1: Position, q2: Position): boolean {
  const o = (a: Position, b: Position, c: Position) => Math.sign((b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!));
  const on = (a: Position, b: Position, c: Position) =>
    Math.min(a[0]!, b[0]!) <= c[0]! && c[0]! <= Math.max(a[0]!, b[0]!) && Math.min(a[1]!, b[1]!) <= c[1]! && c[1]! <= Math.max(a[1]!, b[1]!);
  const d1 = o(q1, q2, p1), d2 = o(q1, q2, p2), d3 = o(p1, p2, q1), d4 = o(p1, p2, q2);
  if (d1 * d2 < 0 && d3 * d4 < 0) return true;
  return (d1 === 0 && on(q1, q2, p1)) || (d2 === 0 && on(q1, q2, p2)) || (d3 === 0 && on(p1, p2, q1)) || (d4 === 0 && on(p1, p2, q2));
}

/**
 * Whether a polygon is simple: no ring meets itself except where consecutive
 * edges join, and no two rings meet. Quadratic, with a box test per edge:
 * fine for the basemap's rings (under a thousand vertices each).
 * @param rings - closed rings, outer first
 */
export function isSimplePolygon(rings: Position[][]): boolean {
  const edges: { a: Position; b: Position; ring: number; i: number; n: number }[] = [];
  rings.forEach((ring, r) => {
    for (let i = 0; i + 1 < ring.length; i++) edges.push({ a: ring[i]!, b: ring[i + 1]!, ring: r, i, n: ring.length - 1 });
  });
  const boxes = edges.map(({ a, b }) => ringBox([a, b]));
  for (let x = 0; x < edges.length; x++) {
    for (let y = x + 1; y < edges.length; y++) {
      const e = edges[x]!, g = edges[y]!;
      if (e.ring === g.ring && (g.i === e.i + 1 || (e.i === 0 && g.i === e.n - 1))) continue; // neighbours share a vertex
      if (disjoint(boxes[x]!, boxes[y]!)) continue;
      if (segmentsMeet(e.a, e.b, g.a, g.b)) return false;
    }
  }
  return true;
}

/**
 * Rounds a simplified polygon to `precision` decimals and drops the vertices
 * that rounding made redundant; if the result is not a valid polygon with the
 * same rings turning the same way, tries one more decimal (up to 6).
 * @param rings - closed rings, outer first
 * @param precision - decimals wanted
 * @returns the rounded rings and the decimals used, or null when even 6 decimals leave the outer ring degenerate
 */
export function roundPolygon(rings: Position[][], precision: number): { rings: Position[][]; precision: number } | null {
  for (let p = precision; p <= 6; p++) {
    const rounded = rings.map((r) => dropRedundant(roundRing(r, p), p));
    if (isDegenerateRing(rounded[0]!)) continue;
    const kept = [rounded[0]!, ...rounded.slice(1).filter((r) => !isDegenerateRing(r))];
    const turnsSame = kept.every((r) => Math.sign(ringArea(r)) === Math.sign(ringArea(rings[rounded.indexOf(r)]!)));
    if (turnsSame && isSimplePolygon(kept)) return { rings: kept, precision: p };
  }
  return null;
}

/**
 * Land polygons of the region from a Natural Earth TopoJSON (world-atlas).
 * @param topo - `world-atlas/land-10m.json`
 * @param options - extent, simplification tolerance and precision
 * @returns one Polygon feature per land mass, `source: "natural-earth"`,
 *   largest first
 */
export function landFromTopology(topo: Topology, options: Partial<BasemapOptions> = {}): FeatureCollection<Polygon> {
  const o = { ...defaultBasemapOptions, ...options };
  const land = feature(topo, topo.objects.land!) as unknown as FeatureCollection<Polygon | MultiPolygon>;
  const polys: Position[][][] = [];
  for (const f of land.features) {
    for (const p of polygonsOf(f.geometry)) {
      // Drop repeated positions and tiny holes first: @turf/simplify throws on them.
      const clean = cleanPolygon(p.map((r) => roundRing(r, 9)));
      if (clean) polys.push(...clipPolygon(clean, o.bbox));
    }
  }
  const features: Feature<Polygon>[] = [];
  for (const rings of polys) {
    const s = simplify(polygon(rings), { tolerance: o.tolerance, highQuality: true });
    // null: a speck under ~0.001 km² that simplification already flattened, dropped as before rounding
    const rounded = roundPolygon(s.geometry.coordinates, o.precision);
    if (rounded) features.push(polygon(rounded.rings, { source: 'natural-earth' }));
  }
  const area = (f: Feature<Polygon>) => Math.abs(ringArea(f.geometry.coordinates[0]!));
  const key = (f: Feature<Polygon>) => f.geometry.coordinates[0]![0]!.join(',');
  features.sort((a, b) => area(b) - area(a) || key(a).localeCompare(key(b)));
  return featureCollection(features);
}

/**
 * The 1905–1945 border: the 50th parallel across Sakhalin, from the west coast
 * to the east coast where 50°N meets the given land.
 * @param land - land polygons (must contain Sakhalin)
 * @returns a LineString with a vertex every 0.1° of longitude
 */
export function borderFromLand(land: FeatureCollection<Polygon>): Feature<LineString> {
  const probe = lineString([[141, 50], [145, 50]]);
  const xs: number[] = [];
  for (const f of land.features) {
    for (const p of lineIntersect(probe, f).features) xs.push(p.geometry.coordinates[0]!);
  }
  if (xs.length < 2) throw new Error(`50°N meets Sakhalin's coast ${xs.length} times, expected 2 or more`);
  const west = round(Math.min(...xs), 4);
  const east = round(Math.max(...xs), 4);
  const coords: Position[] = [[west, 50]];
  for (let x = Math.ceil(west * 10) / 10; x < east; x = round(x + 0.1, 4)) if (x > west) coords.push([x, 50]);
  coords.push([east, 50]);
  return lineString(coords, {
    id: 'border_50n',
    'name:en': '1905–1945 border (50°N)',
    'name:ja': '北緯50度線 (日露国境)',
    'name:ru': 'граница по 50-й параллели (1905–1945)',
  });
}

/** Writes GeoJSON with one feature per line (small diffs, stable bytes). */
export function stringifyCollection(fc: FeatureCollection): string {
  const lines = fc.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

function main(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const topo = JSON.parse(readFileSync(`${root}node_modules/world-atlas/land-10m.json`, 'utf8')) as Topology;
  const land = landFromTopology(topo);
  writeFileSync(`${root}geo/land.geojson`, stringifyCollection(land));
  writeFileSync(`${root}geo/border.geojson`, stringifyCollection(featureCollection([borderFromLand(land)])));
  console.log(`land: ${land.features.length} polygons`);
  ensureGmt();
  console.log(`coast: ${writeDetailCells(`${root}geo/coast`, land)} cells`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
