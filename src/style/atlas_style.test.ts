import { describe, expect, test } from 'vitest';
import { featureFilter, expression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { labelFromProperties, NAME_MODES, SCRIPT_MODES } from '../core/names.ts';
import { atlasStyle } from './atlas_style.ts';
import { LAYER, SOURCE, WATER_LABEL_FONT } from './ids.ts';
import { labelExpression } from './labels.ts';
import { LABEL_ZOOM, MINOR_LABEL_ZOOM } from './data_layers.ts';
import { ROUTE_STYLES, routePalette, routeSizes, routeStyleIndex } from './route_styles.ts';

const fonts = [{ url: 'http://localhost/fonts/atlas-1.woff2', unicodeRange: ['U+20-7E'] }];
const styleFor = (names = 'both', script = 'native') =>
  atlasStyle({ fonts, names: names as never, script: script as never });

/** A zoom-10 feature as the filter/expression evaluators take it. */
const feature = (properties: Record<string, unknown>, type: 1 | 2 = 1) => ({ type, properties });

describe('every generated style is valid', () => {
  test.each(NAME_MODES.flatMap((n) => SCRIPT_MODES.map((s) => [n, s])))('names=%s script=%s', (n, s) => {
    expect(validateStyleMin(styleFor(n, s) as StyleSpecification)).toEqual([]);
  });
});

describe('style invariants', () => {
  const style = styleFor();
  test('no glyphs and no sprite: nothing requested from another origin', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
  });
  test('every symbol layer uses a font declared in font-faces, or the italic water font drawn from the same file', () => {
    const declared = Object.keys(style['font-faces'] ?? {});
    const symbols = style.layers.filter((l): l is Extract<LayerSpecification, { type: 'symbol' }> => l.type === 'symbol');
    expect(symbols.length).toBeGreaterThan(0);
    for (const layer of symbols) {
      const font = layer.id === LAYER.waterNamesLabel ? [...WATER_LABEL_FONT] : [declared[0]];
      expect(layer.layout?.['text-font']).toEqual(font);
    }
  });
  test('contract layer ids are present', () => {
    const ids = style.layers.map((l) => l.id);
    for (const id of ['background', 'land_fill', 'land_line', 'border_line', 'events_circle', 'places_circle', 'places_label']) {
      expect(ids).toContain(id);
    }
  });
  test('the routes are no style layer (the adapter adds the custom route layer under the place dots)', () => {
    expect(style.layers.map((l) => l.id)).not.toContain(LAYER.routesLine);
    expect(style.layers.map((l) => l.id)).toContain(LAYER.placesCircle);
  });
  test('events address their feature-state by id', () => {
    expect((style.sources[SOURCE.events] as { promoteId?: string }).promoteId).toBe('id');
  });
  test('every source id is declared and geojson', () => {
    for (const id of Object.values(SOURCE)) expect(style.sources[id]?.type).toBe('geojson');
  });
  test('at the home zoom only towns, ports and islands are labelled; every place from MINOR_LABEL_ZOOM', () => {
    const layer = style.layers.find((l) => l.id === LAYER.placesLabel) as Extract<LayerSpecification, { type: 'symbol' }>;
    const filter = featureFilter(layer.filter, 'layers[0].filter');
    const shown = (kind: string, zoom: number) => filter.filter({ zoom } as never, feature({ kind }) as never);
    expect(shown('port', 4.5)).toBe(true);
    expect(shown('island', 4.5)).toBe(true);
    expect(shown('village', 4.5)).toBe(false);
    expect(shown('village', MINOR_LABEL_ZOOM)).toBe(true);
  });
  test('where places are dense, a place is labelled from its label zoom (core/label_thinning.ts)', () => {
    const layer = style.layers.find((l) => l.id === LAYER.placesLabel) as Extract<LayerSpecification, { type: 'symbol' }>;
    const filter = featureFilter(layer.filter, 'layers[0].filter');
    const shown = (labelZoom: number | undefined, zoom: number) =>
      filter.filter({ zoom } as never, feature({ kind: 'town', ...(labelZoom === undefined ? {} : { [LABEL_ZOOM]: labelZoom }) }) as never);
    expect([shown(7, 6), shown(7, 7), shown(undefined, 4)]).toEqual([false, true, true]);
  });
  test('labels are drawn last', () => {
    expect(style.layers.at(-1)?.id).toBe(LAYER.placesLabel);
  });
  test('time is no global state: no filter reads it, so moving time re-tiles nothing', () => {
    expect(Object.keys(style.state ?? {})).toEqual(['selected']);
  });
});

describe('label expression agrees with labelFromProperties', () => {
  const samples = [
    { 'name:ja': '真岡', 'name:ja-Latn': 'Maoka', 'name:ru': 'Холмск', 'name:ru-Latn': 'Kholmsk' },
    { 'name:ja': '稚内', 'name:ja-Latn': 'Wakkanai', 'name:ru': null, 'name:ru-Latn': null },
    { 'name:ja': null, 'name:ja-Latn': null, 'name:ru': 'мыс Крильон', 'name:ru-Latn': null, 'name:en': 'Cape Crillon' },
    {},
  ];
  test.each(NAME_MODES.flatMap((n) => SCRIPT_MODES.map((s) => [n, s] as const)))('names=%s script=%s', (n, s) => {
    const compiled = expression.createExpression(labelExpression(n, s), 'layers[0].layout.text-field', { type: 'string' } as never);
    expect(compiled.result).toBe('success');
    for (const properties of samples) {
      const value = (compiled.value as { evaluate: (g: unknown, f: unknown) => unknown }).evaluate({ zoom: 6 }, feature(properties));
      expect(value).toBe(labelFromProperties(properties, n, s));
    }
  });
});

describe('route styles for the GPU layer', () => {
  const palette = routePalette();
  const colorOf = (kind: string, side: string) => palette.colors.slice(3 * routeStyleIndex(kind, side), 3 * routeStyleIndex(kind, side) + 3).join();
  test('each kind and side in the legend has its own colour', () => {
    const colours = new Set(ROUTE_STYLES.map((s) => colorOf(s.kind, s.side)));
    expect(colours.size).toBe(ROUTE_STYLES.length);
  });
  test('Soviet and Japanese advances differ', () => {
    expect(colorOf('advance', 'soviet')).not.toBe(colorOf('advance', 'japanese'));
  });
  test('a landing of an unlisted side takes its kind\'s style; an unknown kind the fallback grey', () => {
    expect(routeStyleIndex('landing', 'japanese')).toBe(routeStyleIndex('landing', 'soviet'));
    expect(routeStyleIndex('parade', 'soviet')).toBe(palette.count - 1);
    expect(colorOf('parade', 'soviet')).toBe([0x45 / 255, 0x5a / 255, 0x64 / 255].join());
  });
  test('dashes as in the legend: evacuation ships dashed, attacked ships solid', () => {
    const dashOf = (kind: string, side: string) => palette.dashes.slice(2 * routeStyleIndex(kind, side), 2 * routeStyleIndex(kind, side) + 2);
    expect(dashOf('evacuation', 'japanese')).toEqual([1, 1]);
    expect(dashOf('attacked_ship', 'japanese')).toEqual([0, 0]);
  });
  test('sizes grow with zoom between 4 and 9 and stay put outside', () => {
    expect(routeSizes(2)).toEqual(routeSizes(4));
    expect(routeSizes(6.5).line).toBeCloseTo(3.5, 6);
    expect(routeSizes(12).casing).toBe(8);
  });
});
