/**
 * Running totals "as of" an instant: evacuated (August 1945), repatriated
 * (1946–49), remained, Soviet dead, Japanese military dead, civilian dead,
 * captured and ships lost, summed over the events that have started. Pure.
 * Evacuated, repatriated and remained are three counts of different people and
 * moments: never added together.
 *
 * The rule against double counting (the figures in geo/events.geojson overlap):
 *
 * 1. An event's figure counts from its `start_date` (start ≤ time).
 * 2. {@link FIGURE_TOTALS} lists, per figure, events whose figure is the total
 *    of other events' figures (the "three-ships-incident" toll is the sum of
 *    the three ships' dead). A total counts only once it *and all its parts*
 *    have started; from then on it replaces its parts (and their parts).
 *    Before that, the parts that have started are summed and the total is
 *    left out: the toll is known once the last ship was sunk, not at the
 *    midnight the day-precision total is dated to.
 *    While such a total's event is under way (start ≤ time < end, a span
 *    event such as the emergency evacuation of 13–23 Aug), the figure is a
 *    range from the parts known so far up to the total's maximum: by 21 Aug
 *    the sailings with counts give 5,680, and at most 100,000 left in all.
 * 3. {@link FIGURE_EXCLUSIONS} lists figures that are not counts of what
 *    happened (an order for 500,000 prisoners) or that overlap other figures
 *    in a way no total can express; they are never summed.
 * 4. Ranges add up bound by bound: min with min, max with max.
 *
 * ```
 *  22 Aug  00:00 total dated ─┐ 04:20 Ogasawara ─ 05:13 Shinko ─ 09:40 Taito
 *  civilians_killed: parts so far: 638           867–1,038      1,534–1,818
 *            from 09:40 on: the total 1,658–1,708 replaces the three parts
 * ```
 */
import { numberText } from './format.ts';
import type { Lang } from './lang.ts';

/** The figures the panel sums, in display order. */
export const SUMMED_FIGURES = [
  'evacuated', 'repatriated', 'remained', 'soviet_killed', 'japanese_military_killed', 'civilians_killed', 'captured', 'ships_lost',
] as const;
/** One of {@link SUMMED_FIGURES}. */
type SummedFigure = (typeof SUMMED_FIGURES)[number];

/** A number as sources give it: exact (min = max) or a range. */
export interface FigureRange { min: number; max: number }

/** An event as the sum needs it. */
export interface FigureEvent {
  id: string;
  /** Start, epoch ms. */
  startMs: number;
  /** End, epoch ms, exclusive (a day-precision end covers its whole day); absent for an instant. */
  endMs?: number;
  figures: Partial<Record<string, FigureRange>>;
}

/** An event whose figure is the total of other events' figures. */
export interface FigureTotal {
  total: string;
  figures: readonly SummedFigure[];
  parts: readonly string[];
}

/** Totals in geo/events.geojson and the events they sum (checked by figures.test.ts). */
export const FIGURE_TOTALS: readonly FigureTotal[] = [
  {
    total: 'three-ships-incident',
    figures: ['civilians_killed', 'ships_lost'],
    parts: ['three-ships-ogasawara-maru', 'three-ships-shinko-maru', 'three-ships-taito-maru'],
  },
  // 75,000–100,000 left in the emergency evacuation, 13–23 Aug; the sailings with counts are part of it.
  { total: 'emergency-evacuation', figures: ['evacuated'], parts: ['ogasawara-maru-departs', 'shinko-taito-depart', 'last-evacuation-ships'] },
  // The 9 telephone operators were Maoka civilians; the Sakhalin toll includes Maoka's.
  { total: 'maoka-landing', figures: ['civilians_killed'], parts: ['maoka-telephone-operators'] },
  // The Sakhalin civilian toll of 3,500–3,700 is read as including the evacuees who died at sea
  // (geo/README.md, "Figures"): the three ships' 1,658–1,708 are part of it, not added to it.
  // The Korean dead of Kami-Shikuka and Mizuho are not in this Japanese toll: they are added to it.
  { total: 'south-sakhalin-operation-ends', figures: ['civilians_killed'], parts: ['maoka-landing', 'three-ships-incident', 'taihei-nurses'] },
  // The operation's dead on both sides (Soviet 616–1,191, Japanese 700–2,000) include the Tōro and Maoka battles.
  { total: 'south-sakhalin-operation-ends', figures: ['soviet_killed', 'japanese_military_killed'], parts: ['toro-landing', 'maoka-landing'] },
  // Submarine L-19's crew is read as inside the operation's Pacific Fleet dead (geo/README.md, "Figures").
  { total: 'south-sakhalin-operation-ends', figures: ['soviet_killed'], parts: ['l19-lost'] },
  // 18,202 prisoners on Sakhalin include the Maoka and Ōtomari garrisons.
  { total: 'south-sakhalin-operation-ends', figures: ['captured'], parts: ['maoka-landing', 'otomari-landing'] },
  { total: 'repatriation-complete', figures: ['repatriated'], parts: ['repatriation-begins'] },
];

/** A figure left out of every sum, and why. */
export interface FigureExclusion { event: string; figure: SummedFigure; reason: string }

/** Figures never summed (checked by figures.test.ts). */
export const FIGURE_EXCLUSIONS: readonly FigureExclusion[] = [
  { event: 'gko-decree-9898', figure: 'captured', reason: 'an order to transfer 500,000 prisoners, not a capture' },
];

/** Totals as of an instant; a figure no started event gives is absent. */
export type FigureTotals = Partial<Record<SummedFigure, FigureRange>>;

/**
 * Sum the figures of the events started at or before `time`, by the rule above.
 * @param events - events with parsed start times, any order
 * @param time - epoch ms
 * @param totals - total/part relations (defaults to {@link FIGURE_TOTALS})
 * @param exclusions - figures never summed (defaults to {@link FIGURE_EXCLUSIONS})
 * @returns a range per figure with at least one counted event
 */
export function figuresAsOf(
  events: readonly FigureEvent[], time: number,
  totals: readonly FigureTotal[] = FIGURE_TOTALS, exclusions: readonly FigureExclusion[] = FIGURE_EXCLUSIONS,
): FigureTotals {
  const started = new Map(events.filter((e) => e.startMs <= time).map((e) => [e.id, e]));
  const out: FigureTotals = {};
  for (const figure of SUMMED_FIGURES) {
    const relations = totals.filter((t) => t.figures.includes(figure));
    const isComplete = (t: FigureTotal) => started.has(t.total) && t.parts.every((p) => started.has(p));
    const covered = coveredIds(relations.filter(isComplete), relations);
    const pending = new Set(relations.filter((t) => !isComplete(t)).map((t) => t.total));
    const counted = [...started.values()].filter((event) => event.figures[figure] && !covered.has(event.id) && !pending.has(event.id) &&
      !exclusions.some((x) => x.event === event.id && x.figure === figure));
    const underWay = relations.filter((t) => pending.has(t.total) && isUnderWay(started.get(t.total), time, figure));
    if (counted.length === 0 && underWay.length === 0) continue;
    const sum = counted.reduce((acc, event) => {
      const value = event.figures[figure] as FigureRange;
      return { min: acc.min + value.min, max: acc.max + value.max };
    }, { min: 0, max: 0 });
    // A total under way caps its group at the total's maximum: the parts so far are the minimum.
    for (const t of underWay) {
      const totalMax = (started.get(t.total)?.figures[figure] as FigureRange).max;
      const partsMax = t.parts.reduce((acc, id) => acc + (started.get(id)?.figures[figure]?.max ?? 0), 0);
      sum.max += Math.max(0, totalMax - partsMax);
    }
    out[figure] = sum;
  }
  return out;
}

/** Whether `event` gives `figure` and spans `time` (started, not yet ended). */
function isUnderWay(event: FigureEvent | undefined, time: number, figure: SummedFigure): boolean {
  return !!event?.figures[figure] && event.endMs !== undefined && event.startMs <= time && time < event.endMs;
}

/** Ids replaced by complete totals: their parts, the parts' parts, and so on. */
function coveredIds(complete: readonly FigureTotal[], all: readonly FigureTotal[]): Set<string> {
  const covered = new Set<string>();
  const stack = complete.flatMap((t) => t.parts);
  while (stack.length) {
    const id = stack.pop() as string;
    if (covered.has(id)) continue;
    covered.add(id);
    for (const t of all) if (t.total === id) stack.push(...t.parts);
  }
  return covered;
}

/** "Up to" a maximum, per language: a range from nothing known yet ("0–100,000") reads as a count of none. */
const UP_TO: Record<Lang, (max: string) => string> = {
  en: (max) => `up to ${max}`,
  ja: (max) => `最大${max}`,
  ru: (max) => `до\u00a0${max}`,
};

/**
 * A range as text: "1,658–1,708", "638" when exact, "up to 100,000" when the minimum is 0.
 * @param range - min and max
 * @param lang - interface language (digit grouping: "1,708"; "1708", "67 600" in Russian)
 * @returns the text
 */
export function textFromRange(range: FigureRange, lang: Lang = 'en'): string {
  const n = (x: number) => numberText(x, lang);
  if (range.min === range.max) return n(range.min);
  return range.min === 0 ? UP_TO[lang](n(range.max)) : `${n(range.min)}–${n(range.max)}`;
}
