import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { describe, expect, test } from 'vitest';
import { municipalKinds, type PlaceCollection } from '../src/data/schema.ts';
import type { FeatureCollection, Polygon } from 'geojson';
import { encodeLine } from '../src/data/coast_cells.ts';
import { controlAreasOfGeo, strandedIslands } from './build_control_areas.ts';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../geo/${file}`, import.meta.url), 'utf8'));
const places = read('places.geojson') as PlaceCollection;
const committed = read('control_areas.geojson');
const built = controlAreasOfGeo(new URL('../geo/', import.meta.url));

describe('the control areas', () => {
  test('are what the build makes of the committed places and land (rebuild: npm run control-areas)', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(built)));
  });

  test('every municipality of Karafuto has an area, and Toyohara lies in its own', () => {
    const areaIds = new Set(built.features.map((f) => f.properties?.area));
    const municipalities = places.features.filter((f) => municipalKinds.has(f.properties.kind) && f.properties.region === 'karafuto');
    expect(municipalities.filter((f) => !areaIds.has(f.properties.id)).map((f) => f.properties.id)).toEqual([]);
    const toyohara = built.features.find((f) => f.properties?.area === 'toyohara')!;
    expect(booleanPointInPolygon(places.features.find((f) => f.properties.id === 'toyohara')!.geometry.coordinates, toyohara)).toBe(true);
  });

  test('Moneron, which Natural Earth lacks, is Kaiba\'s: the whole island from the GSHHG coast', () => {
    const kaiba = built.features.filter((f) => f.properties?.area === 'kaiba');
    expect(kaiba).toHaveLength(1);
    // The island's middle and points near its northern and southern ends lie in it (GSHHG's island: 141.19–141.25°E, 46.21–46.29°N).
    for (const p of [[141.22, 46.25], [141.22, 46.28], [141.22, 46.22]]) expect(booleanPointInPolygon(p, kaiba[0]!), String(p)).toBe(true);
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

describe('islands from the coast cells', () => {
  const sea: FeatureCollection<Polygon> = { type: 'FeatureCollection', features: [] };
  const island = [[141.2, 46.2], [141.3, 46.2], [141.3, 46.3], [141.2, 46.3]];
  // Land cut at the cell's eastern edge (142°E): part of a larger island, not one.
  const coastPiece = [[141.8, 46.5], [142, 46.5], [142, 46.7], [141.8, 46.7]];
  const cell = { land: [encodeLine(island), encodeLine(coastPiece)], lakes: [], rivers: [] };
  const at = (lonLat: [number, number]) => ({ id: 'p', lonLat, municipal: true, controlMs: 0 });

  test('give a point off the land the island it stands on or lies next to', () => {
    const read = (name: string) => (name === 'c141_46.json' ? cell : null);
    expect(strandedIslands(sea, [at([141.25, 46.25])], read).map((f) => f.geometry.coordinates[0]!.length)).toEqual([5]);
    expect(strandedIslands(sea, [at([141.31, 46.25])], read)).toHaveLength(1);
  });

  test('never give land cut at the cell\'s edge, nor anything to a point already near the land', () => {
    const read = (name: string) => (name === 'c141_46.json' ? cell : null);
    expect(strandedIslands(sea, [at([141.9, 46.6])], read)).toEqual([]);
    const land: FeatureCollection<Polygon> = { type: 'FeatureCollection', features: [
      { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[...island, island[0]!]] } }] };
    expect(strandedIslands(land, [at([141.25, 46.25])], read)).toEqual([]);
  });
});
