/**
 * The map follows the state: one function applies what changed between two
 * states. Time reaches the map without re-tiling anything: the routes are a
 * uniform of the GPU route layer (map/route_layer.ts), and event markers get
 * feature-state only when time crosses an event's start or start + 24 h
 * (core/time_steps.ts). A user's own file follows the same two rules
 * (map/user_layers.ts).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasState } from '../core/state.ts';
import { stepAt } from '../core/time_steps.ts';
import { RECENT_EVENT_MS } from '../style/data_layers.ts';
import { CONTROL_STATE, EVENT_STATE, FRONT_STATE, LAYER, SELECTED_STATE, SOURCE } from '../style/ids.ts';
import { labelExpression } from '../style/labels.ts';
import { landNameText } from '../style/name_layers.ts';
import type { EventStart, PreparedData } from './data_sources.ts';
import type { RouteLayer } from './route_layer.ts';

/** What the renderer needs besides the state. */
export interface RenderContext {
  map: MapLibreMap;
  routeLayer: RouteLayer;
  data: PreparedData;
  /** The event step whose feature-states the map shows, or null before the first. */
  eventStep: number | null;
  /** The control step whose feature-states the map shows, or null before the first (nothing held). */
  controlStep: number | null;
  /** Which places the map shows as held: only changes are sent to maplibre (each restyles its tiles). */
  held: Map<string, boolean>;
  /** The front step whose feature-states the map shows, or null before the first. */
  frontStep: number | null;
}

/**
 * Apply the difference between `prev` and `state` to the map. Mutates the map and `context.eventStep`.
 * @param context - map, route layer and prepared data
 * @param state - the new state
 * @param prev - the state last rendered, or null to render everything
 */
export function renderState(context: RenderContext, state: AtlasState, prev: AtlasState | null): void {
  const { map } = context;
  if (!prev || prev.time !== state.time) renderTime(context, state.time);
  if (!prev || prev.names !== state.names || prev.script !== state.script) {
    const label = labelExpression(state.names, state.script);
    map.setLayoutProperty(LAYER.placesLabel, 'text-field', label);
    // The sea and land names follow the same naming system (style/name_layers.ts).
    map.setLayoutProperty(LAYER.waterNamesLabel, 'text-field', label);
    map.setLayoutProperty(LAYER.landNamesLabel, 'text-field', landNameText(label));
  }
  if (!prev || prev.selection?.id !== state.selection?.id || prev.selection?.user !== state.selection?.user) {
    // The atlas's own features only: a user's file may reuse an atlas id (map/user_layers.ts highlights its own).
    const atlasSelection = state.selection?.user ? null : state.selection;
    map.setGlobalStateProperty(SELECTED_STATE, atlasSelection?.id ?? '');
    context.routeLayer.setSelected(atlasSelection?.kind === 'route' ? atlasSelection.id : null);
  }
  if (prev && prev.camera !== state.camera && !mapShowsCamera(map, state)) {
    map.jumpTo({ center: [state.camera.lon, state.camera.lat], zoom: state.camera.zoom });
  }
}

function renderTime(context: RenderContext, time: number): void {
  context.routeLayer.setTime(time);
  const held = stepAt(context.data.controlSteps, time);
  if (held !== context.controlStep) {
    context.controlStep = held;
    context.map.setLayoutProperty(LAYER.controlFill, 'visibility', held === null ? 'none' : 'visible');
    for (const place of context.data.control) {
      const held = place.controlMs <= time;
      if (context.held.get(place.id) === held) continue;
      context.held.set(place.id, held);
      context.map.setFeatureState({ source: SOURCE.places, id: place.id }, { [CONTROL_STATE.held]: held });
      context.map.setFeatureState({ source: SOURCE.controlAreas, id: place.id }, { [CONTROL_STATE.held]: held });
    }
  }
  const frontStep = stepAt(context.data.frontSteps, time);
  if (frontStep !== context.frontStep) {
    context.frontStep = frontStep;
    for (const f of context.data.fronts) {
      context.map.setFeatureState({ source: SOURCE.fronts, id: f.id }, { [FRONT_STATE.active]: f.startMs <= time && time < f.endMs });
    }
  }
  const step = stepAt(context.data.eventSteps, time);
  if (step === context.eventStep) return;
  context.eventStep = step;
  showEventsAt(context.map, SOURCE.events, context.data.events, time);
}

/**
 * Set the feature-state of event markers for a time: reached once started, recent for 24 h.
 * Call it only when time crosses one of the events' steps; between two steps nothing changes.
 * @param source - the events' source id
 * @param events - markers with their starts
 * @param time - epoch ms
 */
export function showEventsAt(map: MapLibreMap, source: string, events: readonly EventStart[], time: number): void {
  for (const e of events) {
    map.setFeatureState({ source, id: e.id }, {
      [EVENT_STATE.reached]: e.startMs <= time, [EVENT_STATE.recent]: e.startMs <= time && time - e.startMs < RECENT_EVENT_MS,
    });
  }
}

/** True when the map already shows the state's camera (the change came from the map itself). */
function mapShowsCamera(map: MapLibreMap, state: AtlasState): boolean {
  const c = map.getCenter();
  return Math.abs(map.getZoom() - state.camera.zoom) < 0.01 &&
    Math.abs(c.lat - state.camera.lat) < 1e-3 && Math.abs(c.lng - state.camera.lon) < 1e-3;
}
