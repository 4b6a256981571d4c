/**
 * The land of the GSHHG coast cells (geo/coast/), as one collection: the finest
 * coast the atlas draws (from zoom 7). The validator places points against it
 * and the route builder keeps sea routes off it, so a line never crosses an
 * island that only the fine coast shows.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { coastCellSchema } from '../../src/data/basemap_schema.ts';
import { cellBox, cellFeatures } from '../../src/data/coast_cells.ts';
import { parseJsonText } from '../../src/data/parse.ts';
import type { LandCollection } from '../../src/data/schema.ts';

/**
 * Reads the coast cells of a directory.
 * @param dir - the coast directory (geo/coast)
 * @returns cell texts by file name, sorted; undefined when the directory is missing
 */
export function readCoastCells(dir: string): Record<string, string> | undefined {
  if (!existsSync(dir)) return undefined;
  return Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => [f, readFileSync(resolve(dir, f), 'utf8')]));
}

/**
 * The land of the coast cells as one collection (unparseable cells are reported by the validator).
 * @param cells - cell texts by file name
 * @returns land polygons, or undefined without cells
 */
export function fineLandFromCells(cells: Record<string, string> | undefined): LandCollection | undefined {
  if (!cells) return undefined;
  const features: LandCollection['features'] = [];
  for (const [name, text] of Object.entries(cells)) {
    const box = cellBox(name);
    const json = parseJsonText(text, name);
    const cell = box && json.ok ? coastCellSchema.safeParse(json.value) : null;
    if (!box || !cell?.success) continue;
    for (const f of cellFeatures(cell.data, box).features) {
      if (f.properties?.kind === 'land' && f.geometry.type === 'MultiPolygon') {
        features.push({ type: 'Feature', properties: null, geometry: f.geometry as LandCollection['features'][number]['geometry'] });
      }
    }
  }
  return { type: 'FeatureCollection', features };
}
