import { describe, expect, it } from 'vitest';
import type { RailwayCollection } from '../../src/data/basemap_schema.ts';
import type { PlaceSpec } from './places_spec.ts';
import { stationPlaceSpecs } from './station_places.ts';

type Station = RailwayCollection['features'][number]['properties']['stations'][number];

const station = (ja: string, latin: string | null, at: [number, number], ru: string | null = null): Station => ({
  'name:ja': ja, 'name:ja-Latn': latin, 'name:ru': ru, 'name:ru-Latn': null, coordinates: at, uncertainty_m: 300, coord_source: 'station-source',
});

const line = (id: string, stations: Station[]): RailwayCollection['features'][number] => ({
  type: 'Feature', geometry: { type: 'LineString', coordinates: stations.map((s) => s.coordinates) },
  properties: {
    id, kind: 'railway', 'name:en': 'West line', 'name:ja': '西線', 'name:ja-Latn': 'Saisen', 'name:ru': null, 'name:ru-Latn': null,
    geometry: 'schematic', uncertainty_m: 300, longest_gap_km: 1, stations, sources: ['line-source', 'other-source'],
  },
});

const town = { id: 'maoka', kind: 'town', region: 'karafuto', 'name:ja': '真岡', 'name:ja-Latn': 'Maoka', 'name:ru': 'Холмск', 'name:ru-Latn': 'Kholmsk',
  'alt_name:ja': ['真岡町'], modern_name_since: 1946, coord: { at: [142.04, 47.05], source: 'geonames', uncertainty_m: 1000 }, sources: ['geonames'] } as PlaceSpec;

describe('stations as places', () => {
  it('adds a station no place stands for, with its names, point, uncertainty, sources and a note in three languages', () => {
    const [kitaMaoka, ...rest] = stationPlaceSpecs({ type: 'FeatureCollection', features: [
      line('rail-west', [station('真岡', 'Maoka', [142.04, 47.04]), station('北真岡', 'Kita-Maoka', [142.05, 47.06], 'Холмск-Северный')]),
    ] }, [town]);
    expect(rest).toEqual([]);
    expect(kitaMaoka).toMatchObject({
      id: 'station_kita_maoka', kind: 'station', 'name:ja': '北真岡', 'name:ja-Latn': 'Kita-Maoka', 'name:ru': 'Холмск-Северный',
      coord: { at: [142.05, 47.06], source: 'station-source', uncertainty_m: 300 }, sources: ['station-source', 'line-source'],
    });
    expect(kitaMaoka!.note).toEqual({
      en: expect.stringContaining('West line, 西線'), ja: expect.stringContaining('西線の駅'), ru: expect.stringContaining('линии Сайсэн (西線)'),
    });
    for (const text of Object.values(kitaMaoka!.note!)) expect(text).toContain('300');
  });

  it('counts a place\'s other Japanese names, and adds a station shared by two lines once', () => {
    const shared = station('小沼', 'Konuma', [142.6, 47.1]);
    const added = stationPlaceSpecs({ type: 'FeatureCollection', features: [
      line('a', [station('真岡町', 'Maoka-chō', [142.04, 47.04]), shared]), line('b', [shared, station('川上', 'Kawakami', [142.9, 47.0])]),
    ] }, [town]);
    expect(added.map((p) => p.id)).toEqual(['station_konuma', 'station_kawakami']);
  });

  it('names the file, line and station when a station to add has no Hepburn name', () => {
    expect(() => stationPlaceSpecs({ type: 'FeatureCollection', features: [line('rail-west', [station('野田', null, [142.0, 47.5]), station('真岡', 'Maoka', [142.04, 47.04])])] }, [town]))
      .toThrow('geo/railways.geojson: rail-west: station 野田: name:ja-Latn');
  });
});
