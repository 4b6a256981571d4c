import { describe, expect, test } from 'vitest';
import { timeFromIso } from './dates.ts';
import type { FigureEvent } from './figures.ts';
import { chartBins, chartScale } from './time_chart.ts';
import { PHASES } from './timeline.ts';

const at = (iso: string) => timeFromIso(iso) as number;
const [campaign, aftermath] = PHASES;

const events: FigureEvent[] = [
  { id: 'sailing', startMs: at('1945-08-20T23:45+09:00'), figures: { evacuated: { min: 1500, max: 1500 } } },
  { id: 'sinking', startMs: at('1945-08-22T04:20+09:00'), figures: { civilians_killed: { min: 600, max: 700 } } },
  { id: 'repatriation-begins', startMs: at('1946-12-05T18:29+09:00'), figures: { repatriated: { min: 1927, max: 1927 } } },
  { id: 'repatriation-complete', startMs: at('1949-07-01T00:00+09:00'), figures: { repatriated: { min: 277490, max: 311877 } } },
];

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
  });
  test('the aftermath by the month: 7–30 Sep 1945, then whole months to Dec 1949', () => {
    const bins = chartBins(events, aftermath);
    expect(bins).toHaveLength(52);
    expect([bins[0]!.start, bins[0]!.end]).toEqual([at('1945-09-07T00:00+09:00'), at('1945-10-01T00:00+09:00')]);
    expect(bins.at(-1)!.end).toBe(at('1950-01-01T00:00+09:00'));
    const month = (iso: string) => bins.find((b) => b.start === at(iso))!;
    expect(month('1946-12-01T00:00+09:00').added).toEqual({ repatriated: { min: 1927, max: 1927 } });
    // The whole (core/figures.ts: a total of the first ship) is dated July 1949: what it adds beyond the first ship is shown there.
    expect(month('1949-07-01T00:00+09:00').added).toEqual({ repatriated: { min: 277490 - 1927, max: 311877 - 1927 } });
    expect(month('1949-08-01T00:00+09:00').added).toEqual({});
  });
  test('the two scales: the largest period and the final total', () => {
    expect(chartScale(chartBins(events, aftermath), 'repatriated')).toEqual({ perPeriod: 311877 - 1927, total: 311877 });
    expect(chartScale(chartBins(events, campaign), 'repatriated')).toEqual({ perPeriod: 0, total: 0 });
  });
});
