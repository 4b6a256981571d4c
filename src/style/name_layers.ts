/**
 * Names of the sea and the land (`geo/names.geojson`): seas, straits, bays and
 * rivers as water labels (blue, italic, spaced out), capes and mountains (with
 * their height) as land labels. Their text follows the name mode and script
 * exactly like the places' (labels.ts).
 */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { waterNameKinds } from '../data/basemap_schema.ts';
import type { NameMode, ScriptMode } from '../core/names.ts';
import { LABEL_FONT, LAYER, SOURCE, WATER_LABEL_FONT } from './ids.ts';
import { labelExpression } from './labels.ts';

/** Colours of the name labels: water in the sea's darker blue, land in the relief's brown. */
const NAME_COLORS = { water: '#2f6690', land: '#6b4f2a' } as const;

const WATER_KINDS = [...waterNameKinds];
const fromMinZoom: ExpressionSpecification = ['>=', ['zoom'], ['get', 'min_zoom']];

/**
 * The land labels' text: the place label, and a peak's height on a line of its own.
 * @param label - the `text-field` of the place labels (labels.ts)
 */
export function landNameText(label: ExpressionSpecification): ExpressionSpecification {
  return ['case', ['has', 'ele_m'], ['concat', label, '\n', ['to-string', ['get', 'ele_m']], ' m'], label];
}

/**
 * The two name layers.
 * @param names - name mode
 * @param script - script mode
 * @returns water labels, then land labels
 */
export function nameLayers(names: NameMode, script: ScriptMode): LayerSpecification[] {
  const label = labelExpression(names, script);
  const halo = { 'text-halo-color': 'rgba(255,255,255,0.85)', 'text-halo-width': 1.4 };
  return [
    {
      id: LAYER.waterNamesLabel, type: 'symbol', source: SOURCE.names,
      filter: ['all', ['match', ['get', 'kind'], WATER_KINDS, true, false], fromMinZoom],
      layout: {
        'text-field': label,
        'text-font': [...WATER_LABEL_FONT],
        // Seas large and widely spaced, straits and bays smaller, rivers smallest.
        'text-size': ['match', ['get', 'kind'], 'sea', 16, 'river', 11, 13],
        'text-letter-spacing': ['match', ['get', 'kind'], 'sea', 0.15, 'river', 0.05, 0.12],
        'text-max-width': 9,
        'symbol-sort-key': ['match', ['get', 'kind'], 'sea', 0, 'strait', 1, 2],
      },
      paint: { 'text-color': NAME_COLORS.water, ...halo },
    },
    {
      id: LAYER.landNamesLabel, type: 'symbol', source: SOURCE.names,
      filter: ['all', ['!', ['match', ['get', 'kind'], WATER_KINDS, true, false]], fromMinZoom],
      layout: {
        'text-field': landNameText(label),
        'text-font': [LABEL_FONT],
        'text-size': 11,
        'text-anchor': 'top',
        'text-offset': [0, 0.3],
        'text-max-width': 9,
      },
      paint: { 'text-color': NAME_COLORS.land, ...halo },
    },
  ];
}
