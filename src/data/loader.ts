/**
 * The app's data loader: fetches each file under geo/ from the page's own
 * origin (Vite-hashed asset URLs) and parses it with parse.ts. A file that is
 * missing or invalid yields a message naming the file; the other files still load.
 * The events' long texts come in files of their own, one per language
 * (event_texts.ts), fetched for the interface language only.
 */
import type { FeatureCollection } from 'geojson';
import type { Lang } from '../core/lang.ts';
import { eventTextsSchema, mergeEventTexts, parseServedEvents, type EventTexts, type SplitLanguage } from './event_texts.ts';
import type * as z from 'zod/mini';
import { eventDetailsSchema, mergeEventDetails } from './event_details.ts';
import { formatIssue } from './issues.ts';
import { mergeRouteTexts, parseServedRoutes, routeTextsSchema } from './route_texts.ts';
import { mergePlaceDetails, placeDetailsSchema } from './place_details.ts';
import { parseDataFile, parseJsonText, parseLand, parseWithSchema, type ParseResult } from './parse.ts';
import type { EventCollection, PlaceCollection, RouteCollection, Source } from './schema.ts';
import { controlAreasSchema, frontsSchema, namesSchema, railwaysSchema, subprefecturesSchema, type ControlAreaCollection, type FrontCollection,
  type NameCollection, type RailwayCollection, type SubprefectureCollection } from './basemap_schema.ts';

// A glob, not `import url from '../../geo/x?url'`: a missing file must become a
// visible notice at run time, not a build failure.
const fileUrls = import.meta.glob('../../geo/*.{geojson,json}', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

/** The outcome of loading one file. */
export type LoadResult<T> = { ok: true; data: T } | { ok: false; file: string; message: string };

/** Everything the atlas draws; each file loads or fails on its own. */
export interface AtlasData {
  places: LoadResult<PlaceCollection>;
  routes: LoadResult<RouteCollection>;
  events: LoadResult<EventCollection>;
  /** The bibliography, fetched once `start()` is called (after the page is ready: only popups and the export list sources). */
  sources: LazyLoad<Source[]>;
  land: LoadResult<FeatureCollection>;
  border: LoadResult<FeatureCollection>;
  /** Names of seas, straits, bays, rivers, capes and mountains (absent in hand-made test data). */
  names?: LoadResult<NameCollection>;
  /** The railways of August 1945 (absent in hand-made test data). */
  railways?: LoadResult<RailwayCollection>;
  /** The land shaded as each place is taken (absent in hand-made test data). */
  controlAreas?: LoadResult<ControlAreaCollection>;
  /** Fronts held for days (absent in hand-made test data). */
  fronts?: LoadResult<FrontCollection>;
  subprefectures?: LoadResult<SubprefectureCollection>;
  /** The events' long texts in the interface language at load, merged once `start()` was called and they arrived (ok when there was nothing to fetch). */
  eventTexts: LazyLoad<true>;
  /** The routes' titles and notes (route_texts.ts), merged into the routes once `start()` was called and they arrived. */
  routeTexts: LazyLoad<true>;
  /** The places' notes and control accounts (place_details.ts), merged once `start()` was called and they arrived. */
  placeDetails: LazyLoad<true>;
  /** The events' popup-only details (event_details.ts), merged once `start()` was called and they arrived. */
  eventDetails: LazyLoad<true>;
}

/** A file fetched on demand: `result` settles after the first `start()`. */
export interface LazyLoad<T> {
  /** The outcome; pending until `start()` was called. Never rejects. */
  result: Promise<LoadResult<T>>;
  /** Begin the fetch (later calls do nothing). */
  start(): void;
}

/**
 * The bibliography (`sources.json`) as a {@link LazyLoad}: nothing is fetched before `start()`.
 * @param fetcher - fetch seam for tests
 */
function lazySources(fetcher: typeof fetch = fetch): LazyLoad<Source[]> {
  let begin: () => void = () => {};
  const started = new Promise<void>((resolve) => { begin = resolve; });
  return {
    result: started.then(() => loadFile('sources.json', (t) => parseDataFile('sources.json', t), fetcher)),
    start: () => begin(),
  };
}

/**
 * A served file's companion (named by one of its members, next to it) as a
 * {@link LazyLoad}: on `start()`, fetch it, check it and merge it into the
 * data (in place). Nothing to fetch when the data failed or names no companion
 * (the dev server's full files).
 * @param dataFile - the served file, e.g. `routes.geojson`
 * @param name - the companion's name from the served file, or undefined
 * @param file - the companion in messages, e.g. `routes.texts.json`
 * @param schema - the companion's schema
 * @param merge - merges the checked companion into the data
 * @param fetcher - fetch seam for tests
 */
function lazyCompanion<S extends z.ZodMiniType>(
  dataFile: string, name: string | undefined, file: string, schema: S,
  merge: (value: z.output<S>) => void, fetcher: typeof fetch,
): LazyLoad<true> {
  let begin: () => void = () => {};
  const started = new Promise<void>((resolve) => { begin = resolve; });
  const load = async (): Promise<LoadResult<true>> => {
    if (!name) return { ok: true, data: true };
    const url = (fileUrls[`../../geo/${dataFile}`] ?? '').replace(/[^/]*$/, name);
    const parse = (text: string): ParseResult<z.output<S>> => {
      const json = parseJsonText(text, `geo/${file}`);
      return json.ok ? parseWithSchema(schema, json.value, `geo/${file}`) : json;
    };
    const result = await loadFile(file, parse, fetcher, url);
    if (!result.ok) return result;
    merge(result.data);
    return { ok: true, data: true };
  };
  return { result: started.then(load), start: () => begin() };
}

/**
 * The routes' titles and notes (route_texts.ts) as a {@link LazyLoad}.
 * @param routes - the routes' load result
 * @param fetcher - fetch seam for tests
 */
export function lazyRouteTexts(routes: LoadResult<RouteCollection>, fetcher: typeof fetch = fetch): LazyLoad<true> {
  return routes.ok
    ? lazyCompanion('routes.geojson', routes.data.texts, 'routes.texts.json', routeTextsSchema, (t) => mergeRouteTexts(routes.data, t), fetcher)
    : lazyCompanion('routes.geojson', undefined, 'routes.texts.json', routeTextsSchema, () => {}, fetcher);
}

/**
 * The places' popup-only fields (place_details.ts) as a {@link LazyLoad}.
 * @param places - the places' load result
 * @param fetcher - fetch seam for tests
 */
function lazyPlaceDetails(places: LoadResult<PlaceCollection>, fetcher: typeof fetch = fetch): LazyLoad<true> {
  return places.ok
    ? lazyCompanion('places.geojson', places.data.details, 'places.details.json', placeDetailsSchema, (d) => mergePlaceDetails(places.data, d), fetcher)
    : lazyCompanion('places.geojson', undefined, 'places.details.json', placeDetailsSchema, () => {}, fetcher);
}

/**
 * The events' popup-only details (event_details.ts) as a {@link LazyLoad}.
 * @param events - the events' load result
 * @param fetcher - fetch seam for tests
 */
function lazyEventDetails(events: LoadResult<EventCollection>, fetcher: typeof fetch = fetch): LazyLoad<true> {
  return events.ok
    ? lazyCompanion('events.geojson', events.data.details, 'events.details.json', eventDetailsSchema, (d) => mergeEventDetails(events.data, d), fetcher)
    : lazyCompanion('events.geojson', undefined, 'events.details.json', eventDetailsSchema, () => {}, fetcher);
}

/**
 * The border file has no schema of its own: accept any FeatureCollection.
 * @param text - file content
 * @returns the collection or one issue
 */
export function parseBorder(text: string): ParseResult<FeatureCollection> {
  const file = 'geo/border.geojson';
  const json = parseJsonText(text, file);
  if (!json.ok) return json;
  const v = json.value as { type?: unknown; features?: unknown };
  if (v && v.type === 'FeatureCollection' && Array.isArray(v.features)) return { ok: true, value: v as FeatureCollection };
  return { ok: false, issues: [{ file, message: 'is not a GeoJSON FeatureCollection' }] };
}

/**
 * A LoadResult from a parse result, with at most three issues in the message.
 * @param file - file name, e.g. "places.geojson"
 * @param result - from parse.ts
 */
export function loadResultFromParse<T>(file: string, result: ParseResult<T>): LoadResult<T> {
  if (result.ok) return { ok: true, data: result.value };
  const shown = result.issues.slice(0, 3).map(formatIssue).join('; ');
  const more = result.issues.length > 3 ? ` (+${result.issues.length - 3} more)` : '';
  // formatIssue already starts with the file path, e.g. "geo/routes.geojson: not valid JSON at line 2…".
  return { ok: false, file, message: `${shown || `geo/${file}: is invalid`}${more}` };
}

async function loadFile<T>(
  file: string, parse: (text: string) => ParseResult<T>, fetcher: typeof fetch, url = fileUrls[`../../geo/${file}`],
): Promise<LoadResult<T>> {
  if (!url) return { ok: false, file, message: `geo/${file} is missing` };
  try {
    const response = await fetcher(url);
    if (!response.ok) return { ok: false, file, message: `geo/${file} could not be loaded (HTTP ${response.status})` };
    return loadResultFromParse(file, parse(await response.text()));
  } catch (error) {
    return { ok: false, file, message: `geo/${file} could not be loaded (${(error as Error).message})` };
  }
}

/** Texts fetched or on their way, per events collection and language. */
const textLoads = new WeakMap<EventCollection, Map<SplitLanguage, Promise<LoadResult<true>>>>();

/**
 * Make the events' long texts available in a language: fetch its file (once per
 * collection) and merge it into the events (in place). A collection without a
 * `texts` member (the dev server's full file) needs nothing.
 * @param events - parsed events
 * @param lang - interface language
 * @param fetcher - fetch seam for tests
 * @returns ok once merged; a message naming the file otherwise (then fetch English); never rejects
 */
export function loadEventTexts(events: EventCollection, lang: Lang, fetcher: typeof fetch = fetch): Promise<LoadResult<true>> {
  const name = events.texts?.[lang];
  if (!name) return Promise.resolve({ ok: true, data: true });
  let loads = textLoads.get(events);
  if (!loads) textLoads.set(events, (loads = new Map()));
  let load = loads.get(lang);
  if (!load) {
    // The file lies next to the events file (same hashed name, `.ja.json`).
    const url = (fileUrls['../../geo/events.geojson'] ?? '').replace(/[^/]*$/, name);
    const file = `events.${lang}.json`;
    const parse = (text: string): ParseResult<EventTexts> => {
      const json = parseJsonText(text, `geo/${file}`);
      return json.ok ? parseWithSchema(eventTextsSchema, json.value, `geo/${file}`) : json;
    };
    load = loadFile(file, parse, fetcher, url)
      .then((result) => {
        if (!result.ok) {
          loads.delete(lang); // the next switch to this language tries again
          return result;
        }
        mergeEventTexts(events, lang, result.data);
        return { ok: true, data: true } as const;
      });
    loads.set(lang, load);
  }
  return load;
}

/**
 * The events' texts in a language; when that file fails, English stands in (shown marked lang="en").
 * @returns the outcome for the language asked for
 */
async function loadEventTextsOrEnglish(events: EventCollection, lang: Lang, fetcher: typeof fetch): Promise<LoadResult<true>> {
  const result = await loadEventTexts(events, lang, fetcher);
  if (!result.ok && lang !== 'en') await loadEventTexts(events, 'en', fetcher);
  return result;
}

/**
 * Load and parse every data file the map draws in parallel; the events' texts in `lang`, the
 * bibliography, the routes' titles and the events' details wait for their `start()`.
 * @param fetcher - fetch seam for tests
 * @param lang - interface language at load @defaultValue `'en'`
 * @returns one result per file; never rejects
 */
export async function loadAtlasData(fetcher: typeof fetch = fetch, lang: Lang = 'en'): Promise<AtlasData> {
  const parseBasemap = <S extends Parameters<typeof parseWithSchema>[0]>(schema: S, file: string) => (t: string) => {
    const json = parseJsonText(t, `geo/${file}`);
    return json.ok ? parseWithSchema(schema, json.value, `geo/${file}`) : json;
  };
  const [places, routes, events, land, border, names, railways, controlAreas, fronts, subprefectures] = await Promise.all([
    loadFile('places.geojson', (t) => parseDataFile('places.geojson', t), fetcher),
    loadFile('routes.geojson', (t) => parseServedRoutes(t), fetcher),
    loadFile('events.geojson', (t) => parseServedEvents(t), fetcher),
    loadFile('land.geojson', (t) => parseLand(t) as ParseResult<FeatureCollection>, fetcher),
    loadFile('border.geojson', parseBorder, fetcher),
    loadFile('names.geojson', parseBasemap(namesSchema, 'names.geojson'), fetcher),
    loadFile('railways.geojson', parseBasemap(railwaysSchema, 'railways.geojson'), fetcher),
    loadFile('control_areas.geojson', parseBasemap(controlAreasSchema, 'control_areas.geojson'), fetcher),
    loadFile('fronts.geojson', parseBasemap(frontsSchema, 'fronts.geojson'), fetcher),
    loadFile('subprefectures.geojson', parseBasemap(subprefecturesSchema, 'subprefectures.geojson'), fetcher),
  ]);
  // Not awaited here: the map needs no event text, so it is filled while they load.
  // Only popups read the long texts: fetched with the other popup data, after the page is ready.
  let begin: () => void = () => {};
  const started = new Promise<void>((resolve) => { begin = resolve; });
  const eventTexts: LazyLoad<true> = {
    result: started.then(() => (events.ok ? loadEventTextsOrEnglish(events.data, lang, fetcher) : { ok: true, data: true })),
    start: () => begin(),
  };
  return { places, routes, events, sources: lazySources(fetcher), land, border, names, railways, controlAreas, fronts, subprefectures, eventTexts,
    routeTexts: lazyRouteTexts(routes, fetcher), placeDetails: lazyPlaceDetails(places, fetcher), eventDetails: lazyEventDetails(events, fetcher) };
}
