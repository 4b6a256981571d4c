/**
 * Geography rules: positions against the atlas region, against the basemap's
 * land and against each other (routes start and end at their places, events
 * stand on their first place). Pure; the land is indexed once per call.
 */
import { distance } from '@turf/distance';
import type { Position } from 'geojson';
import { REGION_BBOX, seaPlaceKinds } from './schema.ts';
import type { ValidationIssue } from './issues.ts';
import type { DataToCheck, DataPaths } from './check_inputs.ts';
import { distanceToCoastKm, firstLandCrossing, isInExtent, isOnLand, landIndexFromCollection,
  type LandIndex } from './land_index.ts';

/** Tolerances of the geography rules, in kilometres. */
const GEO_LIMITS = {
  /** A place on land may sit this far off the basemap's coast (ports, capes, small islands). */
  coastKm: 2,
  /** A place at sea (bay, wreck, sea area) may sit this far inland of the basemap's coast. */
  seaInlandKm: 0.5,
  /** A route's first/last vertex lies this close to its `from`/`to` place. */
  routeEndKm: 3,
  /** A sea route may touch land only this close to its two ends. */
  seaRouteEndKm: 3,
  /** An event's point equals its first place's to within this. */
  eventPlaceKm: 0.1,
  /** Longest route segment: the animation interpolates straight between vertices. */
  segmentKm: 50,
} as const;

/** `450 m` under a kilometre, else `12.3 km`. */
function lengthText(km: number): string {
  return km < 1 ? `${Math.round(km * 1000)} m` : `${Number(km.toFixed(1))} km`;
}

/** `[142.2500, 46.3000]`: about 10 m, enough to find the spot. */
function positionText(p: Position): string {
  return `[${p.map((c) => Number(c.toFixed(4))).join(', ')}]`;
}

const [west, south, east, north] = REGION_BBOX;
const regionText = `the atlas region (${west} to ${east}°E, ${south} to ${north}°N)`;

/** Whether a position lies in {@link REGION_BBOX}. */
function isInRegion([lon = NaN, lat = NaN]: Position): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

/** Kilometres between two positions (great circle). */
function km(a: Position, b: Position): number {
  return distance(a, b, { units: 'kilometers' });
}

/**
 * Runs the geography rules. Land rules apply only where the basemap has land
 * to judge by (inside its extent) and only to positions inside the region.
 * @param data - the parsed files; without `land`, only the land rules are skipped
 * @param paths - file names for issues
 */
export function checkGeography(data: DataToCheck, paths: DataPaths): ValidationIssue[] {
  const land = data.land && landIndexFromCollection(data.land);
  const fineLand = data.fineLand && landIndexFromCollection(data.fineLand);
  const placeAt = new Map<string, Position>();
  for (const f of data.places?.features ?? []) placeAt.set(f.properties.id, f.geometry.coordinates);
  return [
    ...checkPlaces(data, paths, land, fineLand),
    ...checkRoutes(data, paths, land, placeAt),
    ...checkEvents(data, paths, placeAt),
  ];
}

/** Region, then land or sea by kind. */
function checkPlaces(data: DataToCheck, paths: DataPaths, land: LandIndex | undefined, fineLand: LandIndex | undefined): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const { properties: p, geometry } of data.places?.features ?? []) {
    const at = { file: paths.places, feature: p.id };
    const pos = geometry.coordinates;
    if (!isInRegion(pos)) {
      issues.push({ ...at, field: 'geometry.coordinates', message: `${positionText(pos)} is outside ${regionText}` });
      continue;
    }
    if (!land || !isInExtent(land, pos)) continue;
    const onLand = isOnLand(land, pos) || (fineLand !== undefined && isInExtent(fineLand, pos) && isOnLand(fineLand, pos));
    if (seaPlaceKinds.has(p.kind)) {
      const inland = onLand ? distanceToCoastKm(land, pos) : 0;
      if (inland > GEO_LIMITS.seaInlandKm) {
        issues.push({ ...at, field: 'geometry', message: `is ${lengthText(inland)} inland: a ${p.kind} must be at sea ` +
          `or within ${lengthText(GEO_LIMITS.seaInlandKm)} of the coast` });
      }
    } else if (!onLand) {
      const fine = fineLand && isInExtent(fineLand, pos) ? distanceToCoastKm(fineLand, pos) : Infinity;
      const offshore = Math.min(distanceToCoastKm(land, pos), fine);
      if (offshore > GEO_LIMITS.coastKm) {
        issues.push({ ...at, field: 'geometry', message: `is ${lengthText(offshore)} from land: a ${p.kind} must be on land ` +
          `or within ${lengthText(GEO_LIMITS.coastKm)} of the coast` });
      }
    }
  }
  return issues;
}

/** Vertices (region, repeats, spacing), ends at their places, sea routes off land. */
function checkRoutes(
  data: DataToCheck, paths: DataPaths, land: LandIndex | undefined, placeAt: Map<string, Position>,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const { properties: p, geometry } of data.routes?.features ?? []) {
    const at = { file: paths.routes, feature: p.id };
    const line = geometry.coordinates;
    const outside = line.findIndex((pos) => !isInRegion(pos));
    if (outside !== -1) {
      issues.push({ ...at, field: `geometry.coordinates.${outside}`,
        message: `${positionText(line[outside]!)} is outside ${regionText}` });
      continue;
    }
    for (let i = 1; i < line.length; i++) {
      const step = km(line[i - 1]!, line[i]!);
      const field = `geometry.coordinates.${i}`;
      if (line[i]![0] === line[i - 1]![0] && line[i]![1] === line[i - 1]![1]) {
        issues.push({ ...at, field, message: 'repeats the previous vertex' });
      } else if (step > GEO_LIMITS.segmentKm) {
        issues.push({ ...at, field, message: `is ${lengthText(step)} from the previous vertex ` +
          `(at most ${GEO_LIMITS.segmentKm} km, for a smooth animation)` });
      }
    }
    for (const [field, vertex, which] of [['from', line[0]!, 'first'], ['to', line[line.length - 1]!, 'last']] as const) {
      const place = placeAt.get(p[field]);
      const gap = place && km(place, vertex);
      if (gap !== undefined && gap > GEO_LIMITS.routeEndKm) {
        issues.push({ ...at, field, message: `place "${p[field]}" is ${lengthText(gap)} from the route's ${which} vertex ` +
          `(at most ${GEO_LIMITS.routeEndKm} km)` });
      }
    }
    if (p.mode === 'sea' && land) {
      const crossing = firstLandCrossing(land, line, GEO_LIMITS.seaRouteEndKm);
      if (crossing) {
        issues.push({ ...at, field: 'geometry', message: `crosses land at ${positionText(crossing)}: a sea route ` +
          `may touch land only within ${GEO_LIMITS.seaRouteEndKm} km of its ends` });
      }
    }
  }
  return issues;
}

/** A point stands on the event's first place; context events have neither. */
function checkEvents(data: DataToCheck, paths: DataPaths, placeAt: Map<string, Position>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const { properties: p, geometry } of data.events?.features ?? []) {
    const at = { file: paths.events, feature: p.id };
    const first = p.places[0];
    if (!geometry) {
      if (first !== undefined) {
        issues.push({ ...at, field: 'geometry', message: `is null, but places lists "${first}": ` +
          'give the event the point of its first place (null is for context events with no places)' });
      }
      continue;
    }
    const pos = geometry.coordinates;
    if (!isInRegion(pos)) {
      issues.push({ ...at, field: 'geometry.coordinates', message: `${positionText(pos)} is outside ${regionText}` });
    } else if (first === undefined) {
      issues.push({ ...at, field: 'places', message: 'is empty, but the event has a point: list the place it stands on' });
    } else {
      const place = placeAt.get(first);
      const gap = place && km(place, pos);
      if (gap !== undefined && gap > GEO_LIMITS.eventPlaceKm) {
        issues.push({ ...at, field: 'geometry', message: `is ${lengthText(gap)} from its first place "${first}" ` +
          `(at most ${lengthText(GEO_LIMITS.eventPlaceKm)})` });
      }
    }
  }
  return issues;
}
