/**
 * Layers for a user's own file, in one distinct colour so they read as
 * "yours", with the atlas's time rules: events appear at their start by
 * feature-state, and the routes are a second GPU route layer
 * (map/user_layers.ts), which is why no route layer is declared here.
 */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { NameMode, ScriptMode } from '../core/names.ts';
import { EVENT_STATE, LABEL_FONT, USER_LAYER, USER_SOURCE } from './ids.ts';
import { labelExpression } from './labels.ts';
import { LABEL_ZOOM_FILTER } from './data_layers.ts';

/** Colour of everything from the user's file. */
export const USER_COLOR = '#00838f';

/**
 * The user's layers, bottom to top (the route layer goes under them): as in the atlas, event
 * markers over place dots (an event marks a place), labels last.
 * @param names - name mode for the labels
 * @param script - script for the labels
 * @returns circle, circle and symbol layers on {@link USER_SOURCE}
 */
export function userLayers(names: NameMode, script: ScriptMode): LayerSpecification[] {
  const reached: ExpressionSpecification = ['boolean', ['feature-state', EVENT_STATE.reached], false];
  return [
    {
      id: USER_LAYER.placesCircle, type: 'circle', source: USER_SOURCE.places,
      paint: { 'circle-color': USER_COLOR, 'circle-radius': 4, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 },
    },
    {
      id: USER_LAYER.eventsCircle, type: 'circle', source: USER_SOURCE.events,
      paint: {
        'circle-color': USER_COLOR, 'circle-radius': ['case', reached, 7, 0],
        'circle-stroke-color': '#ffffff', 'circle-stroke-width': ['case', reached, 2, 0],
      },
    },
    {
      id: USER_LAYER.placesLabel, type: 'symbol', source: USER_SOURCE.places,
      // A file of thousands of places is labelled as the atlas's are where they are dense.
      filter: LABEL_ZOOM_FILTER,
      layout: {
        'text-field': labelExpression(names, script), 'text-font': [LABEL_FONT], 'text-size': 13,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'], 'text-radial-offset': 0.6, 'text-justify': 'auto',
      },
      paint: { 'text-color': '#004d55', 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.6 },
    },
  ];
}
