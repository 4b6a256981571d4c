/**
 * The app's data loader: fetches each file under geo/ from the page's own
 * origin (Vite-hashed asset URLs) and parses it with parse.ts. A file that is
 * missing or invalid yields a message naming the file; the other files still load.
 */
import type { FeatureCollection } from 'geojson';
import { formatIssue } from './issues.ts';
import { parseDataFile, parseJsonText, parseLand, type ParseResult } from './parse.ts';
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

async function loadFile<T>(file: string, parse: (text: string) => ParseResult<T>, fetcher: typeof fetch): Promise<LoadResult<T>> {
  const url = fileUrls[`../../geo/${file}`];
  if (!url) return { ok: false, file, message: `geo/${file} is missing` };
  try {
    const response = await fetcher(url);
    if (!response.ok) return { ok: false, file, message: `geo/${file} could not be loaded (HTTP ${response.status})` };
    return loadResultFromParse(file, parse(await response.text()));
  } catch (error) {
    return { ok: false, file, message: `geo/${file} could not be loaded (${(error as Error).message})` };
  }
}

/**
 * Load and parse every data file in parallel.
 * @param fetcher - fetch seam for tests
 * @returns one result per file; never rejects
 */
export async function loadAtlasData(fetcher: typeof fetch = fetch): Promise<AtlasData> {
  const [places, routes, events, sources, land, border] = await Promise.all([
    loadFile('places.geojson', (t) => parseDataFile('places.geojson', t), fetcher),
    loadFile('routes.geojson', (t) => parseDataFile('routes.geojson', t), fetcher),
    loadFile('events.geojson', (t) => parseDataFile('events.geojson', t), fetcher),
    loadFile('sources.json', (t) => parseDataFile('sources.json', t), fetcher),
    loadFile('land.geojson', (t) => parseLand(t) as ParseResult<FeatureCollection>, fetcher),
    loadFile('border.geojson', parseBorder, fetcher),
  ]);
  return { places, routes, events, sources, land, border };
}
