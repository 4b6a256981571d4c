import { describe, expect, test } from 'vitest';
import { checkData, checkDates, checkIds, checkReferences } from './checks.ts';
import { dataPathsIn, type DataToCheck } from './check_inputs.ts';
import { formatIssue } from './issues.ts';
import type { EventFeature, PlaceFeature, RouteFeature, Source } from './schema.ts';

const paths = dataPathsIn('geo');

function place(id: string, coordinates: [number, number], sources = ['s']): PlaceFeature {
  return {
    type: 'Feature', geometry: { type: 'Point', coordinates },
    properties: { id, kind: 'town', region: 'karafuto', 'name:ja': null, 'name:ja-Latn': null, 'name:ru': null,
      'name:ru-Latn': null, modern_name_since: null, coord_source: 's', uncertainty_m: 0, sources },
  };
}

function route(id: string, from: string, to: string, coordinates: [number, number][], dates = ['1945-08-20T06:00+09:00', '1945-08-21T06:00+09:00']): RouteFeature {
  return {
    type: 'Feature', geometry: { type: 'LineString', coordinates },
    properties: { id, kind: 'advance', side: 'soviet', mode: 'land', title: { en: id }, start_date: dates[0]!,
      end_date: dates[1]!, from, to, units: [], ships: [], people: { min: 1, max: 2, sources: ['nope'] }, sources: ['s'] },
  };
}

function event(id: string, props: Partial<EventFeature['properties']> = {}): EventFeature {
  return {
    type: 'Feature', geometry: null,
    properties: { id, kind: 'political', start_date: '1945-08-15T00:00+09:00', date_precision: 'day', places: [],
      title: { en: id }, text: { en: id }, figures: {}, sources: ['s'], ...props },
  };
}

const source: Source = { id: 's', title: 'S', language: 'en', kind: 'book' };
const fc = <F>(...features: F[]) => ({ type: 'FeatureCollection' as const, features });
const text = (issues: Parameters<typeof formatIssue>[0][]) => issues.map(formatIssue);

describe('checkIds', () => {
  test('reports the second use of an id, within and across files', () => {
    const data: DataToCheck = {
      places: fc(place('a', [142, 46]), place('a', [142, 46])),
      events: fc(event('s')),
      sources: [source],
    };
    expect(text(checkIds(data, paths))).toEqual([
      'geo/places.geojson: feature "a": id is already used in geo/places.geojson',
      'geo/sources.json: source "s": id is already used in geo/events.geojson',
    ]);
  });
});

describe('checkReferences', () => {
  test('follows figures of routes too', () => {
    const data: DataToCheck = { places: fc(place('a', [142, 46])), routes: fc(route('r', 'a', 'a', [[142, 46], [142.1, 46]])), sources: [source] };
    expect(text(checkReferences(data, paths))).toEqual([
      'geo/routes.geojson: feature "r": people.sources.0 "nope" is not in geo/sources.json',
    ]);
  });

  test('skips what it cannot judge: no sources file, no source issues', () => {
    const data: DataToCheck = { routes: fc(route('r', 'x', 'y', [[142, 46], [142.1, 46]])) };
    expect(checkReferences(data, paths)).toEqual([]);
  });
});

describe('checkDates', () => {
  test.each([
    ['1945-08-01T00:00+09:00', true],
    ['1945-07-31T23:59+09:00', false],
    ['1945-07-31T15:00Z', true], // = 1 Aug 00:00 JST: instants are compared, not strings
    ['1949-12-31T23:59+09:00', true],
    ['1950-01-01T00:00+09:00', false],
  ])('campaign window: %s is inside: %s', (start, inside) => {
    const data: DataToCheck = { events: fc(event('e', { start_date: start, date_precision: 'minute' })) };
    expect(checkDates(data, paths).length === 0).toBe(inside);
  });

  test('month precision is the 1st of the month at JST midnight', () => {
    const data: DataToCheck = { events: fc(
      event('ok', { start_date: '1949-07-01T00:00+09:00', date_precision: 'month' }),
      event('bad', { start_date: '1949-07-15T00:00+09:00', date_precision: 'month' }),
    ) };
    expect(text(checkDates(data, paths))).toEqual([
      'geo/events.geojson: feature "bad": start_date has month precision, so it must be the 1st of the month, JST midnight, got "1949-07-15T00:00+09:00"',
    ]);
  });

  test('end before start is compared as instants across zones', () => {
    // 06:00 JST = 00:00 Moscow: equal instants, so no issue; one minute earlier is.
    const same = route('r', 'a', 'a', [[142, 46], [142.1, 46]], ['1945-08-20T06:00+09:00', '1945-08-20T00:00+03:00']);
    const earlier = route('q', 'a', 'a', [[142, 46], [142.1, 46]], ['1945-08-20T06:00+09:00', '1945-08-19T23:59+03:00']);
    expect(text(checkDates({ routes: fc(same, earlier) }, paths))).toEqual([
      'geo/routes.geojson: feature "q": end_date is before start_date',
    ]);
  });
});

describe('checkData', () => {
  test('without land, geography against places still runs', () => {
    const data: DataToCheck = {
      places: fc(place('a', [142, 46]), place('b', [142.5, 46])),
      routes: fc(route('r', 'a', 'b', [[142, 46], [142.4, 46]])),
    };
    expect(text(checkData(data))).toEqual([
      'geo/routes.geojson: feature "r": to place "b" is 7.7 km from the route\'s last vertex (at most 3 km)',
    ]);
  });

  test('names files under the given directory', () => {
    const data: DataToCheck = { places: fc(place('a', [100, 46])) };
    expect(text(checkData(data, dataPathsIn('tests/x/')))).toEqual([
      'tests/x/places.geojson: feature "a": geometry.coordinates [100, 46] is outside the atlas region (128 to 165°E, 34 to 57°N)',
    ]);
  });
});
