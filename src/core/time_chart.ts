/**
 * The time chart under the slider (ui/time_chart.ts): for the phase the slider
 * shows, the people evacuated or repatriated and the civilian dead per period (a day in
 * the campaign, a month in the aftermath) and their running totals. Pure.
 *
 * The numbers are the figures panel's (core/figures.ts), read at each period's
 * ends: a period adds what the sources date inside it, bound by bound, so the
 * chart and the panel can never disagree. Where sources give only a total (the
 * repatriation of 1946–49, dated July 1949) the chart shows it where they date it.
 */
import { isoFromTime, timeFromIso } from './dates.ts';
import { figuresAsOf, type FigureEvent, type FigureRange } from './figures.ts';
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
  /** Events that start in the period and give one of the series (their figures and sources). */
  events: string[];
}

const DAY_MS = 86_400_000;

/**
 * The chart's periods for a phase.
 * @param events - events with their figures (as the figures panel gets them)
 * @param phase - the slider's phase
 * @returns one bin per day (campaign) or month (aftermath, the first from the phase's start)
 */
export function chartBins(events: readonly FigureEvent[], phase: Phase): ChartBin[] {
  const series = CHART_SERIES[phase.id];
  const edges = phase.id === 'campaign' ? dayEdges(phase) : monthEdges(phase);
  const totalsAt = edges.map((t) => figuresAsOf(events, t - 1));
  return edges.slice(0, -1).map((start, i) => {
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
    return { start, end, added, total, events: started.map((e) => e.id) };
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
