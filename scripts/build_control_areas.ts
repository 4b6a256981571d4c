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
 * nearest within {@link NEAR_KM}. Land with no control date (Hokkaido, northern
 * Sakhalin, islands without a source) is left out. The README and the legend
 * say the cells are approximate.
 *
 * Usage: `npm run control-areas` (after `npx tsx scripts/build_places.ts`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import bboxClip from '@turf/bbox-clip';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import { featureCollection, point, polygon } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { voronoi } from '@turf/voronoi';
import { timeFromIso } from '../src/core/dates.ts';
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
  const kmTo = (p: ControlPoint, ring: number[][]) => Math.min(...ring.map((c) => distance(p.lonLat, c as [number, number])));
  for (const p of points) {
    const on = pieces.find((x) => booleanPointInPolygon(p.lonLat, x.geometry));
    const near = on ?? pieces.map((x) => ({ x, km: kmTo(p, x.outer) })).filter((n) => n.km <= NEAR_KM).sort((a, b) => a.km - b.km)[0]?.x;
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
      const nearest = points.map((p) => ({ p, km: kmTo(p, outer) })).sort((a, b) => a.km - b.km)[0];
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const read = (file: string) => JSON.parse(readFileSync(new URL(`../geo/${file}`, import.meta.url), 'utf8'));
  const places = read('places.geojson') as PlaceCollection;
  const areas = controlAreas(read('land.geojson'), controlPoints(places));
  writeFileSync(new URL('../geo/control_areas.geojson', import.meta.url), JSON.stringify(areas) + '\n');
  const ids = new Set(areas.features.map((f) => f.properties?.area));
  console.log(`wrote ${areas.features.length} areas for ${ids.size} places to geo/control_areas.geojson`);
}
