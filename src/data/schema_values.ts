/**
 * The building blocks of the data schema (schema.ts): strings with their limits,
 * ids, dates with offsets, texts in three languages, source lists, figures and
 * GeoJSON positions, and a source's account of a disputed fact.
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
export const nonEmptyString = (max = TEXT_MAX_CHARS) => z.string().check(z.minLength(1), z.maxLength(max, `is longer than ${max} characters`));
/** A name: one to {@link NAME_MAX_CHARS} characters. */
export const nameString = () => nonEmptyString(NAME_MAX_CHARS);
/** Free text, possibly empty. */
export const noteString = () => z.string().check(z.maxLength(TEXT_MAX_CHARS, `is longer than ${TEXT_MAX_CHARS} characters`));

/** Lower-case slug, stable across releases: URLs and popups link to it. */
export const idSchema = z.string().check(z.regex(/^[a-z][a-z0-9_-]*$/, 'must be a lower-case slug (a-z, 0-9, _ or -)'));

/** ISO 8601 date-time with an explicit offset, e.g. `1945-08-20T05:30+09:00`. */
export const isoDateTimeSchema = z
  .string()
  .check(z.refine(isIsoWithOffset, 'must be an ISO 8601 date-time with an offset, e.g. 1945-08-20T05:30+09:00'));

/** How precisely a source dates the event; the instant is the start of that span. */
export const datePrecisionSchema = z.enum(['minute', 'hour', 'day', 'month']);

/** Text in the interface languages; English is required, the others where sourced. */
export const localizedTextSchema = z.object({
  en: nonEmptyString(),
  ja: z.optional(nonEmptyString()),
  ru: z.optional(nonEmptyString()),
});

/**
 * A reader-facing text of the data: a localized text, or (in a reader's own file,
 * as files were written before the atlas's texts were translated) a plain string,
 * read as English; an empty string is no text. The atlas's own texts carry en, ja
 * and ru (`untranslatedTexts`, checks_texts.ts).
 * @param max - longest text in characters
 */
export const textSchema = (max = TEXT_MAX_CHARS) => z.pipe(
  z.transform((v: unknown) => (typeof v === 'string' ? (v === '' ? undefined : { en: v }) : v)),
  z.optional(z.object({ en: nonEmptyString(max), ja: z.optional(nonEmptyString(max)), ru: z.optional(nonEmptyString(max)) })),
);

/** A place's note (see {@link textSchema}). */
export const placeNoteSchema = textSchema();

/**
 * A name in a list (a unit, a ship): a localized name, or a reader's plain string read as English.
 * Unlike {@link textSchema}, never empty.
 */
export const nameTextSchema = z.pipe(
  z.transform((v: unknown) => (typeof v === 'string' ? { en: v } : v)),
  z.object({ en: nameString(), ja: z.optional(nameString()), ru: z.optional(nameString()) }),
);

/** At least one source id. */
export const sourceIdsSchema = z.array(idSchema).check(z.minLength(1, 'needs at least one source'));

/** A name tag's value; `null` says "unknown" explicitly, absence is an error. */
export const nameValueSchema = z.nullable(nameString());

/** A count: an integer, zero or more. */
export const countSchema = () => z.int().check(z.nonnegative());

/** A number as sources give it: exact (min = max) or a range, with a note. */
export const figureSchema = z
  .object({
    min: countSchema(),
    max: countSchema(),
    note: z.optional(textSchema()),
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

export const figuresSchema = z.partialRecord(z.enum(figureKinds), figureSchema);

export const lonLatSchema = z.tuple([
  z.number().check(z.gte(-180), z.lte(180)),
  z.number().check(z.gte(-90), z.lte(90)),
]);

/** A GeoJSON Point in degrees. */
export const pointSchema = z.object({ type: z.literal('Point'), coordinates: lonLatSchema });

export const lineStringSchema = z.object({
  type: z.literal('LineString'),
  coordinates: z.array(lonLatSchema).check(z.minLength(2, 'needs at least 2 positions')),
});

/** One source's version of a fact (a date, a figure), and how the atlas weighs it. */
export const accountSchema = z.object({
  claim: localizedTextSchema,
  sources: sourceIdsSchema,
  /** How the atlas weighs it: the mapped version is `accepted`. */
  assessment: z.enum(['accepted', 'disputed', 'rejected']),
});
