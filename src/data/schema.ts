/**
 * The one definition of the atlas data: runtime schemas (zod/mini) that also give
 * the TypeScript types. Used by the app's loader, by `npm run validate` and by
 * the in-browser check of a user's own file. Rules that need more than one
 * feature (ids, references, geography) live in `checks.ts`. The building blocks
 * are in schema_values.ts, the places (and municipalities) in place_schema.ts.
 */
import * as z from 'zod/mini';
import {
  accountSchema, datePrecisionSchema, figureSchema, figuresSchema, idSchema, isoDateTimeSchema, lineStringSchema, localizedTextSchema,
  lonLatSchema, nameTextSchema, nonEmptyString, noteString, pointSchema, sourceIdsSchema, textSchema,
} from './schema_values.ts';
import { placePropertiesSchema } from './place_schema.ts';

export { NAME_MAX_CHARS, idSchema, localizedTextSchema, nameValueSchema, textSchema, pointSchema, sourceIdsSchema } from './schema_values.ts';
export { municipalKinds, nameKeys, placeAccountsSchema, placeKinds, seaPlaceKinds } from './place_schema.ts';

/** `repatriation`: the official lifts of 1946–49 and the Kuril islanders' legs to Maoka; `escape`: small boats, as flows with totals. */
const routeKinds = ['landing', 'advance', 'evacuation', 'attacked_ship', 'withdrawal', 'repatriation', 'escape'] as const;
const sides = ['soviet', 'japanese'] as const;

const routePropertiesSchema = z.object({
  id: idSchema,
  kind: z.enum(routeKinds),
  side: z.enum(sides),
  /** sea routes must not cross land; land routes may. */
  mode: z.enum(['sea', 'land']),
  title: localizedTextSchema,
  start_date: isoDateTimeSchema,
  end_date: isoDateTimeSchema,
  from: idSchema,
  to: idSchema,
  units: z.array(nameTextSchema),
  ships: z.array(nameTextSchema),
  /** People carried (a number or a range, with its sources); null when no source gives it. Sets the line's width. */
  people: z.nullable(figureSchema),
  /**
   * True for a line that stands for many sailings of one port and period,
   * where the sources give only a total (the note says which); absent for one voyage.
   */
  aggregate: z.optional(z.boolean()),
  sources: sourceIdsSchema,
  note: z.optional(textSchema()),
});

const eventKinds = [
  'declaration', 'battle', 'landing', 'surrender', 'evacuation', 'sinking',
  'air_raid', 'civilian', 'political', 'repatriation',
] as const;

const eventPropertiesSchema = z.object({
  id: idSchema,
  kind: z.enum(eventKinds),
  start_date: isoDateTimeSchema,
  end_date: z.optional(isoDateTimeSchema),
  date_precision: datePrecisionSchema,
  /** Time as the source states it when it differs from the stored zone. */
  time_note: z.optional(textSchema()),
  /** Place ids; the first is where the marker stands. Empty for context events. */
  places: z.array(idSchema),
  title: localizedTextSchema,
  text: localizedTextSchema,
  figures: figuresSchema,
  sources: sourceIdsSchema,
  /** Every account of a disputed fact, with its sources. */
  accounts: z.optional(z.array(accountSchema)),
  confidence: z.optional(textSchema()),
});

function featureSchema<P extends z.ZodMiniType, G extends z.ZodMiniType>(properties: P, geometry: G) {
  return z.object({ type: z.literal('Feature'), id: z.optional(z.union([z.string(), z.number()])), geometry, properties });
}

const placeFeatureSchema = featureSchema(placePropertiesSchema, pointSchema);
export const routeFeatureSchema = featureSchema(routePropertiesSchema, lineStringSchema);
/** Context events (a declaration in Moscow) have no point on this map. */
const eventFeatureSchema = featureSchema(eventPropertiesSchema, z.nullable(pointSchema));

export const placesSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(placeFeatureSchema),
  /**
   * Set by the build only (src/data/place_details.ts): the file, next to this one,
   * with every place's note, population note and control accounts; the features then carry none.
   */
  details: z.optional(z.string().check(z.regex(/^[\w-]+(\.[\w-]+)*$/, 'must be a file name'))),
});
export const routesSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(routeFeatureSchema),
  /**
   * Set by the build only (src/data/route_texts.ts): the file, next to this one,
   * with every route's title and note; the features then carry neither.
   */
  texts: z.optional(z.string().check(z.regex(/^[\w-]+(\.[\w-]+)*$/, 'must be a file name'))),
});
export const eventsSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(eventFeatureSchema),
  /**
   * Set by the build only (src/data/event_texts.ts): the files, next to this one,
   * with the long texts in en, ja and ru; the features then carry none.
   */
  texts: z.optional(z.partialRecord(z.enum(['en', 'ja', 'ru']), z.string().check(z.regex(/^[\w-]+(\.[\w-]+)*$/, 'must be a file name')))),
  /** Set by the build only (src/data/event_details.ts): the file with the popup-only details. */
  details: z.optional(z.string().check(z.regex(/^[\w-]+(\.[\w-]+)*$/, 'must be a file name'))),
});

const sourceSchema = z.object({
  id: idSchema,
  title: nonEmptyString(),
  author: z.optional(z.string()),
  publisher: z.optional(z.string()),
  /** Only http(s); anything else (javascript:, data:) is rejected. */
  url: z.optional(z.url({ protocol: /^https?$/ })),
  language: z.string().check(z.regex(/^[a-z]{2}$/, 'must be a two-letter language code')),
  kind: z.enum(['web', 'book', 'article', 'dataset', 'archive', 'survey']),
  date: z.optional(z.string()),
  note: z.optional(noteString()),
});
export const sourcesSchema = z.array(sourceSchema);

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type PlaceProperties = z.infer<typeof placePropertiesSchema>;
export type RouteProperties = z.infer<typeof routePropertiesSchema>;
export type EventProperties = z.infer<typeof eventPropertiesSchema>;
export type PlaceFeature = z.infer<typeof placeFeatureSchema>;
export type RouteFeature = z.infer<typeof routeFeatureSchema>;
export type EventFeature = z.infer<typeof eventFeatureSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type PlaceCollection = z.infer<typeof placesSchema>;
export type RouteCollection = z.infer<typeof routesSchema>;
export type EventCollection = z.infer<typeof eventsSchema>;

const ringSchema = z.array(lonLatSchema).check(z.minLength(4, 'needs at least 4 positions'));
const polygonSchema = z.object({ type: z.literal('Polygon'), coordinates: z.array(ringSchema).check(z.minLength(1)) });
const multiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(ringSchema).check(z.minLength(1))),
});

/**
 * The basemap's land (`geo/land.geojson`, built): polygons only, any properties.
 * `bbox`, when present, is the extent the basemap covers (land rules apply
 * inside it); without it the extent is the polygons' own box.
 */
export const landSchema = z.object({
  type: z.literal('FeatureCollection'),
  bbox: z.optional(z.tuple([z.number(), z.number(), z.number(), z.number()])),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      geometry: z.discriminatedUnion('type', [polygonSchema, multiPolygonSchema]),
      properties: z.nullable(z.record(z.string(), z.unknown())),
    }),
  ),
});
export type LandCollection = z.infer<typeof landSchema>;

/** The data files the atlas reads, by file name under `geo/`. */
export const dataFiles = {
  'places.geojson': placesSchema,
  'routes.geojson': routesSchema,
  'events.geojson': eventsSchema,
  'sources.json': sourcesSchema,
} as const;
export type DataFileName = keyof typeof dataFiles;

/** Where the atlas's data may lie: Honshu (Tokyo Bay) to Kamchatka. */
export const REGION_BBOX = [128, 34, 165, 57] as const;
/** The campaign and its aftermath: the declaration of war to the end of repatriation. */
export const CAMPAIGN_WINDOW = { start: '1945-08-01T00:00+09:00', end: '1949-12-31T23:59+09:00' } as const;
