/**
 * Builds `geo/routes.geojson` from `scripts/route_specs.ts`, the places of
 * `geo/places.geojson` and the land of `geo/land.geojson`.
 *
 * Sea routes go through the sea router (`src/core/sea_router.ts`): they round
 * capes and never cross land except at their harbour ends, where a port that
 * Natural Earth puts slightly inland is joined to the nearest water. A route
 * to an island's centre point ends on the coast nearest that point instead.
 * Land routes are polylines through their waypoints. Every route is densified
 * to segments of at most 10 km, rounded to 5 decimals (~1 m), validated with
 * the schema and checked for land crossings; the script fails on any problem.
 *
 * Run with `npm run routes` (= `npx tsx scripts/build_routes.ts`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { booleanIntersects } from '@turf/boolean-intersects';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { lineSliceAlong } from '@turf/line-slice-along';
import { length } from '@turf/length';
import { lineString, point } from '@turf/helpers';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { densify, kmBetween, routeSea } from '../src/core/sea_router.ts';
import { routeFeatureSchema, type RouteFeature } from '../src/data/schema.ts';
import { routeSpecs, type RouteSpec, type Waypoint } from './route_specs.ts';

type Land = FeatureCollection<Polygon | MultiPolygon>;
type Places = FeatureCollection<{ type: 'Point'; coordinates: Position }, { id: string; kind: string }>;

/** Place kinds whose point is the middle of an island: sea routes stop at its coast. */
export const ISLAND_KINDS: ReadonlySet<string> = new Set(['island', 'island_group']);
/** Longest segment of a route, km. */
export const MAX_SEGMENT_KM = 5;
/** Length at each end of a sea route that may cross land (harbours), km. */
export const HARBOUR_KM = 3;

/** Distance within which an island route must end from the island's point, km. */
export const ISLAND_END_KM = 15;

/**
 * How far a route's end may lie from its place: {@link HARBOUR_KM} for ports
 * and towns, {@link ISLAND_END_KM} for islands, `coastEnd.km` where declared.
 * @param spec - the route
 * @param end - which end
 * @param kind - the kind of that end's place
 */
export function endToleranceKm(spec: RouteSpec, end: 'from' | 'to', kind: string | undefined): number {
  if (end === 'to' && spec.coastEnd) return spec.coastEnd.km;
  return spec.properties.mode === 'sea' && ISLAND_KINDS.has(kind ?? '') ? ISLAND_END_KM : HARBOUR_KM;
}

const round = (v: number) => Math.round(v * 1e5) / 1e5 + 0;

/** Whether a position is on land. */
export function isOnLand(land: Land, p: Position): boolean {
  return land.features.some((f) => booleanPointInPolygon(point(p), f));
}

/**
 * Whether a sea route touches land anywhere but in its first and last
 * `harbourKm` kilometres.
 * @param land - land polygons
 * @param coords - the route
 * @param harbourKm - length exempt at each end, km
 * @returns true if the route crosses or touches land outside the harbours
 */
export function crossesLandOutsideHarbours(land: Land, coords: Position[], harbourKm = HARBOUR_KM): boolean {
  const line = lineString(coords);
  const km = length(line);
  if (km <= 2 * harbourKm) return false;
  const middle = lineSliceAlong(line, harbourKm, km - harbourKm);
  return land.features.some((f) => booleanIntersects(middle, f));
}

/** Position of a waypoint. */
function positionOf(w: Waypoint, places: Map<string, Position>): Position {
  if (typeof w !== 'string') return w.at;
  const p = places.get(w);
  if (!p) throw new Error(`unknown place id "${w}" (not in geo/places.geojson)`);
  return p;
}

/** Drops the vertices that lie on land at the start (`fromStart`) or end of a line. */
function trimLandEnd(land: Land, coords: Position[], fromStart: boolean): Position[] {
  const c = fromStart ? [...coords].reverse() : [...coords];
  while (c.length > 2 && isOnLand(land, c[c.length - 1]!)) c.pop();
  return fromStart ? c.reverse() : c;
}

/**
 * The geometry of one route.
 * @param spec - the route's properties and waypoints
 * @param places - place positions by id
 * @param kinds - place kinds by id
 * @param land - land polygons
 * @returns rounded positions
 */
export function routeCoordinates(spec: RouteSpec, places: Map<string, Position>, kinds: Map<string, string>, land: Land): Position[] {
  const p = spec.properties;
  const waypoints = [p.from, ...(spec.via ?? []), p.to].map((w) => positionOf(w, places));
  let coords: Position[];
  if (p.mode === 'sea') {
    coords = routeSea(land, waypoints, { maxSegmentKm: MAX_SEGMENT_KM });
    if (ISLAND_KINDS.has(kinds.get(p.from) ?? '')) coords = trimLandEnd(land, coords, true);
    if (spec.coastEnd || ISLAND_KINDS.has(kinds.get(p.to) ?? '')) coords = trimLandEnd(land, coords, false);
  } else {
    coords = densify(waypoints, MAX_SEGMENT_KM);
  }
  const out: Position[] = [];
  for (const q of coords) {
    const r = [round(q[0]!), round(q[1]!)];
    const last = out[out.length - 1];
    if (!last || last[0] !== r[0] || last[1] !== r[1]) out.push(r);
  }
  return out;
}

/**
 * Builds and checks every route.
 * @param land - land polygons
 * @param placesFc - geo/places.geojson
 * @param sourceIds - ids of geo/sources.json
 * @returns the routes and a list of problems (empty when all is well)
 */
export function buildRoutes(land: Land, placesFc: Places, sourceIds: Set<string>): { routes: FeatureCollection<LineString>; problems: string[] } {
  const places = new Map(placesFc.features.map((f) => [f.properties.id, f.geometry.coordinates] as const));
  const kinds = new Map(placesFc.features.map((f) => [f.properties.id, f.properties.kind] as const));
  const problems: string[] = [];
  const features: Feature<LineString>[] = [];
  for (const spec of routeSpecs) {
    const p = spec.properties;
    const coords = routeCoordinates(spec, places, kinds, land);
    const feature = { type: 'Feature' as const, properties: p, geometry: { type: 'LineString' as const, coordinates: coords } };
    const parsed = routeFeatureSchema.safeParse(feature);
    if (!parsed.success) problems.push(`${p.id}: ${parsed.error.message}`);
    const cited = [...p.sources, ...(p.people?.sources ?? [])];
    for (const s of cited) if (!sourceIds.has(s)) problems.push(`${p.id}: source "${s}" is not in geo/sources.json`);
    if (p.mode === 'sea' && crossesLandOutsideHarbours(land, coords)) problems.push(`${p.id}: crosses land outside the harbours`);
    for (const [end, at] of [['from', coords[0]!], ['to', coords[coords.length - 1]!]] as const) {
      const km = kmBetween(at, places.get(p[end])!);
      if (km > endToleranceKm(spec, end, kinds.get(p[end]))) problems.push(`${p.id}: ${end} end is ${km.toFixed(1)} km from ${p[end]}`);
    }
    for (let i = 1; i < coords.length; i++) {
      if (kmBetween(coords[i - 1]!, coords[i]!) > MAX_SEGMENT_KM + 0.01) problems.push(`${p.id}: segment ${i} is longer than ${MAX_SEGMENT_KM} km`);
    }
    features.push(feature as RouteFeature);
  }
  return { routes: { type: 'FeatureCollection', features }, problems };
}

function main(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const read = (name: string) => JSON.parse(readFileSync(`${root}geo/${name}`, 'utf8'));
  const sourceIds = new Set<string>((read('sources.json') as { id: string }[]).map((s) => s.id));
  const { routes, problems } = buildRoutes(read('land.geojson'), read('places.geojson'), sourceIds);
  for (const f of routes.features) {
    const c = f.geometry.coordinates;
    console.log(`${f.properties!.id.padEnd(36)} ${String(c.length).padStart(4)} vertices ${length(f).toFixed(0).padStart(5)} km`);
  }
  const lines = routes.features.map((f) => JSON.stringify(f));
  writeFileSync(`${root}geo/routes.geojson`, `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log(`${routes.features.length} routes written to geo/routes.geojson`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
