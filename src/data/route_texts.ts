/**
 * Route texts apart from the routes. `geo/routes.geojson` holds each route's
 * `title`, `note`, `units`, `ships` and the people's `note`, each in en, ja
 * and ru; only a route's popup shows them (the width needs only the people's
 * numbers), so the build (scripts/vite_plugin_validate.ts) serves it as
 *
 * - `routes-<hash>.geojson`: the routes without these texts (`units` and
 *   `ships` empty), and a `texts` member naming the file below;
 * - `routes-<hash>.texts.json`: every route's texts, by route id
 *   ({@link RouteTexts}), fetched after the page is ready (or when a popup
 *   needs it) and merged into the routes. In three languages they were 5 KB of
 *   the page's first load (gzip).
 *
 * The dev server serves the full file (no `texts` member): nothing to fetch.
 */
import * as z from 'zod/mini';
import { parseJsonText, parseWithSchema, type ParseResult } from './parse.ts';
import { localizedTextSchema, routesSchema, type LocalizedText, type RouteCollection } from './schema.ts';

/** Every route's texts, by route id (`peopleNote`: the note of `people`). */
export const routeTextsSchema = z.record(z.string(), z.object({
  title: localizedTextSchema,
  note: z.optional(localizedTextSchema),
  units: z.optional(z.array(localizedTextSchema)),
  ships: z.optional(z.array(localizedTextSchema)),
  peopleNote: z.optional(localizedTextSchema),
}));
/** See {@link routeTextsSchema}. */
export type RouteTexts = z.infer<typeof routeTextsSchema>;

/** The part of a route the split reads and writes (raw JSON, before the schema). */
interface RawRoute {
  properties?: {
    id?: string; title?: LocalizedText; note?: LocalizedText; units?: LocalizedText[]; ships?: LocalizedText[];
    people?: { note?: LocalizedText } | null; [key: string]: unknown;
  };
  [key: string]: unknown;
}

/**
 * Split the routes file's JSON (build time): the routes without their texts, those apart.
 * @param collection - the parsed `geo/routes.geojson`; not modified
 * @param fileName - the name the texts are served under, relative to the routes file
 * @returns the routes to serve (with a `texts` member naming the file) and the texts
 */
export function splitRouteTexts(collection: { features: RawRoute[] }, fileName: string): { routes: object; texts: RouteTexts } {
  const routes = structuredClone(collection);
  const texts: RouteTexts = {};
  for (const { properties: p } of routes.features) {
    if (!p?.id || !p.title) continue;
    texts[p.id] = {
      title: p.title,
      ...(p.note === undefined ? {} : { note: p.note }),
      ...(p.units?.length ? { units: p.units } : {}),
      ...(p.ships?.length ? { ships: p.ships } : {}),
      ...(p.people?.note === undefined ? {} : { peopleNote: p.people.note }),
    };
    delete p.title;
    delete p.note;
    delete p.units;
    delete p.ships;
    if (p.people) delete p.people.note;
  }
  return { routes: { ...routes, texts: fileName }, texts };
}

/**
 * Merge the texts into the routes. Mutates the routes in place: the map's
 * popups and the export hold the same objects.
 * @param routes - parsed routes
 * @param texts - from {@link routeTextsSchema}
 */
export function mergeRouteTexts(routes: RouteCollection, texts: RouteTexts): void {
  for (const { properties: p } of routes.features) {
    const entry = texts[p.id];
    if (!entry) continue;
    p.title = entry.title;
    if (entry.note !== undefined) p.note = entry.note;
    if (entry.units) p.units = entry.units;
    if (entry.ships) p.ships = entry.ships;
    if (entry.peopleNote && p.people) p.people.note = entry.peopleNote;
  }
}

/** Stands in for a served route's missing title while the schema checks the rest. */
const PENDING: LocalizedText = { en: '\u0000' };

/**
 * The routes file as the page gets it, from text to typed value: the full file
 * (dev server, a substituted file) or the served one without titles and notes
 * (a `texts` member). A served route's `title` starts empty (`{}`, no language,
 * although the type says English) and its units and ships as none until
 * {@link mergeRouteTexts}; the popup shows no title meanwhile.
 * @param text - the file's content
 * @param file - path for messages @defaultValue `geo/routes.geojson`
 * @returns the typed collection, or its issues
 */
export function parseServedRoutes(text: string, file = 'geo/routes.geojson'): ParseResult<RouteCollection> {
  const json = parseJsonText(text, file);
  if (!json.ok) return json;
  const raw = json.value as { texts?: unknown; features?: unknown };
  const served = raw !== null && typeof raw === 'object' && raw.texts !== undefined && Array.isArray(raw.features);
  if (served) {
    for (const f of raw.features as RawRoute[]) {
      const p = f?.properties;
      if (!p || typeof p !== 'object') continue;
      p.title ??= PENDING;
      p.units ??= [];
      p.ships ??= [];
    }
  }
  const result = parseWithSchema(routesSchema, raw, file);
  if (!result.ok || !served) return result;
  for (const { properties: p } of result.value.features) if (p.title.en === PENDING.en) p.title = {} as LocalizedText;
  return result;
}
