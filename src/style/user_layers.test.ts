import { describe, expect, test } from 'vitest';
import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification, SourceSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { TIMELINE_START } from '../core/timeline.ts';
import { atlasStyle } from './atlas_style.ts';
import { LAYER, TIME_STATE, USER_LAYER, USER_SOURCE } from './ids.ts';
import { userLayers } from './user_layers.ts';

const base = atlasStyle({ fonts: [{ url: 'http://localhost/f.woff2' }], time: TIMELINE_START, names: 'both', script: 'native' });
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

  test('routes and events follow the global time', () => {
    const layers = userLayers('both', 'native');
    const events = layers.find((l) => l.id === USER_LAYER.eventsCircle) as { filter: FilterSpecification };
    const filter = featureFilter(events.filter, 'layers[0].filter');
    const at = (time: number) => filter.filter({ zoom: 8, globalState: { [TIME_STATE]: time } } as never, { type: 1, properties: { start_ms: 1000 } } as never);
    expect([at(999), at(1000)]).toEqual([false, true]);
  });
});
