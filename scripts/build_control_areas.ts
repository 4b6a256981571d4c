/**
 * Builds `geo/control_areas.geojson`: the land of Karafuto and the Kurils
 * divided among the places that carry a Soviet control date, so that the map
 * can shade each part from that date (map/control_areas.ts).
 *
 * No source draws the municipal boundaries of 1945, so each municipality's
 * share is its Voronoi cell (the land nearer its seat than any other seat),
 * clipped to Natural Earth's land (geo/land.geojson, the polygons the map
 * fills) south of the 50th parallel. An island with no municipal seat goes
 * whole to the island's own point; a small island with no point goes to the
 * nearest within {@link NEAR_KM}. An island Natural Earth lacks but a dated
 * place stands on (Moneron, Kaiba village) is taken from the GSHHG coast cells
 * (geo/coast/, the map's own coast from zoom 7): see {@link strandedIslands}.
 * Land with no control date (Hokkaido, northern Sakhalin, islands without a
 * source) is left out. The README and the legend say the cells are approximate.
 *
 * Usage: `npm run control-areas` (after `npx tsx scripts/build_places.ts`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import bboxClip from '@turf/bbox-clip';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import { featureCollection, point, polygon } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { voronoi } from '@turf/voronoi';
import { timeFromIso } from '../src/core/dates.ts';
import { cellBox, cellName, decodeLine, type CellFile } from '../src/data/coast_cells.ts';
import { municipalKinds, type PlaceCollection } from '../src/data/schema.ts';

/** The border of 1905–1945 on Sakhalin. */
const BORDER_LAT = 50;
/** How far a small island may lie from the point that takes it. */
const NEAR_KM = 25;
/** An island larger than this (km², roughly) is never taken by nearness: Hokkaido. */
const NEAR_MAX_DEG2 = 1;
/** Coordinates are written to 4 decimals (about 10 m), below the land's own precision. */
const round4 = (v: number) => Math.round(v * 1e4) / 1e4;

interface ControlPoint {
  id: string;
  lonLat: [number, number];
  municipal: boolean;
  controlMs: number;
}

/** Places with a control date, as points. */
export function controlPoints(places: PlaceCollection): ControlPoint[] {
  return places.features.flatMap((f) => {
    const p = f.properties;
    const ms = p.soviet_control_date === undefined ? null : timeFromIso(p.soviet_control_date);
    if (ms === null) return [];
    return [{ id: p.id, lonLat: f.geometry.coordinates as [number, number], municipal: municipalKinds.has(p.kind), controlMs: ms }];
  });
}

function boxArea([w, s, e, n]: number[]): number {
  return ((e ?? 0) - (w ?? 0)) * ((n ?? 0) - (s ?? 0));
}

function ringBox(ring: number[][]): [number, number, number, number] {
  const xs = ring.map((c) => c[0] ?? 0), ys = ring.map((c) => c[1] ?? 0);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Kilometres from a point to the nearest vertex of a ring. */
function kmToRing(lonLat: [number, number], ring: number[][]): number {
  return Math.min(...ring.map((c) => distance(lonLat, c as [number, number])));
}

/** Outer rings of the land's polygons. */
function outerRings(land: FeatureCollection<Polygon | MultiPolygon>): number[][][] {
  return land.features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates))
    .flatMap((rings) => (rings[0] ? [rings[0]] : []));
}

/**
 * Islands the land lacks but a control point needs: for each point with no land
 * within {@link NEAR_KM}, the ring of its coast cell that holds the point or lies
 * nearest to it within NEAR_KM. A ring that reaches the cell's edge is a piece of
 * larger land cut at the edge, never an island, so it is not taken.
 * @param land - the land the areas are cut from (Natural Earth)
 * @param points - from {@link controlPoints}
 * @param readCell - a coast cell by file name (`c141_46.json`), or null where it has none
 * @returns one polygon per island, in the order of the points
 */
export function strandedIslands(land: FeatureCollection<Polygon | MultiPolygon>, points: ControlPoint[],
  readCell: (name: string) => CellFile | null): Feature<Polygon>[] {
  const outers = outerRings(land);
  const islands: Feature<Polygon>[] = [];
  for (const p of points) {
    if (outers.some((ring) => booleanPointInPolygon(p.lonLat, polygon([ring])) || kmToRing(p.lonLat, ring) <= NEAR_KM)) continue;
    const name = cellName(Math.floor(p.lonLat[0]), Math.floor(p.lonLat[1]));
    const [w, s, e, n] = cellBox(name)!;
    const onEdge = (c: number[]) => [w, e].includes(c[0] ?? NaN) || [s, n].includes(c[1] ?? NaN);
    const rings = (readCell(name)?.land ?? []).map((codes) => decodeLine(codes) as number[][]).filter((ring) => !ring.some(onEdge));
    const closed = rings.map((ring) => [...ring, ring[0]!]);
    const island = closed.find((ring) => booleanPointInPolygon(p.lonLat, polygon([ring])))
      ?? closed.map((ring) => ({ ring, km: kmToRing(p.lonLat, ring) })).filter((r) => r.km <= NEAR_KM).sort((a, b) => a.km - b.km)[0]?.ring;
    if (island) islands.push(polygon([island]));
  }
  return islands;
}

/**
 * Divides the land among the control points.
 * @param land - polygons of the basemap's land
 * @param points - from {@link controlPoints}
 * @returns one feature per piece, with the place id in `area`
 */
export function controlAreas(land: FeatureCollection<Polygon | MultiPolygon>, points: ControlPoint[]): FeatureCollection<Polygon | MultiPolygon> {
  const out: Feature<Polygon | MultiPolygon>[] = [];
  const pieces = land.features
    .flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates))
    .flatMap((rings) => {
      const outer = rings[0];
      if (!outer) return [];
      const box = ringBox(outer);
      // Sakhalin is one polygon: only its part south of the border was Karafuto.
      const geometry: Polygon = box[3] > BORDER_LAT && box[1] < BORDER_LAT
        ? bboxClip(polygon(rings), [box[0], box[1], box[2], BORDER_LAT]).geometry as Polygon
        : { type: 'Polygon', coordinates: rings };
      return [{ geometry, box, outer, seats: [] as ControlPoint[] }];
    });
  // Each point to the land it stands on or, for a port that Natural Earth's coarse coast leaves
  // at sea, the nearest land within NEAR_KM.
  for (const p of points) {
    const on = pieces.find((x) => booleanPointInPolygon(p.lonLat, x.geometry));
    const near = on ?? pieces.map((x) => ({ x, km: kmToRing(p.lonLat, x.outer) })).filter((n) => n.km <= NEAR_KM).sort((a, b) => a.km - b.km)[0]?.x;
    near?.seats.push(p);
  }
  for (const { geometry, box, outer, seats: all } of pieces) {
    // A municipality's seat rules its land; an island's own point only where no seat stands.
    const seats = all.some((p) => p.municipal) ? all.filter((p) => p.municipal) : all;
    if (seats.length === 1) {
      out.push(areaFeature(seats[0]!.id, geometry));
    } else if (seats.length > 1) {
      const cells = voronoi(featureCollection(seats.map((s) => point(s.lonLat, { id: s.id }))),
        { bbox: [box[0] - 1, box[1] - 1, box[2] + 1, box[3] + 1] });
      cells.features.forEach((cell, i) => {
        const clipped = cell && intersect(featureCollection([cell, { type: 'Feature', properties: {}, geometry }]));
        if (clipped) out.push(areaFeature(seats[i]!.id, clipped.geometry));
      });
    } else if (boxArea(box) < NEAR_MAX_DEG2) {
      const nearest = points.map((p) => ({ p, km: kmToRing(p.lonLat, outer) })).sort((a, b) => a.km - b.km)[0];
      if (nearest && nearest.km <= NEAR_KM) out.push(areaFeature(nearest.p.id, geometry));
    }
  }
  return { type: 'FeatureCollection', features: out };
}

function areaFeature(id: string, geometry: Polygon | MultiPolygon): Feature<Polygon | MultiPolygon> {
  const roundRing = (ring: number[][]) => ring.map(([x = 0, y = 0]) => [round4(x), round4(y)]);
  const coordinates = geometry.type === 'Polygon'
    ? { type: 'Polygon' as const, coordinates: geometry.coordinates.map(roundRing) }
    : { type: 'MultiPolygon' as const, coordinates: geometry.coordinates.map((p) => p.map(roundRing)) };
  return { type: 'Feature', properties: { area: id }, geometry: coordinates };
}

/**
 * The control areas of the committed geo/ files: the places' points over Natural
 * Earth's land and the islands it lacks from the coast cells.
 * @param geoDir - URL of the geo/ directory (ending in a slash)
 */
export function controlAreasOfGeo(geoDir: URL): FeatureCollection<Polygon | MultiPolygon> {
  const read = (file: string) => JSON.parse(readFileSync(new URL(file, geoDir), 'utf8'));
  const points = controlPoints(read('places.geojson') as PlaceCollection);
  const land = read('land.geojson') as FeatureCollection<Polygon | MultiPolygon>;
  const readCell = (name: string) => (existsSync(new URL(`coast/${name}`, geoDir)) ? read(`coast/${name}`) as CellFile : null);
  return controlAreas({ ...land, features: [...land.features, ...strandedIslands(land, points, readCell)] }, points);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const areas = controlAreasOfGeo(new URL('../geo/', import.meta.url));
  writeFileSync(new URL('../geo/control_areas.geojson', import.meta.url), JSON.stringify(areas) + '\n');
  const ids = new Set(areas.features.map((f) => f.properties?.area));
  console.log(`wrote ${areas.features.length} areas for ${ids.size} places to geo/control_areas.geojson`);
}
