import { describe, expect, test } from 'vitest';
import { formatIssue } from './issues.ts';
import { NAME_MAX_CHARS } from './schema.ts';
import { USER_FILE_MAX_BYTES, parseUserData, userFeatureKind, userFileSizeIssue } from './user_data.ts';

const place = (id: string, coordinates = [142.05, 47.05]) => ({
  type: 'Feature', geometry: { type: 'Point', coordinates },
  properties: {
    id, kind: 'town', region: 'karafuto', 'name:ja': '町', 'name:ja-Latn': 'Machi', 'name:ru': 'Город', 'name:ru-Latn': 'Gorod',
    modern_name_since: null, coord_source: 'mine', uncertainty_m: 100, sources: ['mine'],
  },
});
const route = (id: string, start = '1945-08-20T06:00+09:00', end = '1945-08-21T06:00+09:00') => ({
  type: 'Feature', geometry: { type: 'LineString', coordinates: [[142.05, 47.05], [142.3, 47.0]] },
  properties: {
    id, kind: 'advance', side: 'soviet', mode: 'land', title: { en: 'March' }, start_date: start, end_date: end,
    from: 'a', to: 'b', units: [], ships: [], people: null, sources: ['mine'],
  },
});
const event = (id: string) => ({
  type: 'Feature', geometry: { type: 'Point', coordinates: [142.05, 47.05] },
  properties: {
    id, kind: 'battle', start_date: '1945-08-20T06:00+09:00', date_precision: 'minute', places: ['a'],
    title: { en: 'Fight' }, text: { en: 'A fight.' }, figures: {}, sources: ['mine'],
  },
});
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const messages = (text: string) => {
  const r = parseUserData(text, 'mine.geojson');
  return r.ok ? [] : r.issues.map(formatIssue);
};

describe('userFeatureKind', () => {
  test.each([
    [place('a'), 'places'], [route('r'), 'routes'], [event('e'), 'events'],
    [{ type: 'Feature', geometry: null, properties: { start_date: 'x' } }, 'events'],
    [{ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: {} }, null],
    [null, null], ['text', null],
  ])('%#', (feature, kind) => expect(userFeatureKind(feature)).toBe(kind));
});

describe('parseUserData', () => {
  test('accepts a mixed file of places, a route between them and an event', () => {
    const r = parseUserData(collection(place('a'), place('b', [142.3, 47.0]), route('r'), event('e')), 'mine.geojson');
    expect(r.ok && [r.data.places.length, r.data.routes.length, r.data.events.length]).toEqual([2, 1, 1]);
  });

  test('names the file, feature and field of each problem', () => {
    const bad = place('a') as { properties: Record<string, unknown> };
    delete bad.properties['name:ru'];
    expect(messages(collection(bad, route('r', '1945-08-21T06:00+09:00', '1945-08-20T06:00+09:00')))).toEqual([
      'mine.geojson: feature "a": name:ru is missing: every name tag must be present (null = not known)',
    ]);
    expect(messages(collection(place('a'), place('b', [142.3, 47.0]), route('r', '1945-08-21T06:00+09:00', '1945-08-20T06:00+09:00'))))
      .toEqual(['mine.geojson: feature "r": end_date is before start_date']);
  });

  test('a place note may be English only, or a plain string (files made before notes were translated), read as English', () => {
    const withNote = (note: unknown) => ({ ...place('a'), properties: { ...place('a').properties, note } });
    const r = parseUserData(collection(withNote('Grandmother\'s village.')), 'mine.geojson');
    expect(r.ok && r.data.places[0]!.properties.note).toEqual({ en: 'Grandmother\'s village.' });
    expect(messages(collection(withNote({ en: 'Grandmother\'s village.' })))).toEqual([]);
    expect(messages(collection(withNote({ ja: '祖母の村。' })))).toEqual(['mine.geojson: feature "a": note.en is missing']);
  });

  test('a reader\'s route and event texts may be plain strings (files made before the atlas\'s were translated), read as English', () => {
    const r = route('r');
    const e = event('e');
    const withStrings = collection(
      { ...r, properties: { ...r.properties, units: ['my grandfather\'s battalion'], ships: ['Kōan Maru'], note: 'As told at home.', people: { min: 3, max: 3, note: 'our family' } } },
      { ...e, properties: { ...e.properties, time_note: 'Morning.', confidence: 'Family memory.', figures: { troops: { min: 1, max: 2, note: 'a guess' } } } },
    );
    const parsed = parseUserData(withStrings, 'mine.geojson');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const rp = parsed.data.routes[0]!.properties;
    expect([rp.units, rp.ships, rp.note, rp.people?.note]).toEqual([[{ en: 'my grandfather\'s battalion' }], [{ en: 'Kōan Maru' }], { en: 'As told at home.' }, { en: 'our family' }]);
    const ep = parsed.data.events[0]!.properties;
    expect([ep.time_note, ep.confidence, ep.figures.troops?.note]).toEqual([{ en: 'Morning.' }, { en: 'Family memory.' }, { en: 'a guess' }]);
    expect(messages(collection({ ...r, properties: { ...r.properties, ships: [{ ja: '興安丸' }] } })))
      .toEqual(['mine.geojson: feature "r": ships.0.en is missing']);
  });

  test('reports unknown features by position, bad JSON by line, and other shapes at top level', () => {
    expect(messages(collection(place('a'), { type: 'Feature', geometry: null, properties: {} })))
      .toEqual(['mine.geojson: feature #1: is not a place (Point with name tags), route (LineString) or event (with start_date)']);
    expect(messages('{"type": "FeatureCollection",\n "features": [}')[0]).toMatch(/^mine\.geojson: not valid JSON at line 2/);
    expect(messages('[]')[0]).toMatch(/top level must be a GeoJSON FeatureCollection/);
    expect(messages(collection())).toEqual(['mine.geojson: has no features']);
  });

  test('a name too long to lay out is refused, naming the feature and field', () => {
    const long = place('a') as { properties: Record<string, unknown> };
    long.properties['name:ru'] = 'Я'.repeat(65_000);
    expect(messages(collection(long))).toEqual([`mine.geojson: feature "a": name:ru is longer than ${NAME_MAX_CHARS} characters, got "${'Я'.repeat(56)}…`]);
    long.properties['name:ru'] = 'Я'.repeat(NAME_MAX_CHARS);
    expect(messages(collection(long))).toEqual([]);
  });

  test('a coordinate too large for a number says so', () => {
    expect(messages(collection(place('a')).replace('[142.05,47.05]', '[1e400,47.05]')))
      .toEqual(['mine.geojson: feature "a": geometry.coordinates.0 must be a number, got a number too large to be finite']);
  });

  test('2,000 nested brackets are a clear error, not a hang', () => {
    expect(messages('['.repeat(2000))).toEqual(['mine.geojson: not valid JSON at line 1, column 257: nested deeper than 256 levels']);
  });

  test('caps the issues of a broken big file', () => {
    const r = parseUserData(collection(...Array.from({ length: 500 }, () => ({ type: 'Feature' }))), 'big.geojson');
    expect(r.ok === false && [r.issues.length, r.more]).toEqual([200, 300]);
  });
});

test('files over the limit are refused by size', () => {
  expect(userFileSizeIssue('x.geojson', USER_FILE_MAX_BYTES)).toBeNull();
  expect(formatIssue(userFileSizeIssue('x.geojson', 50 * 1024 * 1024)!)).toBe('x.geojson: is 50.0 MB: files over 20.0 MB are not read');
});

describe('parseUserData: an atlas export with family paths', () => {
  const family = { type: 'Feature', geometry: { type: 'Point', coordinates: [142.73, 46.96] },
    properties: { layer: 'family', id: 'family-0', name: '<img src=x>', home: 'toyohara', legs: [{ from: 'toyohara', to: 'otomari', mode: 'rail', date: '1945-08-18' }] } };
  const atlasOwn = (layer: string, feature: { properties: object }) => ({ ...feature, properties: { ...feature.properties, layer } });
  const border = { type: 'Feature', geometry: { type: 'LineString', coordinates: [[141, 50], [144, 50]] }, properties: { id: 'border_50n', layer: 'border' } };
  test('restores the paths and leaves the atlas’s own layers out', () => {
    const r = parseUserData(collection(atlasOwn('places', place('toyohara')), border, family), 'export.geojson');
    expect(r.ok && { family: r.data.family, places: r.data.places.length }).toEqual({ family: [{ name: '<img src=x>', home: 'toyohara', legs: family.properties.legs }], places: 0 });
  });
  test('a file of the atlas’s own layers alone adds nothing, and says so', () => {
    expect(messages(collection(border))).toEqual(["mine.geojson: holds only the atlas's own features (layer places, routes, events, border): nothing to add"]);
  });
});
