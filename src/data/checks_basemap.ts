/**
 * Rules for the basemap's own data: names stand in the region, have unique
 * ids and existing sources; rivers of the coast cells never cross the sea.
 */
import type { FeatureCollection, Polygon } from 'geojson';
import { cellFeatures, type CellFile } from './coast_cells.ts';
import type { NameCollection, RailwayCollection } from './basemap_schema.ts';
import type { ValidationIssue } from './issues.ts';
import { distanceToCoastKm, isOnLand, landIndexFromCollection } from './land_index.ts';
import { REGION_BBOX, type LandCollection } from './schema.ts';
import { pointToLineKm } from './line_distance.ts';

/** A river may leave its cell's land only this far (its mouth: GSHHG's river and shore lines are digitised apart). */
export const RIVER_MOUTH_KM = 1;

/**
 * Names: ids unique (also against the other files' ids), sources and coord_source existing, points in the region.
 * @param names - the parsed names file
 * @param file - its path in messages
 * @param sourceIds - ids of sources.json, or undefined when it failed to parse (no reference check then)
 * @param otherIds - ids used by the other files (places, routes, events)
 */
export function checkNames(names: NameCollection, file: string, sourceIds: ReadonlySet<string> | undefined,
  otherIds: ReadonlySet<string>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  const [w, s, e, n] = REGION_BBOX;
  for (const { properties: p, geometry } of names.features) {
    const at = { file, feature: p.id };
    if (seen.has(p.id) || otherIds.has(p.id)) issues.push({ ...at, field: 'id', message: 'is already used' });
    seen.add(p.id);
    const [lon = NaN, lat = NaN] = geometry.coordinates;
    if (!(lon >= w && lon <= e && lat >= s && lat <= n)) {
      issues.push({ ...at, field: 'geometry.coordinates', message: `[${lon}, ${lat}] is outside the atlas region (${w} to ${e}°E, ${s} to ${n}°N)` });
    }
    if (!sourceIds) continue;
    p.sources.forEach((id, i) => {
      if (!sourceIds.has(id)) issues.push({ ...at, field: `sources.${i}`, message: `"${id}" is not in sources.json` });
    });
    if (!sourceIds.has(p.coord_source)) issues.push({ ...at, field: 'coord_source', message: `"${p.coord_source}" is not in sources.json` });
  }
  return issues;
}

/**
 * A coast cell's rivers stay on its land: every vertex on land or within
 * {@link RIVER_MOUTH_KM} of the coast.
 * @param cell - the parsed cell
 * @param box - its extent
 * @param file - its path in messages
 */
export function checkCellRivers(cell: CellFile, box: [number, number, number, number], file: string): ValidationIssue[] {
  const fc = cellFeatures(cell, box);
  const polygons = fc.features.filter((f) => f.properties?.kind === 'land').flatMap((f) =>
    (f.geometry as { coordinates: Polygon['coordinates'][] }).coordinates.map((rings) => ({
      type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates: rings },
    })));
  const land = landIndexFromCollection({ type: 'FeatureCollection', features: polygons } as FeatureCollection as LandCollection);
  const issues: ValidationIssue[] = [];
  const rivers = fc.features.find((f) => f.properties?.kind === 'river')?.geometry as { coordinates: number[][][] } | undefined;
  rivers?.coordinates.forEach((line, r) => {
    const i = line.findIndex((p) => !isOnLand(land, p) && distanceToCoastKm(land, p) > RIVER_MOUTH_KM);
    if (i === -1) return;
    const p = line[i]!;
    const km = distanceToCoastKm(land, p);
    issues.push({ file, index: r, field: `rivers.${r}`, message: `position ${i} [${p[0]}, ${p[1]}] is ${km === Infinity ? 'in a cell with no land' :
      `${km.toFixed(1)} km out at sea`}: a river must stay on land (within ${RIVER_MOUTH_KM} km of the coast at its mouth)` });
  });
  return issues;
}

/**
 * Railways: unique ids, existing sources, every station within its stated
 * uncertainty of its line.
 * @param railways - the parsed railways file
 * @param file - its path in messages
 * @param sourceIds - ids of sources.json, or undefined when it failed to parse
 * @param otherIds - ids used by the other files
 */
export function checkRailways(railways: RailwayCollection, file: string, sourceIds: ReadonlySet<string> | undefined,
  otherIds: ReadonlySet<string>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const { properties: p, geometry } of railways.features) {
    const at = { file, feature: p.id };
    if (seen.has(p.id) || otherIds.has(p.id)) issues.push({ ...at, field: 'id', message: 'is already used' });
    seen.add(p.id);
    p.stations.forEach((s, i) => {
      const km = pointToLineKm(s.coordinates, geometry.coordinates);
      if (km * 1000 > s.uncertainty_m) {
        issues.push({ ...at, field: `stations.${i}`, message: `(${s['name:ja'] ?? s['name:ja-Latn']}) is ${km.toFixed(1)} km from the line, ` +
          `more than its uncertainty of ${s.uncertainty_m} m` });
      }
      if (sourceIds && !sourceIds.has(s.coord_source)) {
        issues.push({ ...at, field: `stations.${i}.coord_source`, message: `"${s.coord_source}" is not in sources.json` });
      }
    });
    if (!sourceIds) continue;
    p.sources.forEach((id, i) => {
      if (!sourceIds.has(id)) issues.push({ ...at, field: `sources.${i}`, message: `"${id}" is not in sources.json` });
    });
  }
  return issues;
}
