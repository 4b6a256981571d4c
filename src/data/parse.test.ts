import { describe, expect, test } from 'vitest';
import { formatIssue } from './issues.ts';
import { parseDataFile, parseLand } from './parse.ts';

const lines = (result: { ok: boolean; issues?: Parameters<typeof formatIssue>[0][] }) =>
  result.ok ? [] : result.issues!.map(formatIssue);

const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('parseDataFile', () => {
  test('returns the typed value of a valid file', () => {
    const result = parseDataFile('sources.json', '[{"id": "a", "title": "T", "language": "en", "kind": "book"}]');
    expect(result).toEqual({ ok: true, value: [{ id: 'a', title: 'T', language: 'en', kind: 'book' }] });
  });

  test('bad JSON is one issue with line and column', () => {
    expect(lines(parseDataFile('routes.geojson', '{"type": "FeatureCollection",\n  "features": [}'))).toEqual([
      "geo/routes.geojson: not valid JSON at line 2, column 16: expected a value, found '}'",
    ]);
  });

  test('names the file as given', () => {
    expect(lines(parseDataFile('events.geojson', '[]', 'my/events.geojson'))).toEqual([
      'my/events.geojson: top level must be an object, got an array',
    ]);
  });

  test('names the feature by the raw id even when the feature fails, and drops `properties.`', () => {
    const bad = { type: 'Feature', geometry: null, properties: { id: 'e1', kind: 'party' } };
    expect(lines(parseDataFile('events.geojson', collection(bad)))[0]).toBe(
      'geo/events.geojson: feature "e1": kind must be one of declaration, battle, landing, surrender, evacuation, ' +
        'sinking, air_raid, civilian, political, repatriation, got "party"',
    );
  });

  test('falls back to the GeoJSON id, then to the index', () => {
    const a = { type: 'Feature', id: 'top-level', geometry: null, properties: {} };
    const b = { type: 'Feature', geometry: null, properties: {} };
    const out = lines(parseDataFile('events.geojson', collection(a, b)));
    expect(out).toContain('geo/events.geojson: feature "top-level": id is missing');
    expect(out).toContain('geo/events.geojson: feature #1: id is missing');
  });

  test('a wrong geometry type is one issue, not one per coordinate', () => {
    const place = { type: 'Feature', geometry: { type: 'LineString', coordinates: [[1, 2], [3, 4]] }, properties: { id: 'p' } };
    const out = lines(parseDataFile('places.geojson', collection(place))).filter((l) => l.includes('geometry'));
    expect(out).toEqual(['geo/places.geojson: feature "p": geometry.type must be "Point", got "LineString"']);
  });

  test('a missing name tag says null is the way to write "unknown"', () => {
    const place = { type: 'Feature', geometry: { type: 'Point', coordinates: [142, 46] }, properties: { id: 'p', 'name:ja': null } };
    const out = lines(parseDataFile('places.geojson', collection(place)));
    expect(out).toContain('geo/places.geojson: feature "p": name:ja-Latn is missing: every name tag must be present (null = not known)');
    expect(out.some((l) => l.includes('"p": name:ja '))).toBe(false);
  });

  test('source entries are named as sources', () => {
    expect(lines(parseDataFile('sources.json', '[{"id": "a", "title": "T", "language": "english", "kind": "book"}]'))).toEqual([
      'geo/sources.json: source "a": language must be a two-letter language code, got "english"',
    ]);
  });
});

describe('parseLand', () => {
  test('accepts polygons and multipolygons', () => {
    const ring = [[0, 0], [1, 0], [1, 1], [0, 0]];
    const text = collection(
      { type: 'Feature', properties: null, geometry: { type: 'Polygon', coordinates: [ring] } },
      { type: 'Feature', properties: { a: 1 }, geometry: { type: 'MultiPolygon', coordinates: [[ring]] } },
    );
    expect(parseLand(text).ok).toBe(true);
  });

  test('rejects other geometry', () => {
    const text = collection({ type: 'Feature', properties: null, geometry: { type: 'Point', coordinates: [0, 0] } });
    expect(lines(parseLand(text))).toEqual(['geo/land.geojson: feature #0: geometry.type must be one of Polygon, MultiPolygon, got "Point"']);
  });
});

describe('the message of each schema check', () => {
  const place = () => ({
    type: 'Feature', geometry: { type: 'Point', coordinates: [142.05, 47.05] },
    properties: {
      id: 'p', kind: 'town', region: 'karafuto', 'name:ja': '町', 'name:ja-Latn': 'Machi', 'name:ru': 'Город', 'name:ru-Latn': 'Gorod',
      modern_name_since: null, coord_source: 'mine', uncertainty_m: 100, sources: ['mine'],
    } as Record<string, unknown>,
  });
  const event = () => ({
    type: 'Feature', geometry: null as unknown,
    properties: {
      id: 'e', kind: 'battle', start_date: '1945-08-20T06:00+09:00', date_precision: 'minute', places: [],
      title: { en: 'Fight' }, text: { en: 'A fight.' }, figures: {}, sources: ['mine'],
    } as Record<string, unknown>,
  });
  const placeLine = (props: Record<string, unknown>) => {
    const f = place();
    Object.assign(f.properties, props);
    return lines(parseDataFile('places.geojson', collection(f)));
  };
  const eventLine = (props: Record<string, unknown>, geometry: unknown = null) => {
    const f = event();
    Object.assign(f.properties, props);
    f.geometry = geometry;
    return lines(parseDataFile('events.geojson', collection(f)));
  };

  test.each([
    [{ modern_name_since: 1945.5 }, 'modern_name_since must be an integer, got 1945.5'],
    [{ modern_name_since: 1600 }, 'modern_name_since must be at least 1700, got 1600'],
    [{ modern_name_since: 2200 }, 'modern_name_since must be at most 2100, got 2200'],
    [{ uncertainty_m: -5 }, 'uncertainty_m must be at least 0, got -5'],
    [{ 'name:ja': '' }, 'name:ja must not be empty'],
    [{ 'alt_name:ru': [''] }, 'alt_name:ru.0 must not be empty'],
    [{ sources: [] }, 'sources needs at least one source'],
  ])('place %j', (props, message) => {
    expect(placeLine(props)).toEqual([`geo/places.geojson: feature "p": ${message}`]);
  });

  test.each([
    [{ figures: { soviet_killed: { min: 1.5, max: 2 } } }, null, 'figures.soviet_killed.min must be an integer, got 1.5'],
    [{ figures: { dead: { min: 1, max: 2 } } }, null, 'figures has unknown key "dead"'],
    [{ figures: { soviet_killed: { min: 5, max: 2 } } }, null, 'figures.soviet_killed.max is less than min'],
    [{ title: { en: 'x', ja: '' } }, null, 'title.ja must not be empty'],
    [{}, { type: 'Point', coordinates: [142, 95] }, 'geometry.coordinates.1 must be at most 90, got 95'],
  ])('event %j %j', (props, geometry, message) => {
    expect(eventLine(props, geometry)).toEqual([`geo/events.geojson: feature "e": ${message}`]);
  });

  test('a negative maximum is reported with the range check', () => {
    const r = {
      type: 'Feature', geometry: { type: 'LineString', coordinates: [[142.05, 47.05]] },
      properties: {
        id: 'r', kind: 'advance', side: 'soviet', mode: 'land', title: { en: 'March' }, start_date: '1945-08-20T06:00+09:00',
        end_date: '1945-08-21T06:00+09:00', from: 'a', to: 'b', units: [], ships: [], people: { min: 1, max: -2 }, sources: ['mine'],
      },
    };
    expect(lines(parseDataFile('routes.geojson', collection(r)))).toEqual([
      'geo/routes.geojson: feature "r": geometry.coordinates needs at least 2 positions',
      'geo/routes.geojson: feature "r": people.max must be at least 0, got -2',
      'geo/routes.geojson: feature "r": people.max is less than min',
    ]);
  });

  test('land rings need four positions', () => {
    const text = collection({ type: 'Feature', properties: null, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 0]]] } });
    expect(lines(parseLand(text))).toEqual(['geo/land.geojson: feature #0: geometry.coordinates.0 needs at least 4 positions']);
  });
});
