/**
 * "Your family's path": a reader's own road out of Karafuto, as legs from
 * place to place (the atlas's place ids) by some means on some day or month.
 * Pure: the types, the reading of a leg's date, the checker and the guard
 * that lets only well-formed paths into the state. The checker reports
 * problems per leg and field and never drops anything: the reader's data is
 * kept as typed, mistakes included.
 */
import { JST_OFFSET_MINUTES, spanEndFromIso, timeFromIso } from './dates.ts';

/** How a leg was travelled. */
export const FAMILY_MODES = ['rail', 'road', 'foot', 'ship', 'boat'] as const;
/** How a leg was travelled: rail, road (cart, truck), on foot, a ship, a small boat. */
type FamilyMode = (typeof FAMILY_MODES)[number];

/** The ship of a leg: an atlas route id (a voyage) or another ship, by name. */
type FamilyVoyage = string | { ship: string };

/** One leg of a path. */
export interface FamilyLeg {
  /** Place id where the leg starts (the hometown, or where the previous leg ended). */
  from: string;
  /** Place id where the leg ends. */
  to: string;
  mode: FamilyMode;
  /** `YYYY-MM-DD` (a day) or `YYYY-MM` (a month), either prefixed `~` for "about"; JST. */
  date: string;
  voyage?: FamilyVoyage;
  note?: string;
}

/** One person's or family's path. */
export interface FamilyPath {
  name: string;
  /** The hometown's place id, kept even before the first leg is written (the first leg starts there). */
  home?: string;
  legs: FamilyLeg[];
}

/** Sizes the state accepts: a link or a stored value beyond them is ignored. */
export const FAMILY_LIMITS = { paths: 20, legs: 40, name: 120, note: 1000, id: 80 } as const;

/** The first and the last day a leg may fall on (JST): the evacuation to the end of the repatriation. */
const FAMILY_RANGE = {
  startMs: timeFromIso('1945-08-01T00:00+09:00') as number,
  endMs: timeFromIso('1950-01-01T00:00+09:00') as number,
} as const;

/** A leg's date read: the span it covers (epoch ms, end exclusive), its precision and whether it is "about". */
export interface FamilyDateSpan {
  startMs: number;
  endMs: number;
  precision: 'day' | 'month';
  about: boolean;
}

const DATE_TEXT = /^(~?)(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/**
 * The span of a leg's date, read in JST.
 * @param text - `1945-08-18`, `1945-08`, `~1945-08-18` or `~1947-07`
 * @returns the span, or null when the text is no real day or month (1945-02-30, 1945-13, 18.8.1945)
 * @example familyDateSpan('1945-08-18')?.startMs === timeFromIso('1945-08-18T00:00+09:00')
 */
export function familyDateSpan(text: string): FamilyDateSpan | null {
  const match = DATE_TEXT.exec(text.trim());
  if (!match) return null;
  const [, about, year, month, day] = match;
  const precision = day === undefined ? 'month' : 'day';
  const iso = `${year}-${month}-${day ?? '01'}T00:00+09:00`;
  const startMs = timeFromIso(iso);
  const endMs = spanEndFromIso(iso, precision);
  if (startMs === null || endMs === null) return null;
  return { startMs, endMs, precision, about: about === '~' };
}

/** What can be wrong with a leg. */
type FamilyProblemCode =
  | 'date_invalid' | 'date_range' | 'order' | 'same_place' | 'gap' | 'unknown_place' | 'unknown_voyage' | 'mode';

/** A problem of one field of one leg (leg -1: the path's hometown). */
export interface FamilyProblem {
  leg: number;
  field: 'home' | 'from' | 'to' | 'mode' | 'date' | 'voyage';
  code: FamilyProblemCode;
}

/** What the checker knows of the atlas. */
export interface FamilyKnown {
  isPlace(id: string): boolean;
  isVoyage(id: string): boolean;
}

/**
 * Every problem of a path, in leg order; the path itself is left as it is.
 * @param path - the path as the reader wrote it
 * @param known - the atlas's place ids and voyage (route) ids
 * @returns the problems (empty for a sound path)
 */
export function familyProblems(path: FamilyPath, known: FamilyKnown): FamilyProblem[] {
  const problems: FamilyProblem[] = [];
  const add = (leg: number, field: FamilyProblem['field'], code: FamilyProblemCode) => problems.push({ leg, field, code });
  if (path.home && !known.isPlace(path.home)) add(-1, 'home', 'unknown_place');
  let previousEnd = path.home ?? null;
  let previousSpan: FamilyDateSpan | null = null;
  path.legs.forEach((leg, i) => {
    if (!known.isPlace(leg.from)) add(i, 'from', 'unknown_place');
    else if (previousEnd !== null && leg.from !== previousEnd) add(i, 'from', 'gap');
    if (!known.isPlace(leg.to)) add(i, 'to', 'unknown_place');
    else if (leg.to === leg.from) add(i, 'to', 'same_place');
    previousEnd = leg.to;
    if (!(FAMILY_MODES as readonly string[]).includes(leg.mode)) add(i, 'mode', 'mode');
    if (typeof leg.voyage === 'string' && !known.isVoyage(leg.voyage)) add(i, 'voyage', 'unknown_voyage');
    const span = familyDateSpan(leg.date);
    if (!span) { add(i, 'date', 'date_invalid'); return; }
    if (span.startMs < FAMILY_RANGE.startMs || span.endMs > FAMILY_RANGE.endMs) add(i, 'date', 'date_range');
    // Out of order only when the whole span lies before the previous one's start: "August" may follow "18 August".
    else if (previousSpan && span.endMs <= previousSpan.startMs) add(i, 'date', 'order');
    previousSpan = span;
  });
  return problems;
}

/**
 * The date text of a span start, for a new leg's default (the day after the previous leg).
 * @param time - epoch ms
 * @returns `YYYY-MM-DD` in JST
 */
export function familyDayFromTime(time: number): string {
  return new Date(time + JST_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10);
}

const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

function isLeg(value: unknown): value is FamilyLeg {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const l = value as Record<string, unknown>;
  const voyage = l.voyage;
  const voyageOk = voyage === undefined || isText(voyage, FAMILY_LIMITS.id)
    || (typeof voyage === 'object' && voyage !== null && isText((voyage as Record<string, unknown>).ship, FAMILY_LIMITS.name));
  return isText(l.from, FAMILY_LIMITS.id) && isText(l.to, FAMILY_LIMITS.id) && isText(l.date, 20)
    && (FAMILY_MODES as readonly unknown[]).includes(l.mode) && voyageOk
    && (l.note === undefined || isText(l.note, FAMILY_LIMITS.note));
}

function isPath(value: unknown): value is FamilyPath {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const p = value as Record<string, unknown>;
  return isText(p.name, FAMILY_LIMITS.name) && (p.home === undefined || isText(p.home, FAMILY_LIMITS.id))
    && Array.isArray(p.legs) && p.legs.length <= FAMILY_LIMITS.legs && p.legs.every(isLeg);
}

/**
 * Paths from untrusted input (a link, the device's storage, `window.atlas.set`): a copy holding
 * only the known fields, or null when the value is malformed or over {@link FAMILY_LIMITS}.
 * Names and notes stay plain text (the panel shows them with textContent).
 * @param value - anything
 * @returns the paths, or null to ignore the input
 */
export function familyFromUnknown(value: unknown): FamilyPath[] | null {
  if (!Array.isArray(value) || value.length > FAMILY_LIMITS.paths || !value.every(isPath)) return null;
  return value.map((p: FamilyPath) => ({
    name: p.name,
    ...(p.home !== undefined ? { home: p.home } : {}),
    legs: p.legs.map((l) => ({
      from: l.from, to: l.to, mode: l.mode, date: l.date,
      ...(l.voyage !== undefined ? { voyage: typeof l.voyage === 'string' ? l.voyage : { ship: l.voyage.ship } } : {}),
      ...(l.note !== undefined ? { note: l.note } : {}),
    })),
  }));
}

/**
 * Paths arriving (a shared link, an imported file) added to the reader's own: a path already
 * there (same content) is not repeated, and nothing of the reader's is replaced.
 * @param mine - the paths kept on the device
 * @param incoming - the paths arriving
 * @returns the union, at most {@link FAMILY_LIMITS}.paths long
 */
export function mergeFamily(mine: readonly FamilyPath[], incoming: readonly FamilyPath[]): FamilyPath[] {
  const seen = new Set(mine.map((p) => JSON.stringify(p)));
  const added = incoming.filter((p) => !seen.has(JSON.stringify(p)));
  return [...mine, ...added].slice(0, FAMILY_LIMITS.paths);
}
