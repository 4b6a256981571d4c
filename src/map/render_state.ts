/**
 * The map follows the state: one function applies what changed between two
 * states. Time reaches the map two ways (core/time_steps.ts and
 * core/route_features.ts say why): a stepped global-state key for the filters,
 * changed only when a route ends or an event starts or turns 24 h old (at most
 * ~3 times a second while playing), and a small per-frame setData of the routes
 * being drawn. Feeding the clock itself to the filters re-tiled `routes`,
 * `routes_end` and `events` every frame (29/29/57 tile loads per second).
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { now } from '../core/clock.ts';
import { intervalIndex, itemsOverlapping, type IntervalIndex } from '../core/interval_index.ts';
import { activeCollection, type TimedRoute } from '../core/route_features.ts';
import type { AtlasState } from '../core/state.ts';
import { SteppedClock } from '../core/time_steps.ts';
import { EVENT_STEP_STATE, LAYER, ROUTE_STEP_STATE, SELECTED_STATE, SOURCE, TIME_STATE, USER_LAYER } from '../style/ids.ts';
import type { PreparedData } from './data_sources.ts';
import { labelExpression } from '../style/labels.ts';

/** What the renderer needs besides the state. */
export interface RenderContext {
  map: MapLibreMap;
  /** Routes by time span. */
  routes: IntervalIndex<TimedRoute>;
  /** The routes' stepped time key (route ends). */
  routeClock: SteppedClock;
  /** The events' stepped time key (starts and starts + 24 h). */
  eventClock: SteppedClock;
  /** Whether the last active-routes upload was non-empty; avoids re-sending an empty collection. */
  activeShown: boolean;
}

/**
 * A context for prepared data (map/data_sources.ts `setAtlasData`).
 * @param map - the map
 * @param data - timed routes and the filters' time steps
 * @returns a fresh context
 */
export function renderContext(map: MapLibreMap, data: PreparedData): RenderContext {
  const { routes } = data;
  // A step re-tiles and re-uploads all of `routes`: cheap for the atlas's 1,389 vertices, ~2 s of
  // bufferData under SwiftShader for 10k bench routes (500k vertices). Bigger data, rarer steps.
  const vertices = routes.reduce((n, r) => n + r.coordinates.length, 0);
  const minIntervalMs = Math.min(2000, Math.max(300, vertices / 250));
  return {
    map, routes: intervalIndex(routes), activeShown: false,
    routeClock: new SteppedClock(data.routeSteps, { minIntervalMs }), eventClock: new SteppedClock(data.eventSteps),
  };
}

/**
 * Apply the difference between `prev` and `state` to the map. Mutates the map and `context.activeShown`.
 * @param context - map and prepared routes
 * @param state - the new state
 * @param prev - the state last rendered, or null to render everything
 */
export function renderState(context: RenderContext, state: AtlasState, prev: AtlasState | null): void {
  const { map } = context;
  if (!prev || prev.time !== state.time || prev.playing !== state.playing) renderTime(context, state);
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

function renderTime(context: RenderContext, state: AtlasState): void {
  const { map, routeClock, eventClock } = context;
  const time = state.time;
  const routeStep = routeClock.update(time, state.playing, now());
  if (routeStep !== null) map.setGlobalStateProperty(ROUTE_STEP_STATE, routeStep);
  const eventStep = eventClock.update(time, state.playing, now());
  if (eventStep !== null) map.setGlobalStateProperty(EVENT_STEP_STATE, eventStep);
  // A user's own layers read the clock itself (their sources are re-tiled per frame; they are small and optional).
  if (map.getLayer(USER_LAYER.routesLine)) map.setGlobalStateProperty(TIME_STATE, time);
  // Started routes the finished-routes filter does not show yet: in progress, or ended since the last step.
  const shownUpTo = routeClock.applied ?? -Infinity;
  const active = activeCollection(itemsOverlapping(context.routes, shownUpTo, time), time);
  if (active.features.length === 0 && !context.activeShown) return;
  (map.getSource(SOURCE.routesActive) as GeoJSONSource | undefined)?.setData(active);
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
