/**
 * The administrative lines of 1945 inside Karafuto: the subprefectures (支庁).
 * The 50th parallel border is a base layer (style/base_layers.ts). The lines
 * are approximate (scripts/build_subprefectures.ts), so they are drawn thin
 * and light, dotted, under the railways and everything of the campaign.
 */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { BASE_COLORS } from './base_layers.ts';
import { LAYER, SOURCE } from './ids.ts';

/** The subprefecture line's dash, in line widths (the legend draws the same): dots, unlike the border's dash-dot. */
export const SUBPREFECTURE_DASH: readonly number[] = [1, 3];

/** Opacity of the subprefecture line: a quiet line that the border and the routes stay above. */
export const SUBPREFECTURE_OPACITY = 0.55;

/**
 * The subprefecture lines from zoom 5 (the home view shows the prefecture
 * whole) to zoom 8: closer in, a straight line kilometres off the real ridge
 * would read as the boundary (at Koton it runs beside the fortified district).
 * @returns one line layer
 */
export function adminLayers(): LayerSpecification[] {
  return [{
    id: LAYER.subprefectureLine, type: 'line', source: SOURCE.subprefectures, minzoom: 5, maxzoom: 8,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': BASE_COLORS.border,
      'line-opacity': SUBPREFECTURE_OPACITY,
      'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 8, 1.4],
      'line-dasharray': [...SUBPREFECTURE_DASH],
    },
  }];
}
