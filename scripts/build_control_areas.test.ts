import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { describe, expect, test } from 'vitest';
import { municipalKinds, type PlaceCollection } from '../src/data/schema.ts';
import { controlAreas, controlPoints } from './build_control_areas.ts';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../geo/${file}`, import.meta.url), 'utf8'));
const places = read('places.geojson') as PlaceCollection;
const committed = read('control_areas.geojson');
const built = controlAreas(read('land.geojson'), controlPoints(places));

describe('the control areas', () => {
  test('are what the build makes of the committed places and land (rebuild: npm run control-areas)', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(built)));
  });

  test('every municipality of Karafuto on Natural Earth land has an area, and Toyohara lies in its own', () => {
    const areaIds = new Set(built.features.map((f) => f.properties?.area));
    const municipalities = places.features.filter((f) => municipalKinds.has(f.properties.kind) && f.properties.region === 'karafuto');
    // Kaiba (Moneron) is missing from Natural Earth's land: the only one without an area.
    expect(municipalities.filter((f) => !areaIds.has(f.properties.id)).map((f) => f.properties.id)).toEqual(['kaiba']);
    const toyohara = built.features.find((f) => f.properties?.area === 'toyohara')!;
    expect(booleanPointInPolygon(places.features.find((f) => f.properties.id === 'toyohara')!.geometry.coordinates, toyohara)).toBe(true);
  });

  test('on Sakhalin, lie south of the 1905–1945 border: the north was Soviet before', () => {
    let sakhalin = 0;
    for (const f of built.features) {
      const rings = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const [lon, lat] of rings.flat(2)) {
        if ((lon ?? 0) > 145) continue; // the Kurils reach 50.9°N
        sakhalin += 1;
        expect(lat).toBeLessThanOrEqual(50);
      }
    }
    expect(sakhalin).toBeGreaterThan(100);
  });
});
