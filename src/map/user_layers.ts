/**
 * The map side of a user's own file: its sources and layers are added (or
 * replaced) when a valid file is opened, and their labels follow the name mode.
 * Their filters read the clock's global-state key (`time`), set here and by
 * map/render_state.ts while these layers exist.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { segmentCollection, timedRoutesFromFeatures } from '../core/route_features.ts';
import type { AtlasState } from '../core/state.ts';
import type { UserData } from '../data/user_data.ts';
import { TIME_STATE, USER_LAYER, USER_SOURCE } from '../style/ids.ts';
import { labelExpression } from '../style/labels.ts';
import { userLayers } from '../style/user_layers.ts';
import { eventPointCollection } from './data_sources.ts';

/**
 * Draw a user's file, replacing the previous one. Mutates the map's style.
 * @param map - a loaded map
 * @param data - the checked file
 * @param state - for the label's name mode
 */
export function showUserData(map: MapLibreMap, data: UserData, state: AtlasState): void {
  const collections: Record<keyof typeof USER_SOURCE, FeatureCollection> = {
    places: { type: 'FeatureCollection', features: data.places } as FeatureCollection,
    routes: segmentCollection(timedRoutesFromFeatures(data.routes)),
    events: eventPointCollection({ type: 'FeatureCollection', features: data.events }),
  };
  for (const [key, id] of Object.entries(USER_SOURCE) as [keyof typeof USER_SOURCE, string][]) {
    const source = map.getSource(id) as GeoJSONSource | undefined;
    if (source) source.setData(collections[key]);
    else map.addSource(id, { type: 'geojson', data: collections[key] });
  }
  map.setGlobalStateProperty(TIME_STATE, state.time);
  for (const layer of userLayers(state.names, state.script)) {
    if (!map.getLayer(layer.id)) map.addLayer(layer as LayerSpecification);
  }
}

/**
 * Keep the user's labels in the current name mode. No-op before a file is shown.
 * @param map - the map
 * @param state - new state
 * @param prev - previous state
 */
export function renderUserLayers(map: MapLibreMap, state: AtlasState, prev: AtlasState | null): void {
  if (!map.getLayer(USER_LAYER.placesLabel)) return;
  if (prev && prev.names === state.names && prev.script === state.script) return;
  map.setLayoutProperty(USER_LAYER.placesLabel, 'text-field', labelExpression(state.names, state.script));
}
