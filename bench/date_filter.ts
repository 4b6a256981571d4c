/**
 * The peer page's time mechanism (bench/peer.ts), the approach of
 * OpenHistoricalMap's `maplibre-gl-dates` plugin (`filterByDate`): every
 * feature carries its start and end as decimal years (`start_decdate`,
 * `end_decdate`, as OpenHistoricalMap's tiles do), and at every time step each
 * layer's filter is wrapped in a `let` of the step's range and a comparison of
 * both dates with it. A feature without a start or an end is open on that side.
 * Written after reading the plugin, not copied: the plugin filters only layers
 * with a `source-layer` (vector tiles) and so skips GeoJSON layers.
 * Pure: no map, no DOM.
 */
import type { ExpressionSpecification, FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection } from 'geojson';
import { timeFromIso } from '../src/core/dates.ts';
import { phaseFromTime } from '../src/core/timeline.ts';

/** Feature properties holding the dates as decimal years. */
export const DATE_KEYS = { start: 'start_decdate', end: 'end_decdate' } as const;

/** A time step as decimal years: features overlapping [start, end) are shown. */
export interface DateRange {
  start: number;
  end: number;
}

const STEP_MS = { hour: 3_600_000, day: 86_400_000 } as const;

/**
 * An instant as a decimal year: the UTC year plus the fraction of it elapsed.
 * @param time - epoch ms
 * @example decimalYear(Date.UTC(1945, 6, 2, 12)) === 1945.5
 */
export function decimalYear(time: number): number {
  const year = new Date(time).getUTCFullYear();
  const start = Date.UTC(year, 0, 1), next = Date.UTC(year + 1, 0, 1);
  return year + (time - start) / (next - start);
}

/**
 * The time step holding an instant: the slider's step of its phase (an hour in
 * the campaign, a day in the aftermath), counted from the phase's start.
 * @param time - epoch ms
 * @returns the step's range as decimal years, and its start in epoch ms (the step's key)
 */
export function stepRange(time: number): DateRange & { startMs: number } {
  const phase = phaseFromTime(time);
  const step = phase.step === 'hour' ? STEP_MS.hour : STEP_MS.day;
  const startMs = phase.start + Math.floor((time - phase.start) / step) * step;
  return { start: decimalYear(startMs), end: decimalYear(startMs + step), startMs };
}

const VAR = { start: 'bench_date_range_start', end: 'bench_date_range_end' } as const;

/**
 * A layer's filter constrained to a date range.
 * @param base - the layer's own filter (`true` for none)
 * @param range - the time step
 * @returns `let` range, then: no start or start < range end, no end or end ≥ range start, and the base filter
 */
export function dateFilter(base: FilterSpecification | true, range: DateRange): FilterSpecification {
  const has = (key: string): ExpressionSpecification => ['has', key];
  const get = (key: string): ExpressionSpecification => ['get', key];
  return [
    'let', VAR.start, range.start, VAR.end, range.end,
    ['all',
      ['any', ['!', has(DATE_KEYS.start)], ['<', get(DATE_KEYS.start), ['var', VAR.end]]],
      ['any', ['!', has(DATE_KEYS.end)], ['>=', get(DATE_KEYS.end), ['var', VAR.start]]],
      base as ExpressionSpecification],
  ] as FilterSpecification;
}

/**
 * Features with their start (`start_date`) as a decimal year. No end: in the app a route
 * stays drawn and an event marker stays shown after their end, so here too
 * (the filter's end comparison passes a feature without an end).
 * @param collection - GeoJSON with ISO dates in its properties
 * @returns copies of the features with {@link DATE_KEYS}.start added where the date parses
 */
export function withStartDates(collection: FeatureCollection): FeatureCollection {
  const dated = (f: Feature): Feature => {
    const iso: unknown = f.properties?.start_date;
    const time = typeof iso === 'string' ? timeFromIso(iso) : null;
    return time === null ? f : { ...f, properties: { ...f.properties, [DATE_KEYS.start]: decimalYear(time) } };
  };
  return { type: 'FeatureCollection', features: collection.features.map(dated) };
}
