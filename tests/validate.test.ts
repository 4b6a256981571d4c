/**
 * `npm run validate` end to end: one small valid data set (tests/fixtures/valid,
 * a square island 142–142.5°E, 46–46.5°N) broken in one way per case, each
 * case asserting the exact line printed; then the real geo/ data, and the
 * command itself as a child process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { formatIssue } from '../src/data/issues.ts';
import { placeKinds } from '../src/data/schema.ts';
import { TIMELINE_TEXT } from '../src/data/checks_places.ts';
import { dataFileNames, reportLines, validateDirectory, validateTexts, type DataTexts } from '../scripts/validate.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const validDir = join(root, 'tests/fixtures/valid');
type Key = keyof typeof dataFileNames;

/** The valid fixture texts, read afresh for every case. */
function validTexts(): Required<DataTexts> {
  const read = (key: Key) => readFileSync(join(validDir, dataFileNames[key]), 'utf8');
  return { places: read('places'), routes: read('routes'), events: read('events'), sources: read('sources'), land: read('land') };
}

// Loose JSON access for the mutations: they poke at fixtures, not typed data.
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
/** Parsed fixture files; a string is written as raw text, undefined as a missing file. */
type Files = Record<Key, Json>;

const props = (collection: Json, id: string): Json =>
  collection.features.find((f: Json) => f.properties.id === id).properties;
const feature = (collection: Json, id: string): Json => collection.features.find((f: Json) => f.properties.id === id);
const source = (sources: Json, id: string): Json => sources.find((s: Json) => s.id === id);

/** Applies a mutation to the parsed valid fixtures and returns the texts. */
function mutated(mutate: (files: Files) => void): DataTexts {
  const texts = validTexts();
  const files = Object.fromEntries(Object.entries(texts).map(([k, t]) => [k, JSON.parse(t)])) as Files;
  mutate(files);
  const out: DataTexts = {};
  for (const key of Object.keys(files) as Key[]) {
    const value = files[key];
    if (value !== undefined) out[key] = typeof value === 'string' ? value : JSON.stringify(value, null, 1);
  }
  return out;
}

/** [case, mutation, the one line it must print]. */
const cases: [string, (f: Files) => void, string][] = [
  ['bad JSON (a missing comma between features)',
    (f) => { f.places = validTexts().places.replace(/\}\},\n\{"type": "Feature", "geometry": \{"type": "Point", "coordinates": \[142.0, 46.3\]/, (m) => m.replace('}},', '}}')); },
    `geo/places.geojson: not valid JSON at line 3, column 1: expected ',' or ']', found '{'`],
  ['wrong geometry type (a LineString place)',
    (f) => { feature(f.places, 'naka').geometry = { type: 'LineString', coordinates: [[142.25, 46.25], [142.3, 46.3]] }; },
    'geo/places.geojson: feature "naka": geometry.type must be "Point", got "LineString"'],
  ['longitude out of range (200)',
    (f) => { feature(f.places, 'kita_mura').geometry.coordinates = [200, 46.45]; },
    'geo/places.geojson: feature "kita_mura": geometry.coordinates.0 must be at most 180, got 200'],
  ['coordinates outside the atlas region',
    (f) => { feature(f.places, 'kita_mura').geometry.coordinates = [120, 46.45]; },
    'geo/places.geojson: feature "kita_mura": geometry.coordinates [120, 46.45] is outside the atlas region (128 to 165°E, 34 to 57°N)'],
  ['karafuto place without name:ru',
    (f) => { delete props(f.places, 'naka')['name:ru']; },
    'geo/places.geojson: feature "naka": name:ru is missing: every name tag must be present (null = not known)'],
  ['unknown source',
    (f) => { props(f.events, 'landing-nishi').sources.push('src_nope'); },
    'geo/events.geojson: feature "landing-nishi": sources.2 "src_nope" is not in geo/sources.json'],
  ['duplicate id across files',
    (f) => { props(f.routes, 'evac-higashi').id = 'naka'; },
    'geo/routes.geojson: feature "naka": id is already used in geo/places.geojson'],
  ['duplicate id within a file',
    (f) => { f.events.features.push(structuredClone(feature(f.events, 'sinking-oki'))); },
    'geo/events.geojson: feature "sinking-oki": id is already used in geo/events.geojson'],
  ['reversed dates',
    (f) => { props(f.routes, 'advance-naka').end_date = '1945-08-19T12:00+09:00'; },
    'geo/routes.geojson: feature "advance-naka": end_date is before start_date'],
  ['date without offset',
    (f) => { props(f.routes, 'advance-naka').start_date = '1945-08-20T06:00'; },
    'geo/routes.geojson: feature "advance-naka": start_date must be an ISO 8601 date-time with an offset, e.g. 1945-08-20T05:30+09:00, got "1945-08-20T06:00"'],
  ['date outside the campaign window',
    (f) => { props(f.events, 'sinking-oki').start_date = '1944-08-22T04:20+09:00'; },
    'geo/events.geojson: feature "sinking-oki": start_date 1944-08-22T04:20+09:00 is outside the campaign window (1945-08-01T00:00+09:00 to 1949-12-31T23:59+09:00)'],
  ['sea route straight across the island',
    (f) => {
      Object.assign(props(f.routes, 'evac-higashi'), { from: 'nishi', to: 'higashi' });
      feature(f.routes, 'evac-higashi').geometry.coordinates = [[142.0, 46.3], [142.25, 46.3], [142.5, 46.3]];
    },
    'geo/routes.geojson: feature "evac-higashi": geometry crosses land at [142.039, 46.3]: a sea route may touch land only within 3 km of its ends'],
  ['route end far from its to place',
    (f) => { feature(f.routes, 'evac-higashi').geometry.coordinates[2] = [142.8, 46.4]; },
    'geo/routes.geojson: feature "evac-higashi": to place "wreck_oki" is 11.1 km from the route\'s last vertex (at most 3 km)'],
  ['route start far from its from place',
    (f) => { feature(f.routes, 'advance-naka').geometry.coordinates[0] = [142.0, 46.35]; },
    'geo/routes.geojson: feature "advance-naka": from place "nishi" is 5.6 km from the route\'s first vertex (at most 3 km)'],
  ['sea-kind place far inland',
    (f) => { feature(f.places, 'minami_bay').geometry.coordinates = [142.25, 46.1]; },
    'geo/places.geojson: feature "minami_bay": geometry is 11.1 km inland: a bay must be at sea or within 500 m of the coast'],
  ['town 50 km offshore',
    (f) => {
      props(f.places, 'kita_mura').kind = 'settlement';
      feature(f.places, 'kita_mura').geometry.coordinates = [143.2, 46.45];
    },
    'geo/places.geojson: feature "kita_mura": geometry is 53.7 km from land: a settlement must be on land or within 2 km of the coast'],
  ['municipality whose population has no source',
    (f) => { delete props(f.places, 'naka').population_sources; },
    'geo/places.geojson: feature "naka": population_sources is missing (population is given)'],
  ['municipality without a control date',
    (f) => { for (const k of ['soviet_control_date', 'soviet_control_basis', 'soviet_control_sources']) delete props(f.places, 'naka')[k]; },
    'geo/places.geojson: feature "naka": soviet_control_date is missing (required for a town of 1945, with soviet_control_basis and soviet_control_sources)'],
  ['dead counted without saying whose',
    (f) => { props(f.events, 'sinking-oki').figures = { killed: { min: 700, max: 700 } }; },
    'geo/events.geojson: feature "sinking-oki": figures.killed must say whose dead: soviet_killed, japanese_military_killed or civilians_killed'],
  ['control date outside the timeline',
    (f) => { props(f.places, 'naka').soviet_control_date = '1945-08-01T12:00+09:00'; },
    `geo/places.geojson: feature "naka": soviet_control_date 1945-08-01T12:00+09:00 is outside the timeline (${TIMELINE_TEXT})`],
  ['place note without its Russian',
    (f) => { props(f.places, 'naka').note = { en: 'Seat of the district.', ja: '郡役所の所在地。' }; },
    'geo/places.geojson: feature "naka": note.ru is missing (every atlas text needs en, ja and ru)'],
  ['control account without its Japanese',
    (f) => { props(f.places, 'naka').soviet_control_accounts = [{ claim: { en: 'Taken at dawn.', ru: 'Занят на рассвете.' }, sources: ['src_book'], assessment: 'accepted' }]; },
    'geo/places.geojson: feature "naka": soviet_control_accounts.0.claim.ja is missing (every atlas text needs en, ja and ru)'],
  ['route unit without its Russian',
    (f) => { props(f.routes, 'advance-naka').units = [{ en: '113th Rifle Brigade', ja: '第113狙撃旅団' }]; },
    'geo/routes.geojson: feature "advance-naka": units.0.ru is missing (every atlas text needs en, ja and ru)'],
  ['event confidence whose Japanese is the English copied',
    (f) => { props(f.events, 'sinking-oki').confidence = { en: 'Well established by both sides.', ja: 'Well established by both sides.', ru: 'Надёжно установлено обеими сторонами.' }; },
    'geo/events.geojson: feature "sinking-oki": confidence.ja is a copy of the English (translate it)'],
  ['unknown from place',
    (f) => { props(f.routes, 'advance-naka').from = 'nowhere'; },
    'geo/routes.geojson: feature "advance-naka": from "nowhere" is not a place in geo/places.geojson'],
  ['unknown event place',
    (f) => { props(f.events, 'sinking-oki').places.push('nowhere'); },
    'geo/events.geojson: feature "sinking-oki": places.2 "nowhere" is not a place in geo/places.geojson'],
  ['empty sources',
    (f) => { props(f.places, 'naka').sources = []; },
    'geo/places.geojson: feature "naka": sources needs at least one source'],
  ['javascript: URL in sources',
    (f) => { source(f.sources, 'src_web').url = 'javascript:alert(1)'; },
    'geo/sources.json: source "src_web": url must be an http or https URL, got "javascript:alert(1)"'],
  ['figure min greater than max',
    (f) => { props(f.events, 'landing-nishi').figures.troops = { min: 3500, max: 1000 }; },
    'geo/events.geojson: feature "landing-nishi": figures.troops.max is less than min'],
  ['missing file',
    (f) => { f.events = undefined; },
    'geo/events.geojson: file is missing'],
  ['repeated vertex',
    (f) => { feature(f.routes, 'advance-naka').geometry.coordinates.splice(1, 0, [142.0, 46.3]); },
    'geo/routes.geojson: feature "advance-naka": geometry.coordinates.1 repeats the previous vertex'],
  ['route segment longer than 50 km',
    (f) => {
      feature(f.places, 'wreck_oki').geometry.coordinates = [143.3, 46.3];
      feature(f.events, 'sinking-oki').geometry.coordinates = [143.3, 46.3];
      feature(f.routes, 'evac-higashi').geometry.coordinates = [[142.5, 46.3], [143.3, 46.3]];
    },
    'geo/routes.geojson: feature "evac-higashi": geometry.coordinates.1 is 61.5 km from the previous vertex (at most 50 km, for a smooth animation)'],
  ['event point away from its first place',
    (f) => { feature(f.events, 'landing-nishi').geometry.coordinates = [142.01, 46.3]; },
    'geo/events.geojson: feature "landing-nishi": geometry is 768 m from its first place "nishi" (at most 100 m)'],
  ['event point without places',
    (f) => { props(f.events, 'landing-nishi').places = []; },
    'geo/events.geojson: feature "landing-nishi": places is empty, but the event has a point: list the place it stands on'],
  ['context event (no point) that lists places',
    (f) => { props(f.events, 'declaration').places = ['naka']; },
    'geo/events.geojson: feature "declaration": geometry is null, but places lists "naka": give the event the point of its first place (null is for context events with no places)'],
  ['unknown coord_source',
    (f) => { props(f.places, 'naka').coord_source = 'osm'; },
    'geo/places.geojson: feature "naka": coord_source "osm" is not in geo/sources.json'],
  ['unknown source of a figure',
    (f) => { props(f.events, 'landing-nishi').figures.troops.sources = ['nope']; },
    'geo/events.geojson: feature "landing-nishi": figures.troops.sources.0 "nope" is not in geo/sources.json'],
  ['unknown source of an account',
    (f) => { props(f.events, 'landing-nishi').accounts[0].sources = ['nope']; },
    'geo/events.geojson: feature "landing-nishi": accounts.0.sources.0 "nope" is not in geo/sources.json'],
  ['day precision that is not JST midnight',
    (f) => { props(f.events, 'declaration').start_date = '1945-08-08T17:00+03:00'; },
    'geo/events.geojson: feature "declaration": start_date has day precision, so it must be JST midnight (T00:00+09:00), got "1945-08-08T17:00+03:00"'],
  ['id that is not a slug',
    (f) => { props(f.places, 'minami_bay').id = 'Minami Bay'; },
    'geo/places.geojson: feature "Minami Bay": id must be a lower-case slug (a-z, 0-9, _ or -), got "Minami Bay"'],
  ['feature without an id is named by its index',
    (f) => { delete props(f.places, 'minami_bay').id; },
    'geo/places.geojson: feature #5: id is missing'],
  ['unknown place kind',
    (f) => { props(f.places, 'minami_bay').kind = 'lake'; },
    `geo/places.geojson: feature "minami_bay": kind must be one of ${placeKinds.join(', ')}, got "lake"`],
];

describe('each kind of breakage prints one exact line', () => {
  test('the valid fixtures pass', () => {
    expect(reportLines(validateTexts(validTexts()))).toEqual(['geo: 6 places, 2 routes, 3 events, 3 sources: OK']);
  });

  test.each(cases)('%s', (_name, mutate, expected) => {
    expect(reportLines(validateTexts(mutated(mutate)))).toEqual([expected, 'geo: 1 issue']);
  });
});

test('a plain-string place note, valid in a reader\'s file, is English only in the atlas\'s', () => {
  const report = validateTexts(mutated((f) => { props(f.places, 'naka').note = 'Seat of the district.'; }));
  expect(report.issues.map(formatIssue)).toEqual(['ja', 'ru'].map((lang) =>
    `geo/places.geojson: feature "naka": note.${lang} is missing (every atlas text needs en, ja and ru)`));
});

test('a figure note in English only (a reader\'s file may have it) lacks two languages in the atlas\'s', () => {
  const report = validateTexts(mutated((f) => { props(f.events, 'landing-nishi').figures.civilians_killed.note = 'estimates vary'; }));
  expect(report.issues.map(formatIssue)).toEqual(['ja', 'ru'].map((lang) =>
    `geo/events.geojson: feature "landing-nishi": figures.civilians_killed.note.${lang} is missing (every atlas text needs en, ja and ru)`));
});

test('a ship name kept as written (two words at most) is not a copy; a sentence is', () => {
  const ships = (ru: string) => mutated((f) => { props(f.routes, 'evac-higashi').ships = [{ en: 'Oki Maru', ja: '沖丸', ru }]; });
  expect(validateTexts(ships('Oki Maru')).issues).toEqual([]);
  const sentence = mutated((f) => { props(f.routes, 'evac-higashi').note = { en: 'Left at night.', ja: '夜に出港。', ru: 'Left at night.' }; });
  expect(validateTexts(sentence).issues.map(formatIssue))
    .toEqual(['geo/routes.geojson: feature "evac-higashi": note.ru is a copy of the English (translate it)']);
});

describe('the real data in geo/', () => {
  test('passes every rule', () => {
    const report = validateDirectory('geo', root);
    const lines = report.issues.map(formatIssue);
    expect(lines, `npm run validate finds ${lines.length} issue(s) in geo/:\n${lines.join('\n')}`).toEqual([]);
  });

  test('validates in well under a few seconds', () => {
    const started = performance.now();
    validateDirectory('geo', root);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('npm run validate', () => {
  const run = (dir: string) =>
    spawnSync('npm', ['run', '--silent', 'validate', '--', dir], { cwd: root, encoding: 'utf8' });

  test('exits 1 and prints the issue for a broken directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-'));
    try {
      const texts = mutated((f) => { props(f.routes, 'advance-naka').end_date = '1945-08-19T12:00+09:00'; });
      for (const [key, text] of Object.entries(texts)) writeFileSync(join(dir, dataFileNames[key as Key]), text);
      const result = run(dir);
      expect(result.status).toBe(1);
      expect(result.stdout.split('\n')).toEqual([
        `${dir}/routes.geojson: feature "advance-naka": end_date is before start_date`,
        `${dir}: 1 issue`,
        '',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  test('exits 0 with a summary for a valid directory', () => {
    const result = run('tests/fixtures/valid');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('tests/fixtures/valid: 6 places, 2 routes, 3 events, 3 sources: OK\n');
  }, 30_000);
});

describe('the basemap files: names and coast cells', () => {
  /** A names file of one strait, sourced from the fixtures' bibliography. */
  const strait = (properties: Record<string, unknown> = {}) => JSON.stringify({ type: 'FeatureCollection', features: [{
    type: 'Feature', geometry: { type: 'Point', coordinates: [142.25, 46.2] },
    properties: { id: 'minami_strait', kind: 'strait', 'name:en': 'South Strait', 'name:ja': '南海峡', 'name:ja-Latn': 'Minami kaikyō',
      'name:ru': null, 'name:ru-Latn': null, min_zoom: 5, coord_source: 'src_web', sources: ['src_book'], ...properties },
  }] });
  /** A coast cell whose west half is land, with one river. */
  const cell = (river: number[][]) => JSON.stringify({
    land: [[14200000, 4600000, 50000, 0, 0, 100000, -50000, 0]], lakes: [],
    rivers: [[river[0]![0]!, river[0]![1]!, ...river.slice(1).flatMap(([dx, dy]) => [dx!, dy!])]],
  });
  const lines = (basemap: Parameters<typeof validateTexts>[2]) => reportLines(validateTexts(validTexts(), 'geo', basemap));

  test('valid names and cells pass and are counted', () => {
    expect(lines({ names: strait(), coast: { 'c142_46.json': cell([[14210000, 4650000], [20000, 0]]) } }))
      .toEqual(['geo: 6 places, 2 routes, 3 events, 3 sources, 1 names, 1 coast cells: OK']);
  });

  test('a name tag left out (not null) is named by file, feature and field', () => {
    const names = JSON.parse(strait());
    delete names.features[0].properties['name:ru'];
    expect(lines({ names: JSON.stringify(names) })[0]).toMatch(/^geo\/names\.geojson: feature "minami_strait": name:ru /);
  });

  test('a name citing an unknown source is named by file, feature and field', () => {
    expect(lines({ names: strait({ sources: ['nowhere'] }) }))
      .toEqual(['geo/names.geojson: feature "minami_strait": sources.0 "nowhere" is not in sources.json', 'geo: 1 issue']);
  });

  test('a river running out to sea is named by file, river and position', () => {
    // From 142.1°E on land to 142.9°E, 40 km out in the sea east of the coast at 142.5°E.
    const [line, summary] = lines({ coast: { 'c142_46.json': cell([[14210000, 4650000], [80000, 0]]) } });
    expect(line).toMatch(/^geo\/coast\/c142_46\.json: feature #0: rivers\.0 position 1 \[142\.9, 46\.5\] is 30\.\d km out at sea: a river must stay on land/);
    expect(summary).toBe('geo: 1 issue');
  });

  test('a cell with positions that are not x, y pairs is named by file and field', () => {
    const broken = JSON.stringify({ land: [[1, 2, 3]], lakes: [], rivers: [] });
    expect(lines({ coast: { 'c142_46.json': broken } })[0]).toMatch(/^geo\/coast\/c142_46\.json: land\.0 /);
  });
});

describe('the railways file', () => {
  /** One line of two stations, the second placed `offsetDeg` north of the line's end. */
  const railway = (offsetDeg: number) => JSON.stringify({ type: 'FeatureCollection', features: [{
    type: 'Feature', geometry: { type: 'LineString', coordinates: [[142.1, 46.2], [142.4, 46.2]] },
    properties: { id: 'minami_line', kind: 'railway', 'name:en': 'South line', 'name:ja': '南線', 'name:ja-Latn': 'Minami-sen',
      'name:ru': null, 'name:ru-Latn': null, geometry: 'schematic', uncertainty_m: 500, longest_gap_km: 23.1,
      stations: [
        { 'name:ja': '西', 'name:ja-Latn': 'Nishi', 'name:ru': null, 'name:ru-Latn': null, coordinates: [142.1, 46.2], uncertainty_m: 500, coord_source: 'src_web' },
        { 'name:ja': '東', 'name:ja-Latn': 'Higashi', 'name:ru': null, 'name:ru-Latn': null, coordinates: [142.4, 46.2 + offsetDeg], uncertainty_m: 500, coord_source: 'src_web' },
      ],
      sources: ['src_book'] },
  }] });
  const lines = (text: string) => reportLines(validateTexts(validTexts(), 'geo', { railways: text }));

  test('a valid railway passes and is counted', () => {
    expect(lines(railway(0))).toEqual(['geo: 6 places, 2 routes, 3 events, 3 sources, 1 railways: OK']);
  });

  test('a station farther from its line than its uncertainty is named by file, feature and field', () => {
    expect(lines(railway(0.02))).toEqual([
      'geo/railways.geojson: feature "minami_line": stations.1 (東) is 2.2 km from the line, more than its uncertainty of 500 m',
      'geo: 1 issue',
    ]);
  });

  test('a railway without its kind is named by file, feature and field', () => {
    const broken = JSON.parse(railway(0));
    delete broken.features[0].properties.kind;
    expect(lines(JSON.stringify(broken))[0]).toMatch(/^geo\/railways\.geojson: feature "minami_line": kind /);
  });
});

describe('the fronts file', () => {
  const front = (event: string) => JSON.stringify({ type: 'FeatureCollection', features: [{
    type: 'Feature', geometry: { type: 'LineString', coordinates: [[142.0, 46.25], [142.0, 46.35]] },
    properties: { id: 'front-nishi', event, coord_source: 'src_book', uncertainty_m: 5000 },
  }] });
  const lines = (text: string) => reportLines(validateTexts(validTexts(), 'geo', { fronts: text }));

  test('a front drawn for an event with a span passes', () => {
    expect(lines(front('landing-nishi'))).toEqual(['geo: 6 places, 2 routes, 3 events, 3 sources: OK']);
  });

  test('a front naming an unknown event, or one without an end, is named by file, feature and field', () => {
    expect(lines(front('landing-higashi'))).toEqual(['geo/fronts.geojson: feature "front-nishi": event "landing-higashi" is not an event', 'geo: 1 issue']);
    expect(lines(front('sinking-oki'))).toEqual([
      'geo/fronts.geojson: feature "front-nishi": event "sinking-oki" has no end_date: a front is drawn for a span', 'geo: 1 issue']);
  });
});
