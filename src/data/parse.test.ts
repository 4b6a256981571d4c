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
