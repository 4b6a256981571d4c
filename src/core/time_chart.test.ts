import { describe, expect, test } from 'vitest';
import { timeFromIso } from './dates.ts';
import type { FigureEvent } from './figures.ts';
import { CHART_SPREADS, chartBins, chartScale, type ChartBin, type ChartSpread } from './time_chart.ts';
import { PHASES } from './timeline.ts';

const at = (iso: string) => timeFromIso(iso) as number;
const [campaign, aftermath] = PHASES;

const events: FigureEvent[] = [
  { id: 'sailing', startMs: at('1945-08-20T23:45+09:00'), figures: { evacuated: { min: 1500, max: 1500 } } },
  { id: 'sinking', startMs: at('1945-08-22T04:20+09:00'), figures: { civilians_killed: { min: 600, max: 700 } } },
  { id: 'repatriation-begins', startMs: at('1946-12-05T18:29+09:00'), figures: { repatriated: { min: 1927, max: 1927 } } },
  { id: 'repatriation-complete', startMs: at('1949-07-01T00:00+09:00'), figures: { repatriated: { min: 277490, max: 311877 } } },
];
const month = (bins: readonly ChartBin[], iso: string) => bins.find((b) => b.start === at(iso))!;
const sum = (bins: readonly ChartBin[], bound: 'min' | 'max') => bins.reduce((acc, b) => acc + (b.added.repatriated?.[bound] ?? 0), 0);

describe('chartBins', () => {
  test('the campaign by the day: 29 days from 8 Aug, each adding what is dated in it', () => {
    const bins = chartBins(events, campaign);
    expect(bins).toHaveLength(29);
    expect(bins[0]!.start).toBe(at('1945-08-08T00:00+09:00'));
    expect(bins.at(-1)!.end).toBe(at('1945-09-06T00:00+09:00'));
    const day = (iso: string) => bins.find((b) => b.start === at(iso))!;
    expect(day('1945-08-20T00:00+09:00').added).toEqual({ evacuated: { min: 1500, max: 1500 } });
    expect(day('1945-08-20T00:00+09:00').events).toEqual(['sailing']);
    expect(day('1945-08-22T00:00+09:00').added).toEqual({ civilians_killed: { min: 600, max: 700 } });
    // The running total carries on after the day it was added.
    expect(day('1945-08-30T00:00+09:00').total).toEqual({ evacuated: { min: 1500, max: 1500 }, civilians_killed: { min: 600, max: 700 } });
    expect(bins.every((b) => b.spread.length === 0)).toBe(true);
  });

  test('the aftermath by the month: 7–30 Sep 1945, then whole months to Dec 1949', () => {
    const bins = chartBins(events, aftermath, []);
    expect(bins).toHaveLength(52);
    expect([bins[0]!.start, bins[0]!.end]).toEqual([at('1945-09-07T00:00+09:00'), at('1945-10-01T00:00+09:00')]);
    expect(bins.at(-1)!.end).toBe(at('1950-01-01T00:00+09:00'));
    expect(month(bins, '1946-12-01T00:00+09:00').added).toEqual({ repatriated: { min: 1927, max: 1927 } });
    // Without a spread, the whole (core/figures.ts: a total of the first ship) is one bar where it is dated, July 1949.
    expect(month(bins, '1949-07-01T00:00+09:00').added).toEqual({ repatriated: { min: 277490 - 1927, max: 311877 - 1927 } });
    expect(month(bins, '1949-08-01T00:00+09:00').added).toEqual({});
  });

  test('the 1946–49 total is spread over the seasons the lift ran, not lumped in July 1949', () => {
    const bins = chartBins(events, aftermath);
    const lump = { min: 277490 - 1927, max: 311877 - 1927 };
    // Every person of the total is somewhere, once: the first ship where it is dated, the rest spread.
    expect(sum(bins, 'min')).toBe(277490);
    expect(sum(bins, 'max')).toBe(311877);
    expect(bins.at(-1)!.total.repatriated).toEqual({ min: 277490, max: 311877 });
    // The winters of the Soviet suspensions get nothing; the seasons get bars marked as spread.
    for (const iso of ['1947-02-01T00:00+09:00', '1948-01-01T00:00+09:00', '1949-03-01T00:00+09:00', '1949-08-01T00:00+09:00']) {
      expect(month(bins, iso).added).toEqual({});
    }
    const june1947 = month(bins, '1947-06-01T00:00+09:00');
    expect(june1947.spread).toEqual(['repatriated']);
    expect(june1947.events).toEqual(['repatriation-complete']);
    // A full month of the lift gets its share of the rest by its days: 30 of the 20 + 242 + 219 days.
    const rest = { min: lump.min - 4710, max: lump.max - 4710 };
    expect(june1947.added.repatriated!.max).toBeCloseTo((rest.max * 30) / 481, -1);
    expect(june1947.added.repatriated!.min).toBeCloseTo((rest.min * 30) / 481, -1);
    // 1949: the 4,710 counted from Maoka, over 25 Jun – 31 Jul (6 and 31 days).
    const [june1949, july1949] = ['1949-06-01T00:00+09:00', '1949-07-01T00:00+09:00'].map((iso) => month(bins, iso).added.repatriated!);
    expect(june1949!.min + july1949!.min).toBe(4710);
    expect(july1949!.max).toBeCloseTo((4710 * 31) / 37, -1);
    // December 1946 keeps the first ship and gets the second phase's share (15–31 Dec).
    expect(month(bins, '1946-12-01T00:00+09:00').added.repatriated!.max).toBeCloseTo(1927 + (rest.max * 17) / 481, -1);
    // The running total rises with the bars and meets the panel's total in July 1949.
    const totals = bins.map((b) => b.total.repatriated?.max ?? 0);
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
    expect(month(bins, '1949-07-01T00:00+09:00').total.repatriated).toEqual({ min: 277490, max: 311877 });
  });

  test('nothing is spread before the total is in the events, nor in a phase without its series', () => {
    const before = events.filter((e) => e.id !== 'repatriation-complete');
    const bins = chartBins(before, aftermath);
    expect(sum(bins, 'max')).toBe(1927);
    expect(bins.every((b) => b.spread.length === 0)).toBe(true);
    const spread: ChartSpread = { ...CHART_SPREADS[0]!, series: 'evacuated' };
    expect(chartBins(events, campaign, [spread])).toEqual(chartBins(events, campaign, []));
  });

  test('the two scales: the largest period and the final total', () => {
    const bins = chartBins(events, aftermath);
    const largest = Math.max(...bins.map((b) => b.added.repatriated?.max ?? 0));
    expect(chartScale(bins, 'repatriated')).toEqual({ perPeriod: largest, total: 311877 });
    // Spread, the largest month is a month of the lift, far below the lump it replaces.
    expect(largest).toBeLessThan((311877 - 1927) / 10);
    expect(chartScale(chartBins(events, campaign), 'repatriated')).toEqual({ perPeriod: 0, total: 0 });
  });
});
