/**
 * Layers for a user's own file: the same time rules as the atlas's layers
 * (routes grow segment by segment, events appear at their start, both read
 * `["global-state", "time"]`), in one distinct colour so they read as "yours".
 */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { NameMode, ScriptMode } from '../core/names.ts';
import { reachedFilter } from './data_layers.ts';
import { LABEL_FONT, USER_LAYER, USER_SOURCE } from './ids.ts';
import { labelExpression } from './labels.ts';

/** Colour of everything from the user's file. */
export const USER_COLOR = '#00838f';

/**
 * The user's layers, bottom to top.
 * @param names - name mode for the labels
 * @param script - script for the labels
 * @returns line, circle, circle and symbol layers on {@link USER_SOURCE}
 */
export function userLayers(names: NameMode, script: ScriptMode): LayerSpecification[] {
  return [
    {
      id: USER_LAYER.routesLine, type: 'line', source: USER_SOURCE.routes, filter: reachedFilter('t1'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': USER_COLOR, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 2.5, 9, 6] },
    },
    {
      id: USER_LAYER.eventsCircle, type: 'circle', source: USER_SOURCE.events, filter: reachedFilter('start_ms'),
      paint: { 'circle-color': USER_COLOR, 'circle-radius': 7, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
    },
    {
      id: USER_LAYER.placesCircle, type: 'circle', source: USER_SOURCE.places,
      paint: { 'circle-color': USER_COLOR, 'circle-radius': 4, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 },
    },
    {
      id: USER_LAYER.placesLabel, type: 'symbol', source: USER_SOURCE.places,
      layout: {
        'text-field': labelExpression(names, script), 'text-font': [LABEL_FONT], 'text-size': 13,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'], 'text-radial-offset': 0.6, 'text-justify': 'auto',
      },
      paint: { 'text-color': '#004d55', 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.6 },
    },
  ];
}
