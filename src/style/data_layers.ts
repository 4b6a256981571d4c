/**
 * Layers for the atlas data: routes (by kind and side), route heads, events
 * and places. Time filters compare numeric properties precomputed at load
 * (`end_ms`, `start_ms`, epoch ms) with `route_step` / `event_step` global
 * state, the stepped time (core/time_steps.ts explains why not the clock itself).
 */
import type {
  ExpressionSpecification, FilterSpecification, LayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { LABEL_FONT, ROUTE_ARROW_GLYPH, LAYER, SELECTED_STATE, SOURCE, TIME_STATE, EVENT_STEP_STATE, ROUTE_STEP_STATE } from './ids.ts';
import { labelExpression } from './labels.ts';
import { routeColorExpression, routeDashExpression } from './route_styles.ts';
import type { NameMode, ScriptMode } from '../core/names.ts';

const EVENT_STEP: ExpressionSpecification = ['global-state', EVENT_STEP_STATE];
/** True for the selected feature (ids are unique across places, routes and events in practice; a clash only highlights both). */
const IS_SELECTED: ExpressionSpecification = ['==', ['to-string', ['get', 'id']], ['global-state', SELECTED_STATE]];
/** How long an event is drawn larger after its start, ms (24 h); also a time step (map/data_sources.ts). */
export const RECENT_EVENT_MS = 86_400_000;
/** Later than any instant the timeline can reach (JSON has no Infinity). */
const NEVER_MS = 1e15;

/**
 * Filter showing features whose numeric `property` is at or before the time in a global-state key.
 * @param property - e.g. 'end_ms' or 'start_ms'
 * @param key - global-state key of the time: {@link TIME_STATE} (the clock) by default
 * @returns an expression filter
 */
export function reachedFilter(property: string, key: string = TIME_STATE): FilterSpecification {
  // A feature missing the property is never reached (to-number of null would be 0, i.e. 1970).
  return ['<=', ['to-number', ['coalesce', ['get', property], NEVER_MS]], ['global-state', key]];
}

const routeWidth: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 4, 2, 9, 5];
/** Casing; wider (a yellow halo) for the selected route. Zoom must be the outermost expression. */
const casingWidth: ExpressionSpecification = [
  'interpolate', ['linear'], ['zoom'],
  4, ['case', IS_SELECTED, 9, 4],
  9, ['case', IS_SELECTED, 16, 8],
];

/** Casing + line for one route source. */
function routeLinePair(casingId: string, lineId: string, source: string, filter?: FilterSpecification): LayerSpecification[] {
  const withFilter = filter ? { filter } : {};
  return [
    {
      id: casingId, type: 'line', source, ...withFilter,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': ['case', IS_SELECTED, '#ffd600', '#ffffff'],
        'line-opacity': 0.85,
        'line-width': casingWidth,
      },
    },
    {
      id: lineId, type: 'line', source, ...withFilter,
      layout: { 'line-cap': 'butt', 'line-join': 'round' },
      paint: { 'line-color': routeColorExpression(), 'line-width': routeWidth, 'line-dasharray': routeDashExpression() },
    },
  ];
}

/**
 * Route layers: finished routes (filter on the stepped time), the drawn prefix
 * of routes in progress, arrowheads at finished ends and a dot at moving tips.
 * @returns layers in draw order
 */
export function routeLayers(): LayerSpecification[] {
  return [
    ...routeLinePair(LAYER.routesLineCasing, LAYER.routesLine, SOURCE.routes, reachedFilter('end_ms', ROUTE_STEP_STATE)),
    ...routeLinePair(LAYER.routesActiveCasing, LAYER.routesActiveLine, SOURCE.routesActive, ['==', ['geometry-type'], 'LineString']),
    {
      id: LAYER.routesHead, type: 'symbol', source: SOURCE.routesEnd, filter: reachedFilter('end_ms', ROUTE_STEP_STATE),
      // A glyph from the subset font rather than an icon: no sprite request, tinted per route.
      layout: {
        'text-field': ROUTE_ARROW_GLYPH, 'text-font': [LABEL_FONT],
        'text-rotate': ['get', 'bearing'], 'text-rotation-alignment': 'map',
        'text-allow-overlap': true, 'text-ignore-placement': true,
        'text-size': ['interpolate', ['linear'], ['zoom'], 4, 12, 9, 22],
      },
      paint: { 'text-color': routeColorExpression(), 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
    },
    {
      id: LAYER.routesActiveHead, type: 'circle', source: SOURCE.routesActive,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-color': routeColorExpression(), 'circle-radius': 5,
        'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2,
      },
    },
  ];
}

/**
 * Event markers, shown from their start time; events of the last day are larger.
 * Both read the stepped time, whose steps include every start and start + 24 h.
 * @returns one circle layer
 */
export function eventLayers(): LayerSpecification[] {
  const age: ExpressionSpecification = ['-', EVENT_STEP, ['to-number', ['get', 'start_ms'], 0]];
  return [
    {
      id: LAYER.eventsCircle, type: 'circle', source: SOURCE.events, filter: reachedFilter('start_ms', EVENT_STEP_STATE),
      paint: {
        'circle-color': '#fdd835',
        'circle-stroke-color': ['case', IS_SELECTED, '#8e1b1b', '#212121'],
        'circle-stroke-width': ['case', IS_SELECTED, 4, 1.5],
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, ['case', ['<', age, RECENT_EVENT_MS], 8, 6], 10, ['case', ['<', age, RECENT_EVENT_MS], 12, 9]],
        'circle-opacity': ['case', ['<', age, RECENT_EVENT_MS], 1, 0.75],
      },
    },
  ];
}

/**
 * Place dots and labels.
 * @param names - name mode for the initial label
 * @param script - script mode for the initial label
 * @returns circle + symbol layers
 */
export function placeLayers(names: NameMode, script: ScriptMode): LayerSpecification[] {
  const major: ExpressionSpecification = ['match', ['get', 'kind'], ['town', 'port'], true, false];
  return [
    {
      id: LAYER.placesCircle, type: 'circle', source: SOURCE.places,
      filter: ['!', ['match', ['get', 'kind'], ['sea_area', 'island_group'], true, false]],
      paint: {
        'circle-color': ['match', ['get', 'kind'], 'wreck', '#6a1b9a', '#37474f'],
        'circle-radius': ['case', major, 4, 3],
        'circle-stroke-color': ['case', IS_SELECTED, '#8e1b1b', '#ffffff'],
        'circle-stroke-width': ['case', IS_SELECTED, 3, 1],
      },
    },
    {
      id: LAYER.placesLabel, type: 'symbol', source: SOURCE.places,
      layout: {
        'text-field': labelExpression(names, script),
        'text-font': [LABEL_FONT],
        'text-size': ['case', major, 14, 12],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.6,
        'text-justify': 'auto',
        'text-max-width': 12,
        'symbol-sort-key': ['case', major, 0, 1],
      },
      paint: { 'text-color': '#1b1b1b', 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.6 },
    },
  ];
}
