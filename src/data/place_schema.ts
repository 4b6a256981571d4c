/**
 * The places of the atlas data: their kinds, regions and name tags, and what a
 * municipality (市町村) of 1945 adds (district, subprefecture, population, the
 * date Soviet forces took it). Checked together in checks_places.ts.
 */
import * as z from 'zod/mini';
import {
  accountSchema, countSchema, idSchema, isoDateTimeSchema, localizedTextSchema, nameString, nameValueSchema, nonEmptyString, placeNoteSchema,
  sourceIdsSchema,
} from './schema_values.ts';

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
/** A subprefecture id ({@link subprefectures}). */
export const subprefectureSchema = z.enum(subprefectures);

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
  subprefecture: z.optional(subprefectureSchema),
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

export const placePropertiesSchema = z.object({
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
