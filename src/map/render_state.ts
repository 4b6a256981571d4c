/**
 * The map follows the state: one function applies what changed between two
 * states. Time is one global-state value (GPU-side filters); only routes in
 * progress get a small setData (see core/route_features.ts for why).
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { activeCollection, type TimedRoute } from '../core/route_features.ts';
import type { AtlasState } from '../core/state.ts';
import { LAYER, SELECTED_STATE, SOURCE, TIME_STATE } from '../style/ids.ts';
import { labelExpression } from '../style/labels.ts';

/** What the renderer needs besides the state. */
export interface RenderContext {
  map: MapLibreMap;
  routes: readonly TimedRoute[];
  /** Whether the last active-routes upload was non-empty; avoids re-sending an empty collection. */
  activeShown: boolean;
}

/**
 * Apply the difference between `prev` and `state` to the map. Mutates the map and `context.activeShown`.
 * @param context - map and prepared routes
 * @param state - the new state
 * @param prev - the state last rendered, or null to render everything
 */
export function renderState(context: RenderContext, state: AtlasState, prev: AtlasState | null): void {
  const { map } = context;
  if (!prev || prev.time !== state.time) renderTime(context, state.time);
  if (!prev || prev.names !== state.names || prev.script !== state.script) {
    map.setLayoutProperty(LAYER.placesLabel, 'text-field', labelExpression(state.names, state.script));
  }
  if (!prev || prev.selection?.id !== state.selection?.id) {
    map.setGlobalStateProperty(SELECTED_STATE, state.selection?.id ?? '');
  }
  if (prev && !sameCamera(prev, state) && !mapShowsCamera(map, state)) {
    map.jumpTo({ center: [state.camera.lon, state.camera.lat], zoom: state.camera.zoom });
  }
}

function renderTime(context: RenderContext, time: number): void {
  context.map.setGlobalStateProperty(TIME_STATE, time);
  const active = activeCollection(context.routes, time);
  if (active.features.length === 0 && !context.activeShown) return;
  (context.map.getSource(SOURCE.routesActive) as GeoJSONSource | undefined)?.setData(active);
  context.activeShown = active.features.length > 0;
}

function sameCamera(a: AtlasState, b: AtlasState): boolean {
  return a.camera.zoom === b.camera.zoom && a.camera.lat === b.camera.lat && a.camera.lon === b.camera.lon;
}

/** True when the map already shows the state's camera (the change came from the map itself). */
function mapShowsCamera(map: MapLibreMap, state: AtlasState): boolean {
  const c = map.getCenter();
  return Math.abs(map.getZoom() - state.camera.zoom) < 0.01 &&
    Math.abs(c.lat - state.camera.lat) < 1e-3 && Math.abs(c.lng - state.camera.lon) < 1e-3;
}
