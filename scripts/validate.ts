/**
 * `npm run validate [dir]`: parses the atlas data (schema) and runs the
 * cross-file checks, prints every issue on its own line and a summary, and
 * exits 1 when there is any issue.
 *
 * ```
 * $ npm run validate
 * geo: 48 places, 30 routes, 45 events, 60 sources: OK
 * $ npx tsx scripts/validate.ts tests/fixtures/broken
 * tests/fixtures/broken/routes.geojson: feature "landing-maoka": end_date is before start_date
 * tests/fixtures/broken: 1 issue
 * ```
 *
 * The Vite plugin (`vite_plugin_validate.ts`) and the tests reuse
 * {@link validateDirectory} and {@link validateTexts}.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkData, unattributedDead } from '../src/data/checks.ts';
import { dataPathsIn, type DataToCheck, type DataPaths } from '../src/data/check_inputs.ts';
import { missingEventTranslations } from '../src/data/event_texts.ts';
import { checkControlAreas, checkFronts, incompleteMunicipalities } from '../src/data/checks_places.ts';
import { formatIssue, type ValidationIssue } from '../src/data/issues.ts';
import { parseDataFile, parseJsonText, parseLand, parseWithSchema, type ParseResult } from '../src/data/parse.ts';
import { coastCellSchema, controlAreasSchema, frontsSchema, namesSchema, railwaysSchema, subprefecturesSchema } from '../src/data/basemap_schema.ts';
import { checkCellRivers, checkNames, checkRailways } from '../src/data/checks_basemap.ts';
import { cellBox } from '../src/data/coast_cells.ts';
import { fineLandFromCells, readCoastCells } from './lib/fine_land.ts';
import { eventTexts, noteTexts, placeTexts, routeTexts, untranslatedTexts } from '../src/data/checks_texts.ts';

/** The files of a data directory, by the key the checks use. */
export const dataFileNames = {
  places: 'places.geojson',
  routes: 'routes.geojson',
  events: 'events.geojson',
  sources: 'sources.json',
  land: 'land.geojson',
} as const satisfies Record<keyof DataPaths, string>;

/** The texts of a data directory; an absent key is a missing file. */
export type DataTexts = Partial<Record<keyof DataPaths, string>>;

/**
 * The basemap's own files, checked when present: `names.geojson` (water and
 * land names), `railways.geojson` (the lines of August 1945) and the coast cells (`coast/c<lon>_<lat>.json`, by file name).
 */
export interface BasemapTexts {
  names?: string;
  railways?: string;
  /** `control_areas.geojson`: the land shaded as each place is taken. */
  controlAreas?: string;
  /** `fronts.geojson`: fronts held for days, drawn while their event lasts. */
  fronts?: string;
  /** `subprefectures.geojson`: the approximate lines between the subprefectures of 1945. */
  subprefectures?: string;
  coast?: Record<string, string>;
}

/** What a validation found. */
export interface ValidationReport {
  /** Directory as the user named it, e.g. `geo`. */
  dir: string;
  issues: ValidationIssue[];
  /** Entries per file, for the files that parsed. */
  counts: Partial<Record<'places' | 'routes' | 'events' | 'sources' | 'names' | 'railways' | 'cells', number>>;
}

/**
 * Parses and checks a data directory given as texts. Pure: no file system.
 * @param texts - file contents by key; a missing key is reported as a missing file
 * @param dir - the directory's name in messages @defaultValue `geo`
 * @param basemap - the names and coast cells, checked when given
 * @returns every issue (parse issues first, by file, then the cross-file rules) and counts
 */
export function validateTexts(texts: DataTexts, dir = 'geo', basemap: BasemapTexts = {}): ValidationReport {
  const paths = dataPathsIn(dir);
  const issues: ValidationIssue[] = [];
  const data: DataToCheck = {};
  const read = <T>(key: keyof DataPaths, parse: (text: string, file: string) => ParseResult<T>): T | undefined => {
    const text = texts[key];
    if (text === undefined) {
      issues.push({ file: paths[key], message: 'file is missing' });
      return undefined;
    }
    const result = parse(text, paths[key]);
    if (result.ok) return result.value;
    issues.push(...result.issues);
    return undefined;
  };
  data.places = read('places', (t, f) => parseDataFile('places.geojson', t, f));
  data.routes = read('routes', (t, f) => parseDataFile('routes.geojson', t, f));
  data.events = read('events', (t, f) => parseDataFile('events.geojson', t, f));
  data.sources = read('sources', (t, f) => parseDataFile('sources.json', t, f));
  data.land = read('land', parseLand);
  // The repository's file carries every language (the build serves them apart); a user's own file need not.
  if (data.events) issues.push(...missingEventTranslations(data.events, paths.events));
  if (data.places) issues.push(...incompleteMunicipalities(data.places, paths.places), ...untranslatedTexts(placeTexts(data.places), paths.places));
  if (data.events) issues.push(...unattributedDead(data.events, paths.events), ...untranslatedTexts(eventTexts(data.events), paths.events));
  if (data.routes) issues.push(...untranslatedTexts(routeTexts(data.routes), paths.routes));
  data.fineLand = fineLandFromCells(basemap.coast);
  issues.push(...checkData(data, paths));
  const counts: ValidationReport['counts'] = {};
  const base = paths.places.replace(/places\.geojson$/, '');
  const parse = <S extends Parameters<typeof parseWithSchema>[0]>(schema: S, text: string, file: string) => {
    const json = parseJsonText(text, file);
    const result = json.ok ? parseWithSchema(schema, json.value, file) : json;
    if (!result.ok) issues.push(...result.issues);
    return result.ok ? result.value : undefined;
  };
  const otherIds = new Set([...(data.places?.features ?? []), ...(data.events?.features ?? []), ...(data.routes?.features ?? [])]
    .map((f) => f.properties.id));
  const sourceIds = data.sources && new Set(data.sources.map((s) => s.id));
  const names = basemap.names === undefined ? undefined : parse(namesSchema, basemap.names, `${base}names.geojson`);
  if (names) {
    issues.push(...checkNames(names, `${base}names.geojson`, sourceIds, otherIds), ...untranslatedTexts(noteTexts(names), `${base}names.geojson`));
    counts.names = names.features.length;
    for (const f of names.features) otherIds.add(f.properties.id);
  }
  const railways = basemap.railways === undefined ? undefined : parse(railwaysSchema, basemap.railways, `${base}railways.geojson`);
  if (railways) {
    issues.push(...checkRailways(railways, `${base}railways.geojson`, sourceIds, otherIds), ...untranslatedTexts(noteTexts(railways), `${base}railways.geojson`));
    counts.railways = railways.features.length;
  }
  const areas = basemap.controlAreas === undefined ? undefined : parse(controlAreasSchema, basemap.controlAreas, `${base}control_areas.geojson`);
  if (areas && data.places) issues.push(...checkControlAreas(areas, data.places, `${base}control_areas.geojson`));
  const fronts = basemap.fronts === undefined ? undefined : parse(frontsSchema, basemap.fronts, `${base}fronts.geojson`);
  if (fronts && data.events) issues.push(...checkFronts(fronts, data.events, sourceIds, `${base}fronts.geojson`));
  if (basemap.subprefectures !== undefined) parse(subprefecturesSchema, basemap.subprefectures, `${base}subprefectures.geojson`);
  if (fronts) issues.push(...untranslatedTexts(noteTexts(fronts), `${base}fronts.geojson`));
  for (const [name, text] of Object.entries(basemap.coast ?? {})) {
    const file = `${base}coast/${name}`;
    const box = cellBox(name);
    if (!box) {
      issues.push({ file, message: 'is not named like a coast cell (c<lon>_<lat>.json)' });
      continue;
    }
    const cell = parse(coastCellSchema, text, file);
    if (cell) issues.push(...checkCellRivers(cell, box, file));
  }
  if (basemap.coast) counts.cells = Object.keys(basemap.coast).length;
  if (data.places) counts.places = data.places.features.length;
  if (data.routes) counts.routes = data.routes.features.length;
  if (data.events) counts.events = data.events.features.length;
  if (data.sources) counts.sources = data.sources.length;
  return { dir, issues, counts };
}

/**
 * Reads a data directory and validates it.
 * @param dir - directory, relative to `cwd` or absolute; also its name in messages
 * @param cwd - base for a relative `dir` @defaultValue `process.cwd()`
 */
export function validateDirectory(dir: string, cwd: string = process.cwd()): ValidationReport {
  const texts: DataTexts = {};
  for (const [key, name] of Object.entries(dataFileNames) as [keyof DataPaths, string][]) {
    const path = resolve(cwd, dir, name);
    if (existsSync(path)) texts[key] = readFileSync(path, 'utf8');
  }
  const basemap: BasemapTexts = {};
  const names = resolve(cwd, dir, 'names.geojson');
  if (existsSync(names)) basemap.names = readFileSync(names, 'utf8');
  const railways = resolve(cwd, dir, 'railways.geojson');
  if (existsSync(railways)) basemap.railways = readFileSync(railways, 'utf8');
  const controlAreas = resolve(cwd, dir, 'control_areas.geojson');
  if (existsSync(controlAreas)) basemap.controlAreas = readFileSync(controlAreas, 'utf8');
  const fronts = resolve(cwd, dir, 'fronts.geojson');
  if (existsSync(fronts)) basemap.fronts = readFileSync(fronts, 'utf8');
  const subprefectures = resolve(cwd, dir, 'subprefectures.geojson');
  if (existsSync(subprefectures)) basemap.subprefectures = readFileSync(subprefectures, 'utf8');
  basemap.coast = readCoastCells(resolve(cwd, dir, 'coast'));
  return validateTexts(texts, dir, basemap);
}

/**
 * The report as printed: one line per issue, then the summary line.
 * @param report - from {@link validateTexts} or {@link validateDirectory}
 * @returns e.g. `['geo: 48 places, 30 routes, 45 events, 60 sources: OK']`
 */
export function reportLines(report: ValidationReport): string[] {
  const { dir, issues, counts } = report;
  const n = issues.length;
  if (n > 0) return [...issues.map(formatIssue), `${dir}: ${n} ${n === 1 ? 'issue' : 'issues'}`];
  const { places = 0, routes = 0, events = 0, sources = 0, names, railways, cells } = counts;
  const basemap = `${names === undefined ? '' : `, ${names} names`}${railways === undefined ? '' : `, ${railways} railways`}` +
    `${cells === undefined ? '' : `, ${cells} coast cells`}`;
  return [`${dir}: ${places} places, ${routes} routes, ${events} events, ${sources} sources${basemap}: OK`];
}

/** Command line: `tsx scripts/validate.ts [dir]`. */
function main(argv: readonly string[]): number {
  const dir = (argv[0] ?? 'geo').replace(/\/+$/, '') || '.';
  const report = validateDirectory(dir);
  for (const line of reportLines(report)) console.log(line);
  return report.issues.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
