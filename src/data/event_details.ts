/**
 * The events' popup-only details apart from the events. A popup shows an
 * event's sources, its time note, the confidence note, each account's sources
 * and each figure's note and sources; the map, the list, the timeline and the
 * figures panel need none of them. The build (scripts/vite_plugin_validate.ts)
 * serves them as `events-<hash>.details.json` ({@link EventDetails}), named by
 * the events' `details` member, fetched after the page is ready (or when a
 * popup needs it) and merged into the events. The dev server serves the full
 * file (no `details` member): nothing to fetch.
 */
import * as z from 'zod/mini';
import { localizedTextSchema, type EventCollection, type LocalizedText } from './schema.ts';

const ids = z.array(z.string());

/** Per event id: the fields taken out, accounts and figures by position and kind. */
export const eventDetailsSchema = z.record(z.string(), z.object({
  sources: ids,
  time_note: z.optional(localizedTextSchema),
  confidence: z.optional(localizedTextSchema),
  accountSources: z.array(ids),
  figures: z.record(z.string(), z.object({ note: z.optional(localizedTextSchema), sources: z.optional(ids) })),
}));
/** See {@link eventDetailsSchema}. */
export type EventDetails = z.infer<typeof eventDetailsSchema>;

type Figure = { note?: LocalizedText; sources?: string[] };
/** The part of an event the split reads and writes (raw JSON, before the schema). */
export interface RawEventDetails {
  properties?: {
    id?: string; sources?: string[]; time_note?: LocalizedText; confidence?: LocalizedText;
    accounts?: { sources?: string[] }[]; figures?: Record<string, Figure>;
  };
}

/**
 * Take the details out of the events' JSON (build time). Mutates `collection`
 * (the build's own copy) and names the file in its `details` member.
 * @param collection - the events to serve
 * @param fileName - the name the details are served under, relative to the events file
 * @returns the details by event id
 */
export function splitEventDetails(collection: { features: RawEventDetails[]; details?: string }, fileName: string): EventDetails {
  const details: EventDetails = {};
  for (const { properties: p } of collection.features) {
    if (!p?.id) continue;
    const figures: Record<string, Figure> = {};
    for (const [kind, f] of Object.entries(p.figures ?? {})) {
      if (f.note === undefined && f.sources === undefined) continue;
      figures[kind] = { ...(f.note === undefined ? {} : { note: f.note }), ...(f.sources === undefined ? {} : { sources: f.sources }) };
      delete f.note;
      delete f.sources;
    }
    details[p.id] = {
      sources: p.sources ?? [],
      ...(p.time_note === undefined ? {} : { time_note: p.time_note }),
      ...(p.confidence === undefined ? {} : { confidence: p.confidence }),
      accountSources: (p.accounts ?? []).map((a) => a.sources ?? []),
      figures,
    };
    delete p.sources;
    delete p.time_note;
    delete p.confidence;
    for (const a of p.accounts ?? []) delete a.sources;
  }
  collection.details = fileName;
  return details;
}

/**
 * Fill a served file's taken-out required fields (raw JSON, before the schema)
 * with empty values the schema accepts, to be emptied by {@link clearPendingDetails}.
 * @param features - the raw features; mutated
 */
export function fillPendingDetails(features: RawEventDetails[]): void {
  for (const f of features) {
    const p = f?.properties;
    if (!p || typeof p !== 'object') continue;
    p.sources ??= [PENDING_ID];
    for (const a of Array.isArray(p.accounts) ? p.accounts : []) if (a && typeof a === 'object') a.sources ??= [PENDING_ID];
  }
}

/** Stands in for a served event's missing sources while the schema checks the rest. */
const PENDING_ID = 'pending-details';

/**
 * After the schema: the stand-ins of {@link fillPendingDetails} become empty
 * lists (no source shown) until {@link mergeEventDetails}.
 * @param events - parsed served events; mutated
 */
export function clearPendingDetails(events: EventCollection): void {
  const clear = (list: string[]) => (list.length === 1 && list[0] === PENDING_ID ? [] : list);
  for (const { properties: p } of events.features) {
    p.sources = clear(p.sources);
    for (const a of p.accounts ?? []) a.sources = clear(a.sources);
  }
}

/**
 * Merge the details into the events. Mutates the events in place: the popups
 * and the export hold the same objects.
 * @param events - parsed events
 * @param details - from {@link eventDetailsSchema}
 */
export function mergeEventDetails(events: EventCollection, details: EventDetails): void {
  for (const { properties: p } of events.features) {
    const entry = details[p.id];
    if (!entry) continue;
    p.sources = entry.sources;
    if (entry.time_note !== undefined) p.time_note = entry.time_note;
    if (entry.confidence !== undefined) p.confidence = entry.confidence;
    p.accounts?.forEach((a, i) => { a.sources = entry.accountSources[i] ?? a.sources; });
    for (const [kind, f] of Object.entries(entry.figures)) {
      const figure = p.figures[kind as keyof typeof p.figures];
      if (!figure) continue;
      if (f.note !== undefined) figure.note = f.note;
      if (f.sources !== undefined) figure.sources = f.sources;
    }
  }
}
