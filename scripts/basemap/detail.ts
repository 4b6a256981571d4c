/**
 * The harbour-scale basemap: GSHHG full resolution (via GMT) cut into the 1°
 * cells of src/data/coast_cells.ts, one small file per cell in `geo/coast/`.
 * Cells with no shoreline are all land or all sea; they get a file only when
 * they have rivers or Natural Earth disagrees inside them (the cell's square
 * hides the coarse land under it, so it never shows through).
 */
import { execFileSync } from 'node:child_process';
import { booleanIntersects } from '@turf/boolean-intersects';
import { simplify } from '@turf/simplify';
import { lineString } from '@turf/helpers';
import type { FeatureCollection, Polygon, Position } from 'geojson';
import { DETAIL_BOX, DETAIL_CELL_DEG, cellName, encodeLine, CELL_SCALE, type CellFile } from '../../src/data/coast_cells.ts';
import { gmtPieces, isClosed, ringsInBox, stitchChains, type Box } from './gshhg.ts';

/**
 * Douglas–Peucker tolerance in degrees (≈ 5 m): a pixel is 6.5 m at the map's
 * last zoom (13), and GSHHG full resolution is ~100 m accurate at best.
 */
export const DETAIL_TOLERANCE = 0.00005;

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
 * A cell's land, lakes and rivers.
 * @param box - the cell
 * @returns the cell, and whether it has any shoreline (without, it is all land or all sea)
 */
export function cellFromGshhg(box: Box): { file: CellFile; shore: boolean } {
  const rivers = stitchChains(gmtPieces(box, 'rivers')).map((c) => simplified(c.coords)).filter((c) => c.length >= 2);
  const shores = stitchChains(gmtPieces(box, 'shore')).map((c) => ({ level: c.level, coords: simplified(c.coords) }))
    .filter((c) => c.coords.length >= 2 && (!isClosed(c.coords) || isRing(c.coords)));
  // GSHHG keeps land left of its shorelines and lake water right: reversed, a lake closes like land.
  const land = ringsInBox(shores.filter((c) => c.level === 1).map((c) => c.coords), box).filter(isRing);
  const lakes = ringsInBox(shores.filter((c) => c.level === 2).map((c) => [...c.coords].reverse()), box).filter(isRing);
  return { file: { land: land.map(open), lakes: lakes.map(open), rivers: rivers.map((r) => encodeLine(r)) }, shore: shores.length > 0 };
}

/** Whether GSHHG puts the centre of a cell without shoreline on land. */
function cellIsLand(box: Box): boolean {
  const centre = `${(box[0] + box[2]) / 2} ${(box[1] + box[3]) / 2}\n`;
  // -Ns/k: skip wet points, keep dry ones.
  return execFileSync('gmt', ['select', '--GMT_HISTORY=false', '-Df', '-Ns/k'], { input: centre, encoding: 'utf8' }).trim() !== '';
}

/**
 * Every cell's file in the detailed extent, by file name.
 * @param coarse - the Natural Earth land drawn below the detail
 * @returns file name → cell; cells that need no file are absent
 */
export function detailCells(coarse: FeatureCollection<Polygon>): Map<string, CellFile> {
  const out = new Map<string, CellFile>();
  const [w0, s0, e0, n0] = DETAIL_BOX;
  for (let w = w0; w < e0; w += DETAIL_CELL_DEG) {
    for (let s = s0; s < n0; s += DETAIL_CELL_DEG) {
      const box: Box = [w, s, w + DETAIL_CELL_DEG, s + DETAIL_CELL_DEG];
      const { file, shore } = cellFromGshhg(box);
      if (!shore) {
        const cell: Polygon = { type: 'Polygon', coordinates: [square(box)] };
        const land = cellIsLand(box);
        // A sea cell matters where coarse land reaches into it; a land cell where coarse coast crosses it or rivers run.
        const hit = coarse.features.some((c) => (land
          ? c.geometry.coordinates.some((r) => booleanIntersects({ type: 'LineString', coordinates: r }, cell))
          : booleanIntersects(c, cell)));
        if (!hit && file.rivers.length === 0) continue;
        if (land) file.land = [open(square(box))];
      }
      out.set(cellName(w, s), file);
    }
  }
  return out;
}
