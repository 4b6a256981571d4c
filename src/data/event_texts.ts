/**
 * Event texts by language. `geo/events.geojson` holds every text in en, ja and
 * ru; the build (scripts/vite_plugin_validate.ts) serves it as
 *
 * - `events-<hash>.geojson`: the events with every title (search finds an event
 *   by its title in any language) but the long texts (`text`, account `claim`)
 *   in English only, and a `texts` member naming the files below;
 * - `events-<hash>.ja.json`, `events-<hash>.ru.json`: those long texts in one
 *   language, by event id ({@link EventTexts}).
 *
 * The loader fetches the texts of the interface language and merges them into
 * the events; a language switch fetches the other one. English stays the
 * fallback while a file is on its way or failed. The dev server serves the
 * full file (no `texts` member): nothing to fetch.
 */
import * as z from 'zod/mini';
import type { ValidationIssue } from './issues.ts';
import type { EventCollection, LocalizedText } from './schema.ts';

/** Languages whose long texts are served apart from the events. */
export const SPLIT_LANGUAGES = ['ja', 'ru'] as const;
/** One of {@link SPLIT_LANGUAGES}. */
export type SplitLanguage = (typeof SPLIT_LANGUAGES)[number];

const text = z.string().check(z.minLength(1));

/** One language's long texts: per event id, its `text` and its accounts' claims in order (null: none). */
export const eventTextsSchema = z.record(z.string(), z.object({ text: z.optional(text), claims: z.array(z.nullable(text)) }));
/** See {@link eventTextsSchema}. */
export type EventTexts = z.infer<typeof eventTextsSchema>;

/** The part of an event the split reads and writes (raw JSON, before the schema). */
interface RawEvent {
  properties?: { id?: string; text?: Partial<LocalizedText>; accounts?: { claim?: Partial<LocalizedText> }[] };
}

/**
 * Split the events file's JSON (build time): English-only long texts in the
 * events, the other languages apart.
 * @param collection - the parsed `geo/events.geojson`; not modified
 * @param fileNames - the name each language's file is served under, relative to the events file
 * @returns the events to serve (with a `texts` member naming the files) and each language's texts
 */
export function splitEventTexts(
  collection: { features: RawEvent[] },
  fileNames: Record<SplitLanguage, string>,
): { events: object; texts: Record<SplitLanguage, EventTexts> } {
  const events = structuredClone(collection);
  const texts = { ja: {}, ru: {} } as Record<SplitLanguage, EventTexts>;
  for (const { properties: p } of events.features) {
    if (!p?.id) continue;
    for (const lang of SPLIT_LANGUAGES) {
      texts[lang][p.id] = { text: p.text?.[lang], claims: (p.accounts ?? []).map((a) => a.claim?.[lang] ?? null) };
    }
    if (p.text) p.text = { en: p.text.en };
    for (const account of p.accounts ?? []) if (account.claim) account.claim = { en: account.claim.en };
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
      for (const lang of SPLIT_LANGUAGES) {
        if (!value[lang]) issues.push({ file, feature: p.id, field: `${field}.${lang}`, message: 'is missing (every event text needs en, ja and ru)' });
      }
    }
  }
  return issues;
}
