/**
 * Builds `geo/routes.geojson` from `scripts/route_specs.ts` (then `route_specs_repatriation.ts`), the places of
 * `geo/places.geojson` and the land of `geo/land.geojson`.
 *
 * Sea routes go through the sea router (`scripts/lib/sea_router.ts`): they round
 * capes and never cross land except at their ends. A port that Natural Earth
 * puts slightly inland is joined to the nearest water; when a place lies
 * farther inland (a town centre, an island's middle) the line stops short of
 * it, {@link END_KM} from the place on the way to the water, so that it both
 * ends within 3 km of its place and touches land only within 3 km of its end
 * (the rules of `src/data/checks_geo.ts`). A place more than twice that far
 * from the water cannot meet both rules: its routes are skipped with a
 * warning. Land routes are polylines through their waypoints.
 *
 * The router's line (densified to 5 km) is then simplified, because the page
 * downloads every vertex: a Douglas–Peucker pass whose chords must also keep
 * off land ({@link simplifyOffLand}, tolerance {@link SIMPLIFY_KM}, half a
 * router cell: the router cannot place the line more finely than its grid),
 * then densified again only where a segment exceeds {@link MAX_SEGMENT_KM}.
 * Interior vertices are rounded to 4 decimals (≤ 11 m, well under the 0.5 km
 * grid the router works on); the two ends keep 5 decimals, so that a route
 * still starts and ends exactly on its place's point. Every route is
 * validated with the schema and checked for land crossings; the script fails
 * on any problem.
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
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import { KM_PER_DEG_LAT, KM_PER_DEG_LON, kmBetween, type Land } from './lib/sea_grid.ts';
import { densify, routeSea } from './lib/sea_router.ts';
import { routeFeatureSchema, type RouteFeature } from '../src/data/schema.ts';
import { routeSpecs, type RouteSpec, type Waypoint } from './route_specs.ts';
import { repatriationSpecs } from './route_specs_repatriation.ts';

type Places = FeatureCollection<{ type: 'Point'; coordinates: Position }, { id: string; kind: string }>;

/** Spacing of the router's line before simplification, km. */
export const ROUTER_SEGMENT_KM = 5;
/**
 * Longest segment of a built route, km: under the 15 km of
 * `tests/routes_geometry.test.ts` with a margin for its haversine distance.
 * Longer straight legs get collinear vertices, which change nothing drawn.
 */
export const MAX_SEGMENT_KM = 14.5;
/** Largest distance of a dropped vertex from the simplified line, km (half a router cell). */
export const SIMPLIFY_KM = 0.25;
/** A route's end lies this close to its place; sea routes touch land only this close to their ends, km. */
export const HARBOUR_KM = 3;
/** Distance from an inland place at which a sea route stops, km (a margin under {@link HARBOUR_KM}). */
export const END_KM = 2.9;

/** Rounds to `decimals` places (`+ 0` turns -0 into 0). */
const round = (v: number, decimals: number) => Math.round(v * 10 ** decimals) / 10 ** decimals + 0;
/** Decimals of a route's interior vertices (≤ 11 m) and of its two ends (≤ 1 m, as the places). */
const INTERIOR_DECIMALS = 4;
const END_DECIMALS = 5;

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

/** A sea route's place lies too far inland for the route to end near it without crossing land. */
export class InlandEndError extends Error {}

/**
 * Ends a sea route near its place: drops the vertices on land before the end,
 * then adds the place itself if it is within {@link END_KM} of the last water
 * vertex, else the point {@link END_KM} from the place toward that vertex.
 */
function endNear(land: Land, coords: Position[], place: Position, atStart: boolean): Position[] {
  const c = atStart ? [...coords].reverse() : [...coords];
  c.pop();
  while (c.length > 1 && isOnLand(land, c[c.length - 1]!)) c.pop();
  const last = c[c.length - 1]!;
  const km = kmBetween(last, place);
  if (km > 2 * END_KM) throw new InlandEndError(`${km.toFixed(1)} km from the water at [${place.join(', ')}]`);
  const f = km <= END_KM ? 0 : END_KM / km;
  c.push([place[0]! + f * (last[0]! - place[0]!), place[1]! + f * (last[1]! - place[1]!)]);
  return atStart ? c.reverse() : c;
}

/**
 * The geometry of one route.
 * @param spec - the route's properties and waypoints
 * @param places - place positions by id
 * @param land - land polygons
 * @returns rounded positions
 */
export function routeCoordinates(spec: RouteSpec, places: Map<string, Position>, land: Land): Position[] {
  const p = spec.properties;
  const waypoints = [p.from, ...(spec.via ?? []), p.to].map((w) => positionOf(w, places));
  let coords = waypoints;
  if (p.mode === 'sea') {
    const sea = routeSea(land, waypoints, { maxSegmentKm: ROUTER_SEGMENT_KM });
    coords = endNear(land, endNear(land, sea, waypoints[0]!, true), waypoints[waypoints.length - 1]!, false);
  }
  if (p.mode === 'land') return roundLine(densify(coords, MAX_SEGMENT_KM));
  return simplifyOffLand(landBoxes(land), roundLine(densify(coords, ROUTER_SEGMENT_KM)), SIMPLIFY_KM);
}

/** Rounds a line (ends to {@link END_DECIMALS}, the rest to {@link INTERIOR_DECIMALS}) and drops repeats. */
function roundLine(coords: Position[]): Position[] {
  const out: Position[] = [];
  coords.forEach((q, i) => {
    const d = i === 0 || i === coords.length - 1 ? END_DECIMALS : INTERIOR_DECIMALS;
    const r = [round(q[0]!, d), round(q[1]!, d)];
    const last = out[out.length - 1];
    if (!last || last[0] !== r[0] || last[1] !== r[1]) out.push(r);
  });
  return out;
}

/** Land polygons with their boxes, for quick rejection in {@link simplifyOffLand}. */
interface LandBox { feature: Land['features'][number]; box: [number, number, number, number] }

/** Boxes of the land polygons. */
function landBoxes(land: Land): LandBox[] {
  return land.features.map((feature) => {
    const flat = (feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates).flat(2);
    const xs = flat.map((p) => p[0]!);
    const ys = flat.map((p) => p[1]!);
    return { feature, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
  });
}

/** Whether a line touches any land polygon (touching counts, as in the tests). */
function touchesLand(land: LandBox[], coords: Position[]): boolean {
  const xs = coords.map((p) => p[0]!);
  const ys = coords.map((p) => p[1]!);
  const [w, s, e, n] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  const line = lineString(coords);
  return land.some(({ feature, box }) => box[0] <= e && w <= box[2] && box[1] <= n && s <= box[3] && booleanIntersects(line, feature));
}

/** Distance from p to segment a–b, km (local equirectangular projection). */
function kmToSegment(p: Position, a: Position, b: Position): number {
  const kx = KM_PER_DEG_LON * Math.cos((p[1]! * Math.PI) / 180);
  const ax = (a[0]! - p[0]!) * kx, ay = (a[1]! - p[1]!) * KM_PER_DEG_LAT;
  const dx = (b[0]! - a[0]!) * kx, dy = (b[1]! - a[1]!) * KM_PER_DEG_LAT;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/**
 * Douglas–Peucker simplification that keeps a sea route off land: a run of
 * vertices is replaced by its chord only if every vertex lies within `toleranceKm`
 * of the chord and the chord, as it will be written (densified to
 * {@link MAX_SEGMENT_KM} and rounded), touches no land. The original segments
 * are kept as they are, so the ends, which may touch land in a harbour, do
 * not change.
 * @param land - land polygons with boxes
 * @param coords - the rounded route, ends first and last
 * @param toleranceKm - largest distance of a dropped vertex from its chord
 * @returns the simplified route, densified to {@link MAX_SEGMENT_KM} and rounded
 */
function simplifyOffLand(land: LandBox[], coords: Position[], toleranceKm: number): Position[] {
  const chord = (i: number, j: number) => roundLine(densify([coords[i]!, coords[j]!], MAX_SEGMENT_KM));
  const out: Position[] = [coords[0]!];
  const visit = (i: number, j: number): void => {
    let worst = -1;
    let far = 0;
    for (let k = i + 1; k < j; k++) {
      const d = kmToSegment(coords[k]!, coords[i]!, coords[j]!);
      if (d > far) { far = d; worst = k; }
    }
    const line = chord(i, j);
    if (j === i + 1 || (far <= toleranceKm && !touchesLand(land, line))) {
      out.push(...line.slice(1));
      return;
    }
    const k = worst === -1 ? (i + j) >> 1 : worst;
    visit(i, k);
    visit(k, j);
  };
  visit(0, coords.length - 1);
  return out;
}

/**
 * Builds and checks every route.
 * @param land - land polygons
 * @param placesFc - geo/places.geojson
 * @param sourceIds - ids of geo/sources.json
 * @returns the routes, a list of problems (empty when all is well) and the
 *   routes skipped because a place lies too far inland
 */
export function buildRoutes(land: Land, placesFc: Places, sourceIds: Set<string>): {
  routes: FeatureCollection<LineString>; problems: string[]; skipped: string[];
} {
  const places = new Map(placesFc.features.map((f) => [f.properties.id, f.geometry.coordinates] as const));
  const problems: string[] = [];
  const skipped: string[] = [];
  const features: Feature<LineString>[] = [];
  for (const spec of [...routeSpecs, ...repatriationSpecs]) {
    const p = spec.properties;
    let coords: Position[];
    try {
      coords = routeCoordinates(spec, places, land);
    } catch (e) {
      if (!(e instanceof InlandEndError)) throw e;
      skipped.push(`${p.id}: an end place is ${e.message}; needs a point within ${2 * END_KM} km of the coast`);
      continue;
    }
    const feature = { type: 'Feature' as const, properties: p, geometry: { type: 'LineString' as const, coordinates: coords } };
    const parsed = routeFeatureSchema.safeParse(feature);
    if (!parsed.success) problems.push(`${p.id}: ${parsed.error.message}`);
    const cited = [...p.sources, ...(p.people?.sources ?? [])];
    for (const s of cited) if (!sourceIds.has(s)) problems.push(`${p.id}: source "${s}" is not in geo/sources.json`);
    if (p.mode === 'sea' && crossesLandOutsideHarbours(land, coords)) problems.push(`${p.id}: crosses land outside the harbours`);
    for (const [end, at] of [['from', coords[0]!], ['to', coords[coords.length - 1]!]] as const) {
      const km = kmBetween(at, places.get(p[end])!);
      if (km > HARBOUR_KM) problems.push(`${p.id}: ${end} end is ${km.toFixed(1)} km from ${p[end]}`);
    }
    for (let i = 1; i < coords.length; i++) {
      if (kmBetween(coords[i - 1]!, coords[i]!) > MAX_SEGMENT_KM + 0.01) problems.push(`${p.id}: segment ${i} is longer than ${MAX_SEGMENT_KM} km`);
    }
    features.push(feature as RouteFeature);
  }
  return { routes: { type: 'FeatureCollection', features }, problems, skipped };
}

function main(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const read = (name: string) => JSON.parse(readFileSync(`${root}geo/${name}`, 'utf8'));
  const sourceIds = new Set<string>((read('sources.json') as { id: string }[]).map((s) => s.id));
  const { routes, problems, skipped } = buildRoutes(read('land.geojson'), read('places.geojson'), sourceIds);
  for (const f of routes.features) {
    const c = f.geometry.coordinates;
    console.log(`${f.properties!.id.padEnd(36)} ${String(c.length).padStart(4)} vertices ${length(f).toFixed(0).padStart(5)} km`);
  }
  const lines = routes.features.map((f) => JSON.stringify(f));
  writeFileSync(`${root}geo/routes.geojson`, `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`);
  for (const w of skipped) console.warn(`SKIPPED ${w}`);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log(`${routes.features.length} routes written to geo/routes.geojson`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
