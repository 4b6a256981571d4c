import { describe, expect, test } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import { withLabelZooms } from './data_sources.ts';
import { LABEL_ZOOM, MINOR_LABEL_ZOOM } from '../style/data_layers.ts';

const point = (id: string, kind: string, lon: number, lat: number): Feature =>
  ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { id, kind } });

describe('withLabelZooms', () => {
  test('adds the label zoom to copies: towns at once, a village from the minor-label zoom, the input untouched', () => {
    const places: FeatureCollection = { type: 'FeatureCollection', features: [point('maoka', 'town', 142.05, 47.05), point('tei', 'village', 143, 48)] };
    const out = withLabelZooms(places);
    expect(out.features.map((f) => f.properties?.[LABEL_ZOOM])).toEqual([3, MINOR_LABEL_ZOOM]);
    expect(places.features[0]?.properties?.[LABEL_ZOOM]).toBeUndefined();
    expect(out.features[0]?.properties?.id).toBe('maoka');
  });
  test('thousands of places in one town: a few labels at low zoom, more as the reader zooms in', () => {
    const features = Array.from({ length: 3000 }, (_, i) => point(`p${i}`, 'town', 142 + (i % 60) * 0.001, 47 + Math.floor(i / 60) * 0.001));
    const zooms = withLabelZooms({ type: 'FeatureCollection', features }).features.map((f) => f.properties?.[LABEL_ZOOM] as number);
    const labelledAt = (zoom: number) => zooms.filter((z) => z <= zoom).length;
    expect(labelledAt(5)).toBeLessThanOrEqual(16);
    expect(labelledAt(12)).toBeGreaterThan(4 * labelledAt(5));
    expect(labelledAt(13)).toBe(3000);
  });
});
