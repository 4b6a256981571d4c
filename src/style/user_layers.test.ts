import { describe, expect, test } from 'vitest';
import { expression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { SourceSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { atlasStyle } from './atlas_style.ts';
import { EVENT_STATE, LAYER, USER_LAYER, USER_SOURCE } from './ids.ts';
import { userLayers } from './user_layers.ts';

const base = atlasStyle({ fonts: [{ url: 'http://localhost/f.woff2' }], names: 'both', script: 'native' });
const empty: SourceSpecification = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
const withUser: StyleSpecification = {
  ...base,
  sources: { ...base.sources, ...Object.fromEntries(Object.values(USER_SOURCE).map((id) => [id, empty])) },
  layers: [...base.layers, ...userLayers('modern', 'latin')],
};

describe('user layers', () => {
  test('form a valid style with the atlas style', () => {
    expect(validateStyleMin(withUser)).toEqual([]);
  });

  test('ids are their own: no clash with the atlas layers', () => {
    const atlasIds = new Set<string>(Object.values(LAYER));
    expect(Object.values(USER_LAYER).filter((id) => atlasIds.has(id))).toEqual([]);
  });

  test('events follow time by feature-state, like the atlas\'s: radius 0 until reached', () => {
    const events = userLayers('both', 'native').find((l) => l.id === USER_LAYER.eventsCircle) as { paint: Record<string, unknown> };
    const radius = expression.createExpression(events.paint['circle-radius'], 'layers[0].paint.circle-radius', { type: 'number' } as never);
    const at = (reached: boolean) => (radius.value as { evaluate: (g: unknown, f: unknown, s: unknown) => number })
      .evaluate({ zoom: 8 }, { type: 1, properties: {} }, { [EVENT_STATE.reached]: reached });
    expect([at(false), at(true)]).toEqual([0, 7]);
  });

});
