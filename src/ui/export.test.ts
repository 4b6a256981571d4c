import { describe, expect, test } from 'vitest';
import type { AtlasData } from '../data/loader.ts';
import { combinedCollection, exportFileName } from './export.ts';

const collection = (ids: string[]) => ({
  type: 'FeatureCollection' as const,
  features: ids.map((id) => ({ type: 'Feature' as const, geometry: null, properties: { id } })),
});

describe('combinedCollection', () => {
  test('every loaded layer, each feature tagged with its layer; failed files left out; sources along', () => {
    const data = {
      places: { ok: true, data: collection(['maoka', 'otomari']) },
      routes: { ok: false, file: 'geo/routes.geojson', message: 'missing' },
      events: { ok: true, data: collection(['maoka-landing']) },
      land: { ok: true, data: collection(['land']) },
      border: { ok: true, data: collection(['border']) },
    } as unknown as AtlasData;
    const out = combinedCollection(data, { ok: true, data: [{ id: 'geonames' }] });
    expect(out.type).toBe('FeatureCollection');
    expect(out.features.map((f) => [f.properties?.layer, f.properties?.id])).toEqual([
      ['places', 'maoka'], ['places', 'otomari'], ['events', 'maoka-landing'], ['border', 'border'],
    ]);
    expect(out.sources).toEqual([{ id: 'geonames' }]);
  });
  test('does not change the loaded features', () => {
    const places = collection(['maoka']);
    const data = { places: { ok: true, data: places }, routes: { ok: false }, events: { ok: false }, land: { ok: false }, border: { ok: false } } as unknown as AtlasData;
    combinedCollection(data, { ok: false, file: 'sources.json', message: 'missing' });
    expect(places.features[0]?.properties).toEqual({ id: 'maoka' });
  });
});

describe('exportFileName', () => {
  test.each([
    [Date.parse('1945-08-20T06:00+09:00'), 'png', 'karafuto-1945_1945-08-20T0600JST.png'],
    [Date.parse('1945-08-21T23:30+09:00'), 'geojson', 'karafuto-1945_1945-08-21T2330JST.geojson'],
  ])('%i %s', (time, ext, name) => {
    expect(exportFileName(time, ext)).toBe(name);
  });
});
