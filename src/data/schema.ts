/**
 * The one definition of the atlas data: runtime schemas (zod/mini) that also give
 * the TypeScript types. Used by the app's loader, by `npm run validate` and by
 * the in-browser check of a user's own file. Rules that need more than one
 * feature (ids, references, geography) live in `checks.ts`.
 */
import * as z from 'zod/mini';
import { isIsoWithOffset } from '../core/dates.ts';

// zod/mini, not the classic `zod` API: its functions tree-shake, so the app and
// the own-data worker carry only the schema kinds and checks used here. Messages
// come from parse.ts's error map (`parseWithSchema`), so no zod locale is loaded:
// a bare `schema.parse()` reports zod's generic "Invalid input" with code and path.

// The page's CSP forbids eval (index.html). zod/mini's objects never compile
// parsers, but say so anyway: should a zod release give mini the JIT path, it
// must not probe `Function('')`, which the browser reports as a violation.
z.config({ jitless: true });

/** Longest name a feature may have (a label of ~65,000 characters overflows MapLibre's layout and hides its neighbours). */
export const NAME_MAX_CHARS = 500;
/** Longest text (the atlas's longest is under 1,000 characters). */
const TEXT_MAX_CHARS = 10_000;

/** A string of one to `max` characters. */
const nonEmptyString = (max = TEXT_MAX_CHARS) => z.string().check(z.minLength(1), z.maxLength(max, `is longer than ${max} characters`));
/** A name: one to {@link NAME_MAX_CHARS} characters. */
const nameString = () => nonEmptyString(NAME_MAX_CHARS);
/** Free text, possibly empty. */
const noteString = () => z.string().check(z.maxLength(TEXT_MAX_CHARS, `is longer than ${TEXT_MAX_CHARS} characters`));

/** Lower-case slug, stable across releases: URLs and popups link to it. */
export const idSchema = z.string().check(z.regex(/^[a-z][a-z0-9_-]*$/, 'must be a lower-case slug (a-z, 0-9, _ or -)'));

/** ISO 8601 date-time with an explicit offset, e.g. `1945-08-20T05:30+09:00`. */
const isoDateTimeSchema = z
  .string()
  .check(z.refine(isIsoWithOffset, 'must be an ISO 8601 date-time with an offset, e.g. 1945-08-20T05:30+09:00'));

/** How precisely a source dates the event; the instant is the start of that span. */
const datePrecisionSchema = z.enum(['minute', 'hour', 'day', 'month']);

/** Text in the interface languages; English is required, the others where sourced. */
export const localizedTextSchema = z.object({
  en: nonEmptyString(),
  ja: z.optional(nonEmptyString()),
  ru: z.optional(nonEmptyString()),
});

/**
 * A place's note: a localized text, or (in a reader's own file, as before notes
 * were translated) a plain string, read as English; an empty string is no note.
 * The atlas's own notes carry en, ja and ru (`untranslatedPlaceTexts`, checks_places.ts).
 */
const placeNoteSchema = z.pipe(
  z.transform((v: unknown) => (typeof v === 'string' ? (v === '' ? undefined : { en: v }) : v)),
  z.optional(localizedTextSchema),
);

/** At least one source id. */
export const sourceIdsSchema = z.array(idSchema).check(z.minLength(1, 'needs at least one source'));

/** A name tag's value; `null` says "unknown" explicitly, absence is an error. */
export const nameValueSchema = z.nullable(nameString());

/** A count: an integer, zero or more. */
const countSchema = () => z.int().check(z.nonnegative());

/** A number as sources give it: exact (min = max) or a range, with a note. */
const figureSchema = z
  .object({
    min: countSchema(),
    max: countSchema(),
    note: z.optional(noteString()),
    sources: z.optional(z.array(idSchema)),
  })
  .check(z.refine((f) => f.min <= f.max, { message: 'is less than min', path: ['max'] }));

/**
 * What a figure counts. The dead say whose they are (Soviet soldiers and sailors, Japanese
 * soldiers, civilians): one `killed` mixed the three and summed a battle's toll with a
 * sinking's evacuees.
 */
const figureKinds = [
  'troops', 'soviet_killed', 'japanese_military_killed', 'civilians_killed', 'missing', 'wounded',
  'evacuated', 'captured', 'ships', 'ships_lost',
  // Issue #14: the repatriation of 1946–49 and those who stayed, counted apart from the August 1945 evacuation.
  'repatriated', 'remained',
  // Dead whose side the source does not say: a reader's own file may use it (files made
  // before the split keep loading); the atlas's own events say whose (checks.ts, unattributedDead).
  'killed',
] as const;

const figuresSchema = z.partialRecord(z.enum(figureKinds), figureSchema);

const lonLatSchema = z.tuple([
  z.number().check(z.gte(-180), z.lte(180)),
  z.number().check(z.gte(-90), z.lte(90)),
]);

/** A GeoJSON Point in degrees. */
export const pointSchema = z.object({ type: z.literal('Point'), coordinates: lonLatSchema });

const lineStringSchema = z.object({
  type: z.literal('LineString'),
  coordinates: z.array(lonLatSchema).check(z.minLength(2, 'needs at least 2 positions')),
});

export const placeKinds = [
  'city', 'town', 'village', 'settlement', 'port', 'station', 'mine', 'frontier_post', 'fortified_district',
  'island', 'island_group', 'cape', 'beach', 'pass', 'bay', 'river_mouth', 'wreck', 'sea_area',
] as const;

/** Places at sea: exempt from the "on land" rule. */
export const seaPlaceKinds: ReadonlySet<string> = new Set(['bay', 'wreck', 'sea_area']);

/** Kinds that are municipalities (市町村) and carry {@link municipalProperties}; `settlement` is a place that was not one. */
export const municipalKinds: ReadonlySet<string> = new Set(['city', 'town', 'village']);

/** The subprefectures (支庁) of August 1945: Karafuto's four and Hokkaido's Nemuro, to which the Kurils belonged. */
const subprefectures = ['toyohara', 'maoka', 'esutoru', 'shikuka', 'nemuro'] as const;

const regions = ['karafuto', 'chishima', 'hokkaido', 'honshu', 'kamchatka', 'mainland'] as const;

export const nameKeys = ['name:ja', 'name:ja-Latn', 'name:ru', 'name:ru-Latn'] as const;

/** A head count at one census or register: exact, or a range where sources disagree. */
const populationSchema = z.union([
  countSchema(),
  z.object({ min: countSchema(), max: countSchema() })
    .check(z.refine((r) => r.min <= r.max, { message: 'is less than min', path: ['max'] })),
]);

/**
 * How the control date is known: `entry` of the first Soviet troops, local
 * `surrender`, or `bound`, a date by which sources say the place was held
 * (a communiqué, the end of an operation) when no local date is found.
 */
const controlBases = ['entry', 'surrender', 'bound'] as const;

/** One source's version of a fact (a date, a figure), and how the atlas weighs it. */
const accountSchema = z.object({
  claim: localizedTextSchema,
  sources: sourceIdsSchema,
  /** How the atlas weighs it: the mapped version is `accepted`. */
  assessment: z.enum(['accepted', 'disputed', 'rejected']),
});

/**
 * What a municipality (and, for control, an island) adds to a place: its
 * district and subprefecture, its population at the last count before
 * August 1945, and when Soviet forces took it. Checked together in checks_places.ts.
 */
/** Every account of when a place was taken. */
export const placeAccountsSchema = z.array(accountSchema);

const municipalProperties = {
  /** The district (郡) in kanji and romanised; null for Toyohara, a city outside any district. */
  'district:ja': z.optional(z.nullable(nameString())),
  'district:ja-Latn': z.optional(z.nullable(nameString())),
  subprefecture: z.optional(z.enum(subprefectures)),
  /** null: no count found; `population_note` then says what was searched. */
  population: z.optional(z.nullable(populationSchema)),
  /** Year of the count `population` gives. */
  population_year: z.optional(z.int().check(z.gte(1900), z.lte(1945))),
  population_sources: z.optional(sourceIdsSchema),
  population_note: z.optional(localizedTextSchema),
  /** When Soviet forces held the place: the instant the map shades it from. */
  soviet_control_date: z.optional(isoDateTimeSchema),
  soviet_control_basis: z.optional(z.enum(controlBases)),
  soviet_control_sources: z.optional(sourceIdsSchema),
  /** Every account where sources differ (first troops vs formal surrender). */
  soviet_control_accounts: z.optional(placeAccountsSchema),
};

const placePropertiesSchema = z.object({
  id: idSchema,
  kind: z.enum(placeKinds),
  /** 1945 administrative area; karafuto and chishima need all four names. */
  region: z.enum(regions),
  'name:ja': nameValueSchema,
  'name:ja-Latn': nameValueSchema,
  'name:ru': nameValueSchema,
  'name:ru-Latn': nameValueSchema,
  /** The 1945 Japanese name in Cyrillic (Polivanov: Тоёхара); null when not known. See geo/README.md. */
  'name:ja-Cyrl': z.optional(nameValueSchema),
  /** The modern Russian name in katakana as Japanese writes it (ホルムスク); null when not known. */
  'name:ru-Kana': z.optional(nameValueSchema),
  /** English label where neither romanisation reads naturally (capes, bays). */
  'name:en': z.optional(nameString()),
  'alt_name:ja': z.optional(z.array(nameString())),
  'alt_name:ja-Latn': z.optional(z.array(nameString())),
  'alt_name:ru': z.optional(z.array(nameString())),
  'alt_name:ru-Latn': z.optional(z.array(nameString())),
  /** Name tags whose value a source gives only tentatively. */
  unconfirmed: z.optional(z.array(z.enum(nameKeys))),
  /** Year the modern (Russian) name was adopted; null when not known. */
  modern_name_since: z.nullable(z.int().check(z.gte(1700), z.lte(2100))),
  /** Source id of the coordinate (e.g. geonames) and its record there. */
  coord_source: idSchema,
  coord_ref: z.optional(nonEmptyString()),
  /** Radius in metres within which the true position lies. */
  uncertainty_m: z.number().check(z.nonnegative()),
  sources: sourceIdsSchema,
  note: z.optional(placeNoteSchema),
  ...municipalProperties,
});

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
  units: z.array(nameString()),
  ships: z.array(nameString()),
  /** People carried (a number or a range, with its sources); null when no source gives it. Sets the line's width. */
  people: z.nullable(figureSchema),
  /**
   * True for a line that stands for many sailings of one port and period,
   * where the sources give only a total (the note says which); absent for one voyage.
   */
  aggregate: z.optional(z.boolean()),
  sources: sourceIdsSchema,
  note: z.optional(noteString()),
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
  time_note: z.optional(noteString()),
  /** Place ids; the first is where the marker stands. Empty for context events. */
  places: z.array(idSchema),
  title: localizedTextSchema,
  text: localizedTextSchema,
  figures: figuresSchema,
  sources: sourceIdsSchema,
  /** Every account of a disputed fact, with its sources. */
  accounts: z.optional(z.array(accountSchema)),
  confidence: z.optional(noteString()),
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
