/**
 * Layers for the atlas data: events and places (the routes are a custom WebGL
 * layer, map/route_layer.ts). Event markers follow time through feature-state
 * set by the adapter.
 */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { EVENT_STATE, LABEL_FONT, LAYER, SELECTED_STATE, SOURCE } from './ids.ts';
import { labelExpression } from './labels.ts';
import { CONTROL_COLORS, HELD } from './control_layers.ts';
import type { NameMode, ScriptMode } from '../core/names.ts';

/** True for the selected feature (ids are unique across places, routes and events in practice; a clash only highlights both). */
const IS_SELECTED: ExpressionSpecification = ['==', ['to-string', ['get', 'id']], ['global-state', SELECTED_STATE]];
/** Colours of the markers, one definition for the map and the legend (ui/legend.ts). */
export const MARKER_COLORS = {
  event: '#fdd835',
  /** An event older than a day: the yellow as it looks at 75 % over land. */
  eventOlder: '#fade61',
  eventStroke: '#212121',
  place: '#37474f',
  wreck: '#6a1b9a',
  placeStroke: '#ffffff',
  selectedStroke: '#8e1b1b',
} as const;

/** How long an event is drawn larger after its start, ms (24 h); also a time step (map/data_sources.ts). */
export const RECENT_EVENT_MS = 86_400_000;

/**
 * Event markers, shown from their start; events of the last day are larger.
 * Both by feature-state ({@link EVENT_STATE}): an unreached marker is drawn
 * with radius 0 and is not clickable (map/interactions.ts).
 * @returns one circle layer
 */
export function eventLayers(): LayerSpecification[] {
  const reached: ExpressionSpecification = ['boolean', ['feature-state', EVENT_STATE.reached], false];
  const recent: ExpressionSpecification = ['boolean', ['feature-state', EVENT_STATE.recent], false];
  return [
    {
      id: LAYER.eventsCircle, type: 'circle', source: SOURCE.events,
      paint: {
        // Older markers are paler: a colour rather than an opacity, so that event and place dots share one shader program (the page
        // loads with one program link fewer, each 40-60 ms under SwiftShader).
        'circle-color': ['case', recent, MARKER_COLORS.event, MARKER_COLORS.eventOlder],
        'circle-stroke-color': ['case', IS_SELECTED, MARKER_COLORS.selectedStroke, MARKER_COLORS.eventStroke],
        'circle-stroke-width': ['case', reached, ['case', IS_SELECTED, 4, 1.5], 0],
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, ['case', reached, ['case', recent, 8, 6], 0], 10, ['case', reached, ['case', recent, 12, 9], 0]],
      },
    },
  ];
}

/** Place kinds labelled at every zoom. */
const LABELLED_AT_ALL_ZOOMS = ['city', 'town', 'port', 'island', 'island_group'];
/** Kinds drawn larger and labelled first: the towns and ports. */
const MAJOR_KINDS = ['city', 'town', 'port'];
/** Zoom from which every place is labelled (the home view of Sakhalin and the Kurils is about 5). */
export const MINOR_LABEL_ZOOM = 6;

/**
 * The property with the lowest zoom a place is labelled at where places are dense
 * (core/label_thinning.ts), added when the data is put into the map.
 */
export const LABEL_ZOOM = 'label_zoom';

/** Only places whose {@link LABEL_ZOOM} is reached, or that have none. */
export const LABEL_ZOOM_FILTER: ExpressionSpecification = ['>=', ['zoom'], ['coalesce', ['get', LABEL_ZOOM], 0]];

/**
 * How the label of a place of this kind competes for room (core/label_thinning.ts):
 * towns and ports first, then islands, then the rest, which wait for {@link MINOR_LABEL_ZOOM}.
 * @param kind - the place's kind
 * @returns its rank (lower first) and the zoom its kind is labelled from
 */
export function labelRank(kind: unknown): { rank: number; fromZoom: number } {
  if (MAJOR_KINDS.includes(kind as string)) return { rank: 0, fromZoom: 0 };
  if (LABELLED_AT_ALL_ZOOMS.includes(kind as string)) return { rank: 1, fromZoom: 0 };
  return { rank: 2, fromZoom: MINOR_LABEL_ZOOM };
}

/**
 * Place dots and labels.
 * @param names - name mode for the initial label
 * @param script - script mode for the initial label
 * @returns circle + symbol layers
 */
export function placeLayers(names: NameMode, script: ScriptMode): LayerSpecification[] {
  const major: ExpressionSpecification = ['match', ['get', 'kind'], MAJOR_KINDS, true, false];
  // Municipalities by people (the larger of a range): a printed atlas ranks towns by size.
  const people: ExpressionSpecification = ['let', 'p', ['get', 'population'],
    ['case', ['==', ['typeof', ['var', 'p']], 'number'], ['var', 'p'],
      ['==', ['typeof', ['var', 'p']], 'object'], ['to-number', ['get', 'max', ['var', 'p']], 0], 0]];
  const radius = (base: number): ExpressionSpecification =>
    ['step', people, ['case', major, base + 1, base], 5000, base + 1, 15000, base + 2, 30000, base + 3];
  return [
    {
      id: LAYER.placesCircle, type: 'circle', source: SOURCE.places,
      filter: ['!', ['match', ['get', 'kind'], ['sea_area', 'island_group'], true, false]],
      paint: {
        // A town taken turns red (feature-state set by map/render_state.ts when time crosses its control date).
        'circle-color': ['case', HELD, CONTROL_COLORS.heldPlace, ['match', ['get', 'kind'], 'wreck', MARKER_COLORS.wreck, MARKER_COLORS.place]],
        // Grows a little when zoomed in. By zoom like the event markers' radius, which puts both
        // layers on one shader program (see eventLayers).
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, radius(3), 10, radius(4)],
        'circle-stroke-color': ['case', IS_SELECTED, MARKER_COLORS.selectedStroke, MARKER_COLORS.placeStroke],
        'circle-stroke-width': ['case', IS_SELECTED, 3, 1],
      },
    },
    {
      id: LAYER.placesLabel, type: 'symbol', source: SOURCE.places,
      // Generalised like a printed map: towns, ports and islands at every zoom, the rest from
      // zoom 6, where there is room; where places are dense, from their label zoom. Every place
      // keeps its dot, list entry and search hit.
      filter: ['all', ['any', ['match', ['get', 'kind'], LABELLED_AT_ALL_ZOOMS, true, false], ['>=', ['zoom'], MINOR_LABEL_ZOOM]], LABEL_ZOOM_FILTER],
      layout: {
        'text-field': labelExpression(names, script),
        'text-font': [LABEL_FONT],
        'text-size': ['step', people, ['case', major, 14, 12], 15000, 14, 30000, 15],
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
