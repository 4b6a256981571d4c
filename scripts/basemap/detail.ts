/**
 * The harbour-scale basemap: GSHHG full resolution (via GMT) cut into the 1°
 * cells of src/data/coast_cells.ts, one small file per cell in `geo/coast/`.
 * Cells with no shoreline are all land or all sea; they get a file only when
 * they have rivers or Natural Earth disagrees inside them (the cell's square
 * hides the coarse land under it, so it never shows through).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { booleanIntersects } from '@turf/boolean-intersects';
import { simplify } from '@turf/simplify';
import { lineString } from '@turf/helpers';
import type { FeatureCollection, Polygon, Position } from 'geojson';
import { RIVER_MOUTH_KM } from '../../src/data/checks_basemap.ts';
import { distanceToCoastKm, isOnLand, landIndexFromCollection } from '../../src/data/land_index.ts';
import type { LandCollection } from '../../src/data/schema.ts';
import { DETAIL_BOX, DETAIL_CELL_DEG, cellName, encodeLine, CELL_SCALE, type CellFile } from '../../src/data/coast_cells.ts';
import { GMT_CWD, gmtPieces, isClosed, ringsInBox, stitchChains, type Box } from './gshhg.ts';

/**
 * Douglas–Peucker tolerance in degrees (≈ 5 m): a pixel is 6.5 m at the map's
 * last zoom (13), and GSHHG full resolution is ~100 m accurate at best.
 */
const DETAIL_TOLERANCE = 0.00005;

const round = (p: Position): Position => [Math.round(p[0]! * CELL_SCALE) / CELL_SCALE, Math.round(p[1]! * CELL_SCALE) / CELL_SCALE];

/** A chain simplified within the tolerance (ends kept), rounded to the file's grid, repeats dropped. */
function simplified(chain: Position[]): Position[] {
  const s = chain.length > 2 ? simplify(lineString(chain), { tolerance: DETAIL_TOLERANCE, highQuality: true }).geometry.coordinates : chain;
  const out: Position[] = [];
  for (const p of s.map(round)) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** Whether a closed ring still encloses something after simplification. */
const isRing = (r: Position[]) => r.length >= 4 && new Set(r.map(String)).size >= 3;
/** A closed ring as stored: without its closing repeat. */
const open = (r: Position[]) => encodeLine(r.slice(0, -1));
const square = ([w, s, e, n]: Box): Position[] => [[w, s], [e, s], [e, n], [w, n], [w, s]];

/**
 * The parts of river lines on the cell's land (or within {@link RIVER_MOUTH_KM}
 * of its coast): WDBII and the shoreline were digitised apart, and some rivers
 * run on into lagoons and estuaries the shoreline leaves to the sea.
 * @param rivers - river lines
 * @param land - closed land rings of the cell
 */
function riversOnLand(rivers: Position[][], land: Position[][]): Position[][] {
  const index = landIndexFromCollection({ type: 'FeatureCollection',
    features: land.map((r) => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [r] } })) } as LandCollection);
  const ok = (p: Position) => isOnLand(index, p) || distanceToCoastKm(index, p) <= RIVER_MOUTH_KM;
  const out: Position[][] = [];
  for (const line of rivers) {
    let run: Position[] = [];
    for (const p of line) {
      if (ok(p)) run.push(p);
      else {
        if (run.length >= 2) out.push(run);
        run = [];
      }
    }
    if (run.length >= 2) out.push(run);
  }
  return out;
}

/**
 * Whether GSHHG puts a position on land (lakes count as land: they are drawn over it).
 * @param p - [lon, lat]
 */
function isLandAt(p: Position): boolean {
  // -N ocean/land/lake/island/pond: skip the ocean, keep the rest.
  return execFileSync('gmt', ['select', '--GMT_HISTORY=false', '-Df', '-Ns/k/k/k/k'], { input: `${p[0]} ${p[1]}\n`, encoding: 'utf8', cwd: GMT_CWD }).trim() !== '';
}

/**
 * A cell's land, lakes and rivers.
 * @param box - the cell
 * @returns the cell; `plain` when it is all land or all sea, without lakes, islands or rivers
 */
function cellFromGshhg(box: Box): { file: CellFile; plain: boolean } {
  const rivers = stitchChains(gmtPieces(box, 'rivers')).map((c) => simplified(c.coords)).filter((c) => c.length >= 2);
  const shores = stitchChains(gmtPieces(box, 'shore')).map((c) => ({ level: c.level, coords: simplified(c.coords) }))
    .filter((c) => c.coords.length >= 2 && (!isClosed(c.coords) || isRing(c.coords)));
  const coast = shores.some((c) => c.level === 1 && !isClosed(c.coords));
  // GSHHG keeps land left of its shorelines and lake water right: reversed, a lake closes like land.
  let land = ringsInBox(shores.filter((c) => c.level === 1).map((c) => c.coords), box).filter(isRing);
  // No coast crosses the edge: the edge is all land (land around lakes) or all sea (sea around islands).
  const whole = !coast && isLandAt([box[0] + 1e-5, box[1] + 1e-5]);
  if (whole) land = [square(box)];
  const lakes = ringsInBox(shores.filter((c) => c.level === 2).map((c) => [...c.coords].reverse()), box).filter(isRing);
  const plain = !coast && lakes.length === 0 && rivers.length === 0 && (whole || land.length === 0);
  const kept = riversOnLand(rivers, land);
  return { file: { land: land.map(open), lakes: lakes.map(open), rivers: kept.map((r) => encodeLine(r)) }, plain };
}

/**
 * Every cell's file in the detailed extent, by file name.
 * @param coarse - the Natural Earth land drawn below the detail
 * @returns file name → cell; cells that need no file are absent
 */
function detailCells(coarse: FeatureCollection<Polygon>): Map<string, CellFile> {
  const out = new Map<string, CellFile>();
  const [w0, s0, e0, n0] = DETAIL_BOX;
  for (let w = w0; w < e0; w += DETAIL_CELL_DEG) {
    for (let s = s0; s < n0; s += DETAIL_CELL_DEG) {
      const box: Box = [w, s, w + DETAIL_CELL_DEG, s + DETAIL_CELL_DEG];
      const { file, plain } = cellFromGshhg(box);
      if (plain) {
        const cell: Polygon = { type: 'Polygon', coordinates: [square(box)] };
        // A plain sea cell matters where coarse land reaches into it; a plain land cell where coarse coast crosses it.
        const hit = coarse.features.some((c) => (file.land.length
          ? c.geometry.coordinates.some((r) => booleanIntersects({ type: 'LineString', coordinates: r }, cell))
          : booleanIntersects(c, cell)));
        if (!hit) continue;
      }
      out.set(cellName(w, s), file);
    }
  }
  return out;
}

/**
 * Replaces the directory's cell files with {@link detailCells}'s, one line of JSON each.
 * @param dir - `geo/coast`
 * @param coarse - the Natural Earth land drawn below the detail
 * @returns the number of cells written
 */
export function writeDetailCells(dir: string, coarse: FeatureCollection<Polygon>): number {
  const cells = detailCells(coarse);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  for (const [name, cell] of cells) writeFileSync(`${dir}/${name}`, `${JSON.stringify(cell)}\n`);
  return cells.size;
}
