/**
 * Who held what: the land Soviet forces held as of the date, shaded by
 * feature-state ({@link CONTROL_STATE}) so that moving time restyles without
 * re-tiling. The areas are Voronoi cells of the municipal seats clipped to
 * Natural Earth's land (scripts/build_control_areas.ts), so the shading fades
 * out where the harbour-scale coast (zoom 7+) would show its coarse edge; from
 * there the town symbols carry the change (style/data_layers.ts).
 */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { CONTROL_STATE, FRONT_STATE, LAYER, SOURCE } from './ids.ts';

/** Colours of control, one definition for the map and the legend (ui/legend.ts). */
export const CONTROL_COLORS = {
  /** Land held by Soviet forces: a muted red, light enough for labels and routes over it. */
  held: '#c4574f',
  /** A place Soviet forces hold: its dot. */
  heldPlace: '#a51c15',
  /** A front held for days: dark, between the routes' reds and the land. */
  front: '#3e2723',
} as const;

/** Opacity of the shading at home-view zooms. */
const HELD_OPACITY = 0.3;

/** True from the date Soviet forces held the feature. */
export const HELD: ExpressionSpecification = ['boolean', ['feature-state', CONTROL_STATE.held], false];

/**
 * The held land, under the rivers, coast line, railways and everything above.
 * @returns one fill layer
 */
export function controlLayers(): LayerSpecification[] {
  return [{
    id: LAYER.controlFill, type: 'fill', source: SOURCE.controlAreas, maxzoom: 10,
    // Shown from the first place held (map/render_state.ts): before that it would cost a shader
    // program and a pass for nothing, at the page's first view (8 Aug).
    layout: { visibility: 'none' },
    paint: {
      'fill-color': CONTROL_COLORS.held,
      'fill-antialias': false,
      // Full at the home view, fading out by zoom 10, where 10 m land is a few hundred metres off the fine coast.
      'fill-opacity': ['interpolate', ['linear'], ['zoom'], 8, ['case', HELD, HELD_OPACITY, 0], 10, ['case', HELD, 0.08, 0]],
    },
  }];
}

/** The front's dash, in line widths: short heavy strokes, as atlases draw a front. */
export const FRONT_DASH = [1.2, 0.6] as const;

/**
 * Fronts held for days (Koton, the Kumazasa pass), drawn while their event lasts
 * (feature-state {@link FRONT_STATE}), over the railways, under the border and the routes.
 * @returns one line layer
 */
export function frontLayers(): LayerSpecification[] {
  return [{
    id: LAYER.frontsLine, type: 'line', source: SOURCE.fronts,
    // Drawn while a front holds, by feature-state (map/render_state.ts). Never hidden by `visibility`: a source
    // whose only layer is hidden drops its tiles, and showing it again while playing would re-tile it.
    paint: {
      'line-color': CONTROL_COLORS.front,
      'line-width': ['interpolate', ['linear'], ['zoom'], 5, 4, 10, 7],
      'line-dasharray': [...FRONT_DASH],
      'line-opacity': ['case', ['boolean', ['feature-state', FRONT_STATE.active], false], 0.9, 0],
    },
  }];
}
