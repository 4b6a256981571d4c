/**
 * The time chart under the slider (ui/time_chart.ts): for the phase the slider
 * shows, the people evacuated or repatriated and the civilian dead per period (a day in
 * the campaign, a month in the aftermath) and their running totals. Pure.
 *
 * The numbers are the figures panel's (core/figures.ts), read at each period's
 * ends: a period adds what the sources date inside it, bound by bound. One
 * exception, {@link CHART_SPREADS}: a total the sources give only for a whole
 * span (the repatriation of 1946–49, dated July 1949) would be one bar at its
 * date; the chart spreads what it adds there over the months the lift ran,
 * with the sub-totals sources give where they give them, and says so. Its
 * final total is still the panel's, and between its start and its date the
 * chart's running total is that estimate, not the panel's.
 *
 * The single repatriation voyages (the routes with `people`) are part of that
 * total; neither the panel nor the chart adds them to it: only events count.
 */
import { isoFromTime, timeFromIso } from './dates.ts';
import { figuresAsOf, type FigureEvent, type FigureRange } from './figures.ts';
import type { Lang } from './lang.ts';
import type { Phase } from './timeline.ts';

/** A figure the chart draws. */
export type ChartSeries = 'evacuated' | 'repatriated' | 'civilians_killed';

/** The series of each phase: the main flow first (drawn upwards), then the dead (downwards). */
export const CHART_SERIES: Readonly<Record<Phase['id'], readonly ChartSeries[]>> = {
  campaign: ['evacuated', 'civilians_killed'],
  aftermath: ['repatriated'],
};

/** One period of the chart. */
export interface ChartBin {
  /** First instant and the instant after the last, epoch ms. */
  start: number;
  end: number;
  /** Added in the period, per series (absent: nothing). */
  added: Partial<Record<ChartSeries, FigureRange>>;
  /** Running total at the period's end, per series (absent: none yet). */
  total: Partial<Record<ChartSeries, FigureRange>>;
  /** Events that start in the period and give one of the series, or whose total is spread over it (their figures and sources). */
  events: string[];
  /** Series whose addition in the period is (in part) a spread total: an estimate. */
  spread: ChartSeries[];
}

/** A span of a spread total: from `start` to `end` (ISO with offset, end exclusive), and the people a source counts in it, if one does. */
interface SpreadSpan { start: string; end: string; people?: FigureRange }

/** A total that the chart spreads over the spans when the people moved (see the module's comment). */
export interface ChartSpread {
  /** The event whose figure is the total (geo/events.geojson). */
  event: string;
  series: ChartSeries;
  /** When the people moved. What the total adds beyond the spans' own counts is shared among the other spans by their length. */
  spans: readonly SpreadSpan[];
  /** What the chart's table says about it. */
  note: Readonly<Record<Lang, string>>;
}

/**
 * The totals the chart spreads. The repatriation's seasons (docs/research/voyages-1945-1949.md §3, §11):
 * Hakodate's first phase, 5–15 Dec 1946, is the event repatriation-begins; the second phase fell before
 * the winter stop (the Soviet-area lift ran to 3 Jan 1947, FRUS 1947 doc 285); the lift reopened on
 * 3 Apr 1947 and 3 May 1948 (FRUS 1949 vol. VII doc 102) and stopped on 1 Dec 1947 (FRUS 1947 doc 285)
 * and 8 Dec 1948 (FRUS 1948 doc 624); ships went to Maoka again from 25 Jun 1949 (FRUS 1949 doc 102),
 * and 4,710 people came from Maoka in the convoys of Jun–Oct 1949 (Diet, 9 Nov 1949), drawn before the
 * end of July, when Hakodate's count of the whole ends.
 */
export const CHART_SPREADS: readonly ChartSpread[] = [
  {
    event: 'repatriation-complete',
    series: 'repatriated',
    spans: [
      { start: '1946-12-15T00:00+09:00', end: '1947-01-04T00:00+09:00' },
      { start: '1947-04-03T00:00+09:00', end: '1947-12-01T00:00+09:00' },
      { start: '1948-05-03T00:00+09:00', end: '1948-12-08T00:00+09:00' },
      { start: '1949-06-25T00:00+09:00', end: '1949-08-01T00:00+09:00', people: { min: 4710, max: 4710 } },
    ],
    note: {
      en: 'The repatriation of 1946–49 is known only as a total (dated July 1949) and a few parts: the first phase, December 1946, and 4,710 from Maoka in 1949. The chart spreads the rest evenly over the days the lift ran (15 Dec 1946 – 3 Jan 1947, 3 Apr – 30 Nov 1947, 3 May – 7 Dec 1948) and the 4,710 over 25 Jun – 31 Jul 1949; these months (≈) are an estimate, not counts. The single voyages on the map are part of the total and are not added to it.',
      ja: '1946〜49年の引揚げは総数（1949年7月付）と一部の数（1946年12月の第1次、1949年の真岡からの4,710人）しか分からない。グラフは残りを引揚げが行われた日々（1946年12月15日〜1947年1月3日、1947年4月3日〜11月30日、1948年5月3日〜12月7日）に均等に、4,710人を1949年6月25日〜7月31日に割り振った。これらの月（≈）は推計であり、実数ではない。地図上の個々の航海は総数の一部で、総数に加算していない。',
      ru: 'Репатриация 1946–49 гг. известна лишь в целом (на июль 1949 г.) и по частям: первый этап, декабрь 1946 г., и 4710 человек из Маоки в 1949 г. Остальное график распределяет поровну по дням, когда шли перевозки (15 дек. 1946 – 3 янв. 1947, 3 апр. – 30 нояб. 1947, 3 мая – 7 дек. 1948), а 4710 человек — на 25 июня – 31 июля 1949 г.; эти месяцы (≈) — оценка, а не подсчёт. Отдельные рейсы на карте входят в общее число и к нему не прибавляются.',
    },
  },
];

const DAY_MS = 86_400_000;

/**
 * The chart's periods for a phase.
 * @param events - events with their figures (as the figures panel gets them)
 * @param phase - the slider's phase
 * @param spreads - totals to spread over their spans (defaults to {@link CHART_SPREADS})
 * @returns one bin per day (campaign) or month (aftermath, the first from the phase's start)
 */
export function chartBins(events: readonly FigureEvent[], phase: Phase, spreads: readonly ChartSpread[] = CHART_SPREADS): ChartBin[] {
  const series = CHART_SERIES[phase.id];
  const edges = phase.id === 'campaign' ? dayEdges(phase) : monthEdges(phase);
  const totalsAt = edges.map((t) => figuresAsOf(events, t - 1));
  const bins = edges.slice(0, -1).map((start, i): ChartBin => {
    const end = edges[i + 1] as number;
    const before = totalsAt[i] ?? {}, after = totalsAt[i + 1] ?? {};
    const added: ChartBin['added'] = {}, total: ChartBin['total'] = {};
    for (const s of series) {
      const a = after[s], b = before[s] ?? { min: 0, max: 0 };
      if (!a) continue;
      total[s] = a;
      // Each bound moves on its own (a span's upper bound is its total from its first day), so the
      // period's addition lies between the two moves.
      const moves = [Math.max(0, a.min - b.min), Math.max(0, a.max - b.max)];
      const plus = { min: Math.min(...moves), max: Math.max(...moves) };
      if (plus.max > 0 || plus.min > 0) added[s] = plus;
    }
    const started = events.filter((e) => e.startMs >= start && e.startMs < end && series.some((s) => e.figures[s]));
    return { start, end, added, total, events: started.map((e) => e.id), spread: [] };
  });
  for (const spread of spreads) if (series.includes(spread.series)) spreadTotal(bins, events, spread);
  return bins;
}

/**
 * Move what a spread total adds in its period (the panel's lump) to the periods of its spans, in place:
 * each span's own count over the span, the rest over the other spans by their length; running totals follow.
 */
function spreadTotal(bins: ChartBin[], events: readonly FigureEvent[], spread: ChartSpread): void {
  const event = events.find((e) => e.id === spread.event);
  const s = spread.series;
  const at = bins.findIndex((b) => event !== undefined && event.startMs >= b.start && event.startMs < b.end);
  const lump = bins[at]?.added[s];
  if (!lump) return;
  const spans = spread.spans.map((span) => ({ ...span, from: timeFromIso(span.start) as number, to: timeFromIso(span.end) as number }));
  const counted = spans.reduce((acc, span) => ({ min: acc.min + (span.people?.min ?? 0), max: acc.max + (span.people?.max ?? 0) }), { min: 0, max: 0 });
  const rest = { min: Math.max(0, lump.min - counted.min), max: Math.max(0, lump.max - counted.max) };
  const restLength = spans.reduce((acc, span) => acc + (span.people ? 0 : span.to - span.from), 0);
  // Each bound's share of a period: its part of every span, as a fraction of what the bound spreads.
  const shares = (bound: 'min' | 'max') => bins.map((b) => spans.reduce((acc, span) => {
    const overlap = Math.max(0, Math.min(b.end, span.to) - Math.max(b.start, span.from));
    const people = span.people ? span.people[bound] / (span.to - span.from) : rest[bound] / restLength;
    return acc + overlap * people;
  }, 0));
  const byBound = { min: rounded(shares('min')), max: rounded(shares('max')) };
  const lumpBin = bins[at] as ChartBin;
  delete lumpBin.added[s];
  let moved = { min: 0, max: 0 };
  bins.forEach((b, i) => {
    const plus = { min: byBound.min[i] ?? 0, max: byBound.max[i] ?? 0 };
    moved = { min: moved.min + plus.min, max: moved.max + plus.max };
    if (plus.max > 0 || plus.min > 0) {
      const had = b.added[s] ?? { min: 0, max: 0 };
      // Rounding each bound apart can leave the lower a unit above the upper in a period: shown as a range all the same.
      const lo = had.min + plus.min, hi = had.max + plus.max;
      b.added[s] = { min: Math.min(lo, hi), max: Math.max(lo, hi) };
      b.spread.push(s);
      if (!b.events.includes(spread.event)) b.events.push(spread.event);
    }
    // Before the lump the panel's total lacks what has moved so far; from it on, it holds the lump.
    const panel = b.total[s] ?? { min: 0, max: 0 };
    const total = i < at ? { min: panel.min + moved.min, max: panel.max + moved.max }
      : { min: panel.min - lump.min + moved.min, max: panel.max - lump.max + moved.max };
    if (total.max > 0) b.total[s] = total;
  });
}

/** Whole numbers with the same running sums (rounded): what is spread adds up to its total exactly. */
function rounded(values: readonly number[]): number[] {
  let sum = 0, given = 0;
  return values.map((v) => {
    sum += v;
    const next = Math.round(sum) - given;
    given += next;
    return next;
  });
}

/** Midnight (JST) of each day of the campaign, and the instant after its last day. */
function dayEdges(phase: Phase): number[] {
  const edges: number[] = [];
  for (let t = phase.start; t < phase.end; t += DAY_MS) edges.push(t);
  return [...edges, phase.end];
}

/** The phase's start, the 1st of each following month (JST), and the phase's end. */
function monthEdges(phase: Phase): number[] {
  const edges = [phase.start];
  const [year = 0, month = 1] = isoFromTime(phase.start).split('-').map(Number);
  for (let y = year, m = month + 1; ; m++) {
    if (m > 12) { y++; m = 1; }
    const t = timeFromIso(`${y}-${String(m).padStart(2, '0')}-01T00:00+09:00`) as number;
    if (t >= phase.end) break;
    edges.push(t);
  }
  return [...edges, phase.end];
}

/**
 * The largest value a series reaches in one period, and its final total: the chart's two scales.
 * @returns 0 for a series with no figure in the phase
 */
export function chartScale(bins: readonly ChartBin[], series: ChartSeries): { perPeriod: number; total: number } {
  let perPeriod = 0, total = 0;
  for (const b of bins) {
    perPeriod = Math.max(perPeriod, b.added[series]?.max ?? 0);
    total = Math.max(total, b.total[series]?.max ?? 0);
  }
  return { perPeriod, total };
}
