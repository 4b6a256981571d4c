import { describe, expect, test } from 'vitest';
import { featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { timeFromIso } from '../src/core/dates.ts';
import { DATE_KEYS, dateFilter, decimalYear, stepRange, withStartDates } from './date_filter.ts';

const t = (iso: string) => timeFromIso(iso) as number;

/** Whether a feature with these properties is drawn at an instant, under the peer's filter. */
function shown(properties: Record<string, unknown>, iso: string, base: FilterSpecification | true = true): boolean {
  const filter = featureFilter(dateFilter(base, stepRange(t(iso))), 'layers[0].filter');
  return filter.filter({ zoom: 6 } as never, { type: 1, properties } as never);
}

describe('the peer\'s date filter (the maplibre-gl-dates approach)', () => {
  test('decimal years: the year plus the fraction elapsed', () => {
    expect(decimalYear(Date.UTC(1945, 0, 1))).toBe(1945);
    expect(decimalYear(Date.UTC(1945, 6, 2, 12))).toBe(1945.5);
    expect(decimalYear(Date.UTC(1948, 6, 2))).toBeCloseTo(1948.5, 10); // leap year: 366 days
  });

  test('a time step is the slider\'s: an hour in the campaign, a day from 00:00 JST in the aftermath', () => {
    const campaign = stepRange(t('1945-08-18T06:40+09:00'));
    expect(campaign.startMs).toBe(t('1945-08-18T06:00+09:00'));
    expect(campaign.end).toBe(decimalYear(t('1945-08-18T07:00+09:00')));
    expect(stepRange(t('1947-06-01T18:00+09:00')).startMs).toBe(t('1947-06-01T00:00+09:00'));
  });

  test('a route appears in the step of its start and stays drawn after its end, as in the app', () => {
    const [route] = withStartDates({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [142, 47] },
      properties: { start_date: '1945-08-18T06:00+09:00', end_date: '1945-08-19T00:00+09:00' } }] }).features;
    const properties = route!.properties!;
    expect(properties[DATE_KEYS.start]).toBe(decimalYear(t('1945-08-18T06:00+09:00')));
    expect([shown(properties, '1945-08-18T05:59+09:00'), shown(properties, '1945-08-18T06:00+09:00'), shown(properties, '1945-09-05T00:00+09:00')])
      .toEqual([false, true, true]);
  });

  test('a feature with an end is gone from the step after it; one without dates is always drawn', () => {
    const ended = { [DATE_KEYS.start]: decimalYear(t('1945-08-10T00:00+09:00')), [DATE_KEYS.end]: decimalYear(t('1945-08-12T00:00+09:00')) };
    expect([shown(ended, '1945-08-11T23:00+09:00'), shown(ended, '1945-08-12T01:00+09:00')]).toEqual([true, false]);
    expect(shown({ kind: 'town' }, '1945-08-08T00:00+09:00')).toBe(true);
  });

  test('the layer\'s own filter still applies', () => {
    const towns: FilterSpecification = ['==', ['get', 'kind'], 'town'];
    expect([shown({ kind: 'town' }, '1945-08-20T00:00+09:00', towns), shown({ kind: 'cape' }, '1945-08-20T00:00+09:00', towns)]).toEqual([true, false]);
  });

  test('features without a parsable start are left as they are', () => {
    const places: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [142, 47] }, properties: { id: 'maoka' } }] };
    expect(withStartDates(places).features[0]).toEqual(places.features[0]);
  });
});
