/**
 * The app's data loader: fetches each file under geo/ from the page's own
 * origin (Vite-hashed asset URLs) and parses it with parse.ts. A file that is
 * missing or invalid yields a message naming the file; the other files still load.
 * The events' long texts in ja and ru come in files of their own (event_texts.ts),
 * fetched for the interface language only.
 */
import type { FeatureCollection } from 'geojson';
import type { Lang } from '../core/lang.ts';
import { eventTextsSchema, mergeEventTexts, type EventTexts, type SplitLanguage } from './event_texts.ts';
import { formatIssue } from './issues.ts';
import { parseDataFile, parseJsonText, parseLand, parseWithSchema, type ParseResult } from './parse.ts';
import type { EventCollection, PlaceCollection, RouteCollection, Source } from './schema.ts';

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
  sources: LoadResult<Source[]>;
  land: LoadResult<FeatureCollection>;
  border: LoadResult<FeatureCollection>;
  /** The events' texts in the interface language at load (ok when there was nothing to fetch). */
  eventTexts: LoadResult<true>;
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
 * collection) and merge it into the events (in place). English needs nothing,
 * nor does a collection without a `texts` member (the dev server's full file).
 * @param events - parsed events
 * @param lang - interface language
 * @param fetcher - fetch seam for tests
 * @returns ok once merged; a message naming the file otherwise (English stays); never rejects
 */
export function loadEventTexts(events: EventCollection, lang: Lang, fetcher: typeof fetch = fetch): Promise<LoadResult<true>> {
  const name = lang === 'en' ? undefined : events.texts?.[lang];
  if (lang === 'en' || !name) return Promise.resolve({ ok: true, data: true });
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
 * Load and parse every data file in parallel, and the events' texts in `lang`.
 * @param fetcher - fetch seam for tests
 * @param lang - interface language at load @defaultValue `'en'`
 * @returns one result per file; never rejects
 */
export async function loadAtlasData(fetcher: typeof fetch = fetch, lang: Lang = 'en'): Promise<AtlasData> {
  const [places, routes, events, sources, land, border] = await Promise.all([
    loadFile('places.geojson', (t) => parseDataFile('places.geojson', t), fetcher),
    loadFile('routes.geojson', (t) => parseDataFile('routes.geojson', t), fetcher),
    loadFile('events.geojson', (t) => parseDataFile('events.geojson', t), fetcher),
    loadFile('sources.json', (t) => parseDataFile('sources.json', t), fetcher),
    loadFile('land.geojson', (t) => parseLand(t) as ParseResult<FeatureCollection>, fetcher),
    loadFile('border.geojson', parseBorder, fetcher),
  ]);
  const eventTexts: LoadResult<true> = events.ok ? await loadEventTexts(events.data, lang, fetcher) : { ok: true, data: true };
  return { places, routes, events, sources, land, border, eventTexts };
}
