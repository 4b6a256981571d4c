import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { booleanIntersects } from '@turf/boolean-intersects';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import { length } from '@turf/length';
import { lineSliceAlong } from '@turf/line-slice-along';
import { lineString, point } from '@turf/helpers';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { routesSchema, type RouteFeature } from '../src/data/schema.ts';
import { timeFromIso } from '../src/core/dates.ts';
import { routeSpecs } from '../scripts/route_specs.ts';
import { fineLandFromCells, readCoastCells } from '../scripts/lib/fine_land.ts';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../geo/${name}`, import.meta.url), 'utf8'));
const land = read('land.geojson') as FeatureCollection<Polygon | MultiPolygon>;
/** The GSHHG coast's land, drawn from zoom 7: islands and capes Natural Earth lacks. */
const fineLand = fineLandFromCells(readCoastCells(fileURLToPath(new URL('../geo/coast', import.meta.url))))!;
const routes = read('routes.geojson') as { features: RouteFeature[] };
const places = new Map<string, Position>(
  (read('places.geojson') as FeatureCollection<{ type: 'Point'; coordinates: Position }, { id: string }>)
    .features.map((f) => [f.properties.id, f.geometry.coordinates]),
);
const all = routes.features.map((f) => [f.properties.id, f] as const);
const sea = all.filter(([, f]) => f.properties.mode === 'sea');

/**
 * A route ends this close to its places, and a sea route touches land only
 * this close to its ends (harbours that the coarse coast puts inland).
 */
const HARBOUR_KM = 3;

describe('geo/routes.geojson', () => {
  test('matches the schema', () => {
    expect(routesSchema.safeParse(read('routes.geojson')).success).toBe(true);
  });

  test('holds the routes of scripts/route_specs.ts in order (rebuild with npm run routes)', () => {
    const specIds = routeSpecs.map((s) => s.properties.id);
    const ids = all.map(([id]) => id);
    expect(ids.filter((id) => !specIds.includes(id))).toEqual([]);
    expect(ids).toEqual(specIds.filter((id) => ids.includes(id)));
    // build_routes skips a route only when a place lies too far inland to reach (a data problem)
    expect(ids.length).toBeGreaterThanOrEqual(specIds.length - 1);
  });

  test('has unique ids', () => {
    expect(new Set(all.map(([id]) => id)).size).toBe(all.length);
  });
});

describe.each(sea)('sea route %s', (_id, f) => {
  test('crosses no land outside the first and last 3 km', () => {
    const line = lineString(f.geometry.coordinates);
    const km = length(line);
    const middle = lineSliceAlong(line, HARBOUR_KM, km - HARBOUR_KM);
    const hits = land.features.filter((l) => booleanIntersects(middle, l));
    expect(hits).toHaveLength(0);
  });

  test('crosses no land of the fine coast outside the first and last 3 km', () => {
    const line = lineString(f.geometry.coordinates);
    const km = length(line);
    const middle = lineSliceAlong(line, HARBOUR_KM, km - HARBOUR_KM);
    expect(fineLand.features.filter((l) => booleanIntersects(middle, l))).toHaveLength(0);
  });
});

describe.each(all)('route %s', (_id, f) => {
  const coords = f.geometry.coordinates;

  test.each(['from', 'to'] as const)('its %s end lies within 3 km of its place', (end) => {
    const place = places.get(f.properties[end]);
    expect(place, `place ${f.properties[end]}`).toBeDefined();
    const at = end === 'from' ? coords[0]! : coords[coords.length - 1]!;
    expect(distance(at, place!)).toBeLessThanOrEqual(HARBOUR_KM);
  });

  test('has no segment longer than 15 km', () => {
    const longest = Math.max(...coords.slice(1).map((p, i) => distance(coords[i]!, p)));
    expect(longest).toBeLessThanOrEqual(15);
  });

  test('starts before it ends', () => {
    expect(timeFromIso(f.properties.start_date)!).toBeLessThan(timeFromIso(f.properties.end_date)!);
  });

  test('cites only sources of geo/sources.json', () => {
    const ids = new Set((read('sources.json') as { id: string }[]).map((s) => s.id));
    const cited = [...f.properties.sources, ...(f.properties.people?.sources ?? [])];
    expect(cited.filter((s) => !ids.has(s))).toEqual([]);
  });
});

describe('the three ships of 22 August 1945', () => {
  test.each(all.filter(([, f]) => f.properties.kind === 'attacked_ship'))(
    '%s ends off the Sea of Japan coast of Hokkaido, not in the Aniva Gulf',
    (_id, f) => {
      const [lon, lat] = f.geometry.coordinates[f.geometry.coordinates.length - 1]!;
      expect(lon).toBeLessThan(141.8);
      expect(lat).toBeLessThan(44.5);
    },
  );

  test.each(all.filter(([, f]) => f.properties.kind === 'attacked_ship'))('%s rounds Cape Sōya to the west', (_id, f) => {
    // west of Cape Sōya (141.94°E) while still in the strait's latitudes
    expect(f.geometry.coordinates.some(([lon, lat]) => lon! < 141.9 && lat! > 45.2 && lat! < 45.7)).toBe(true);
  });
});

describe('geo/land.geojson, the land the sea routes avoid', () => {
  const onLand = (p: Position) => land.features.some((f) => booleanPointInPolygon(point(p), f));

  test('is Natural Earth polygons inside the basemap box', () => {
    for (const f of land.features) {
      expect(f.properties).toEqual({ source: 'natural-earth' });
      const flat = f.geometry.coordinates.flat(2) as number[];
      expect(Math.min(...flat.filter((_, i) => i % 2 === 0))).toBeGreaterThanOrEqual(135);
      expect(Math.max(...flat.filter((_, i) => i % 2 === 1))).toBeLessThanOrEqual(55);
    }
  });

  // Interior points of small islands that a coarser simplification would lose.
  test.each([
    ['Shumshu', [156.33, 50.75]], ['Onekotan', [154.78, 49.45]], ['Matua', [153.22, 48.08]],
    ['Urup', [150, 45.9]], ['Iturup', [147.9, 45.1]], ['Kunashir', [145.95, 44.2]], ['Shikotan', [146.75, 43.8]],
    ['Shibotsu (Habomai)', [146.154, 43.504]], ['Taraku (Habomai)', [146.315, 43.635]],
    ['Yuri (Habomai)', [146.066, 43.425]], ['Suisho (Habomai)', [145.906, 43.438]],
  ] as [string, Position][])('keeps %s', (_name, p) => {
    expect(onLand(p)).toBe(true);
  });

  test('the 50th-parallel border runs from coast to coast of Sakhalin', () => {
    const border = read('border.geojson').features[0];
    const c = border.geometry.coordinates as Position[];
    expect(border.properties.id).toBe('border_50n');
    expect(c.every(([, lat]) => lat === 50)).toBe(true);
    // just outside each end is sea, just inside is land
    expect(onLand([c[0]![0]! - 0.01, 50])).toBe(false);
    expect(onLand([c[0]![0]! + 0.01, 50])).toBe(true);
    expect(onLand([c[c.length - 1]![0]! + 0.01, 50])).toBe(false);
    expect(onLand([c[c.length - 1]![0]! - 0.01, 50])).toBe(true);
  });
});
