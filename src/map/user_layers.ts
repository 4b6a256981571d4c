/**
 * The map side of a user's own file: its sources and layers are added (or
 * replaced) when a valid file is opened; they follow time like the atlas's
 * (routes in a second GPU route layer, events by feature-state at their steps)
 * and their labels follow the name mode.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap, PointLike } from 'maplibre-gl';
import type { AtlasState } from '../core/state.ts';
import { stepAt } from '../core/time_steps.ts';
import type { UserFile } from '../data/user_data.ts';
import { USER_LAYER, USER_SOURCE } from '../style/ids.ts';
import { labelExpression } from '../style/labels.ts';
import { singleColourPalette } from '../style/route_styles.ts';
import { USER_COLOR, userLayers } from '../style/user_layers.ts';
import { eventPointCollection, eventTimes, withLabelZooms, type EventStart } from './data_sources.ts';
import { showEventsAt } from './render_state.ts';
import { RouteLayer } from './route_layer.ts';

/** What follows time for the user's file on one map. */
interface UserView {
  routes: RouteLayer;
  events: EventStart[];
  eventSteps: number[];
  /** The event step shown, or null to show the next time given. */
  eventStep: number | null;
}

const views = new WeakMap<MapLibreMap, UserView>();

/**
 * Draw a user's file, replacing the previous one. Mutates the map's style.
 * @param map - a loaded map
 * @param data - the checked file, its routes packed in the worker
 * @param state - for the time and the label's name mode
 */
export function showUserData(map: MapLibreMap, data: UserFile, state: AtlasState): void {
  const points = eventPointCollection({ type: 'FeatureCollection', features: data.events });
  const collections: Record<keyof typeof USER_SOURCE, FeatureCollection> = {
    places: withLabelZooms({ type: 'FeatureCollection', features: data.places } as FeatureCollection),
    events: points,
  };
  for (const [key, id] of Object.entries(USER_SOURCE) as [keyof typeof USER_SOURCE, string][]) {
    const source = map.getSource(id) as GeoJSONSource | undefined;
    if (source) source.setData(collections[key]);
    else map.addSource(id, { type: 'geojson', data: collections[key], promoteId: 'id' });
  }
  for (const layer of userLayers(state.names, state.script)) {
    if (!map.getLayer(layer.id)) map.addLayer(layer as LayerSpecification);
  }
  let view = views.get(map);
  if (!view) {
    view = { routes: new RouteLayer({ id: USER_LAYER.routesLine, palette: singleColourPalette(USER_COLOR) }), events: [], eventSteps: [], eventStep: null };
    views.set(map, view);
  }
  // Above the atlas's layers, under the user's own dots and labels.
  if (!map.getLayer(USER_LAYER.routesLine)) map.addLayer(view.routes, USER_LAYER.placesCircle);
  view.routes.setLevels(data.routeLevels);
  Object.assign(view, eventTimes(points), { eventStep: null });
  renderUserTime(map, view, state.time);
}

/**
 * Forget the layers of a map whose style was rebuilt (a restored WebGL context): the next
 * {@link showUserData} adds them anew, with a new route layer.
 * @param map - the map
 */
export function forgetUserLayers(map: MapLibreMap): void {
  views.get(map)?.routes.onRemove();
  views.delete(map);
}

/**
 * Keep the user's layers at the state's time and labels in its name mode. No-op before a file is shown.
 * @param map - the map
 * @param state - new state
 * @param prev - previous state
 */
export function renderUserLayers(map: MapLibreMap, state: AtlasState, prev: AtlasState | null): void {
  const view = views.get(map);
  if (!view) return;
  if (!prev || prev.time !== state.time) renderUserTime(map, view, state.time);
  const selected = state.selection?.user && state.selection.kind === 'route' ? state.selection.id : null;
  view.routes.setSelected(selected);
  if (prev && prev.names === state.names && prev.script === state.script) return;
  map.setLayoutProperty(USER_LAYER.placesLabel, 'text-field', labelExpression(state.names, state.script));
}

function renderUserTime(map: MapLibreMap, view: UserView, time: number): void {
  view.routes.setTime(time);
  const step = stepAt(view.eventSteps, time);
  if (step === view.eventStep) return;
  view.eventStep = step;
  showEventsAt(map, USER_SOURCE.events, view.events, time);
}

/**
 * The user's route drawn under a point, for clicks and the hover cursor.
 * @param map - the map
 * @param point - pixels from the map's top left
 * @returns the route id, or null
 */
export function userRouteAt(map: MapLibreMap, point: PointLike): string | null {
  return views.get(map)?.routes.routeAt(point) ?? null;
}
