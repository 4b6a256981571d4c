/**
 * Event texts by language. `geo/events.geojson` holds every text in en, ja and
 * ru; the build (scripts/vite_plugin_validate.ts) serves it as
 *
 * - `events-<hash>.geojson`: the events with every title (search finds an event
 *   by its title in any language) but without the long texts (`text`, account
 *   `claim`), and a `texts` member naming the files below;
 * - `events-<hash>.en.json`, `.ja.json`, `.ru.json`: those long texts in one
 *   language, by event id ({@link EventTexts}).
 *
 * The loader fetches the texts of the interface language and merges them into
 * the events; a language switch fetches the other one. A file that failed is
 * replaced by English (fetched then), shown marked `lang="en"`. The dev server
 * serves the full file (no `texts` member): nothing to fetch.
 */
import * as z from 'zod/mini';
import { clearPendingDetails, fillPendingDetails, type RawEventDetails } from './event_details.ts';
import type { ValidationIssue } from './issues.ts';
import { parseJsonText, parseWithSchema, type ParseResult } from './parse.ts';
import { eventsSchema, type EventCollection, type LocalizedText } from './schema.ts';

/** Languages whose long texts are served apart from the events: all of them. */
export const SPLIT_LANGUAGES = ['en', 'ja', 'ru'] as const;
/** One of {@link SPLIT_LANGUAGES}. */
export type SplitLanguage = (typeof SPLIT_LANGUAGES)[number];

/** Languages besides English (required by the schema) that the repository's file must have too. */
const TRANSLATED = ['ja', 'ru'] as const;

const text = z.string().check(z.minLength(1));

/** One language's long texts: per event id, its `text` and its accounts' claims in order (null: none). */
export const eventTextsSchema = z.record(z.string(), z.object({ text: z.optional(text), claims: z.array(z.nullable(text)) }));
/** See {@link eventTextsSchema}. */
export type EventTexts = z.infer<typeof eventTextsSchema>;

/** The part of an event the split reads and writes (raw JSON, before the schema). */
interface RawEvent {
  properties?: { id?: string; text?: Partial<LocalizedText>; accounts?: { claim?: Partial<LocalizedText> }[] };
  [key: string]: unknown;
}

/**
 * Split the events file's JSON (build time): the events without long texts,
 * each language's texts apart.
 * @param collection - the parsed `geo/events.geojson`; not modified
 * @param fileNames - the name each language's file is served under, relative to the events file
 * @returns the events to serve (with a `texts` member naming the files) and each language's texts
 */
export function splitEventTexts(
  collection: { features: RawEvent[] },
  fileNames: Record<SplitLanguage, string>,
): { events: object; texts: Record<SplitLanguage, EventTexts> } {
  const events = structuredClone(collection);
  const texts = { en: {}, ja: {}, ru: {} } as Record<SplitLanguage, EventTexts>;
  for (const { properties: p } of events.features) {
    if (!p?.id) continue;
    for (const lang of SPLIT_LANGUAGES) {
      texts[lang][p.id] = { text: p.text?.[lang], claims: (p.accounts ?? []).map((a) => a.claim?.[lang] ?? null) };
    }
    delete p.text;
    for (const account of p.accounts ?? []) delete account.claim;
  }
  return { events: { ...events, texts: fileNames }, texts };
}

/**
 * Merge one language's texts into the events. Mutates the events in place:
 * the map's popups and the lists hold the same objects.
 * @param events - parsed events
 * @param lang - the texts' language
 * @param texts - from {@link eventTextsSchema}
 */
export function mergeEventTexts(events: EventCollection, lang: SplitLanguage, texts: EventTexts): void {
  for (const { properties: p } of events.features) {
    const entry = texts[p.id];
    if (!entry) continue;
    if (entry.text) p.text[lang] = entry.text;
    p.accounts?.forEach((account, i) => {
      const claim = entry.claims[i];
      if (claim) account.claim[lang] = claim;
    });
  }
}

/**
 * The repository's rule (not a user's own file's): every event's title, text and
 * account claims in en, ja and ru, so that each served language is complete.
 * @param events - parsed events
 * @param file - the file's name in messages, e.g. `geo/events.geojson`
 * @returns one issue per missing text, e.g. `feature "x": text.ja is missing`
 */
export function missingEventTranslations(events: EventCollection, file: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const { properties: p } of events.features) {
    const fields: [string, LocalizedText][] = [['title', p.title], ['text', p.text]];
    p.accounts?.forEach((a, i) => fields.push([`accounts.${i}.claim`, a.claim]));
    for (const [field, value] of fields) {
      for (const lang of TRANSLATED) {
        if (!value[lang]) issues.push({ file, feature: p.id, field: `${field}.${lang}`, message: 'is missing (every event text needs en, ja and ru)' });
      }
    }
  }
  return issues;
}

/** Stands in for a served event's missing long text while the schema checks the rest. */
const PENDING: LocalizedText = { en: '\u0000' };

/**
 * The events file as the page gets it, from text to typed value: the full file
 * (dev server, a substituted file) or the served one without long texts (a
 * `texts` member; a `details` member: event_details.ts, whose lists start
 * empty). A served event's `text` and claims start empty (`{}`, no
 * language, although the type says English) and fill as
 * {@link mergeEventTexts} merges each language's file; readers fall back
 * through what is there (`shownText` in src/ui/popup_content.ts).
 * @param text - the file's content
 * @param file - path for messages @defaultValue `geo/events.geojson`
 * @returns the typed collection, or its issues
 */
export function parseServedEvents(text: string, file = 'geo/events.geojson'): ParseResult<EventCollection> {
  const json = parseJsonText(text, file);
  if (!json.ok) return json;
  const raw = json.value as { texts?: unknown; details?: unknown; features?: unknown };
  const served = raw !== null && typeof raw === 'object' && raw.texts !== undefined && Array.isArray(raw.features);
  const withoutDetails = raw !== null && typeof raw === 'object' && raw.details !== undefined && Array.isArray(raw.features);
  if (withoutDetails) fillPendingDetails(raw.features as RawEventDetails[]);
  if (served) {
    for (const f of raw.features as { properties?: RawEvent['properties'] }[]) {
      const p = f?.properties;
      if (!p || typeof p !== 'object') continue;
      p.text ??= PENDING;
      for (const account of Array.isArray(p.accounts) ? p.accounts : []) if (account && typeof account === 'object') account.claim ??= PENDING;
    }
  }
  const result = parseWithSchema(eventsSchema, raw, file);
  if (result.ok && withoutDetails) clearPendingDetails(result.value);
  if (!result.ok || !served) return result;
  for (const { properties: p } of result.value.features) {
    if (p.text.en === PENDING.en) p.text = {} as LocalizedText;
    for (const account of p.accounts ?? []) if (account.claim.en === PENDING.en) account.claim = {} as LocalizedText;
  }
  return result;
}
