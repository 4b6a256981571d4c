/**
 * Place details apart from the places. A place's `note`, `population_note` and
 * `soviet_control_accounts` (in en, ja and ru) are shown only in its popup, so
 * the build (scripts/vite_plugin_validate.ts) serves `geo/places.geojson` as
 *
 * - `places-<hash>.geojson`: the places without them, and a `details` member
 *   naming the file below;
 * - `places-<hash>.details.json`: those fields by place id ({@link PlaceDetails}),
 *   fetched after the page is ready (or when a popup needs it) and merged in.
 *
 * The dev server serves the full file (no `details` member): nothing to fetch.
 */
import * as z from 'zod/mini';
import { localizedTextSchema, placeAccountsSchema, type PlaceCollection } from './schema.ts';

/** The popup-only fields of each place, by place id. */
export const placeDetailsSchema = z.record(z.string(), z.object({
  note: z.optional(localizedTextSchema),
  population_note: z.optional(localizedTextSchema),
  soviet_control_accounts: z.optional(placeAccountsSchema),
}));
/** See {@link placeDetailsSchema}. */
export type PlaceDetails = z.infer<typeof placeDetailsSchema>;

/** The fields moved to the companion file. */
const DETAIL_FIELDS = ['note', 'population_note', 'soviet_control_accounts'] as const;

/** The part of a place the split reads and writes (raw JSON, before the schema). */
interface RawPlace {
  properties?: { id?: string; [key: string]: unknown };
  [key: string]: unknown;
}

/**
 * Split the places file's JSON (build time): the places without their popup-only fields, those apart.
 * @param collection - the parsed `geo/places.geojson`; not modified
 * @param fileName - the name the details are served under, relative to the places file
 * @returns the places to serve (with a `details` member naming the file) and the details
 */
export function splitPlaceDetails(collection: { features: RawPlace[] }, fileName: string): { places: object; details: Record<string, object> } {
  const places = structuredClone(collection);
  const details: Record<string, Record<string, unknown>> = {};
  for (const { properties: p } of places.features) {
    if (!p?.id) continue;
    for (const field of DETAIL_FIELDS) {
      if (p[field] === undefined) continue;
      (details[p.id] ??= {})[field] = p[field];
      delete p[field];
    }
  }
  return { places: { ...places, details: fileName }, details };
}

/**
 * Merge the details into the places. Mutates the places in place: the map's
 * popups and the export hold the same objects.
 * @param places - parsed places
 * @param details - from {@link placeDetailsSchema}
 */
export function mergePlaceDetails(places: PlaceCollection, details: PlaceDetails): void {
  for (const { properties: p } of places.features) Object.assign(p, details[p.id]);
}
