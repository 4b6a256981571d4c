/**
 * The offline basemap: sea background, land and the 1905–1945 border at 50°N.
 */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { LAYER, SOURCE } from './ids.ts';

/** Basemap colours, muted so that routes and events stand out. */
export const BASE_COLORS = {
  sea: '#c9dbe6',
  land: '#f3f0e6',
  coast: '#8a9aa6',
  border: '#5d4037',
} as const;

/** The 1905–1945 border's dash, in line widths (the legend draws the same). */
export const BORDER_DASH: readonly number[] = [4, 2, 1, 2];

/**
 * Background, land and border layers.
 * @returns layers in draw order
 */
export function baseLayers(): LayerSpecification[] {
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': BASE_COLORS.sea } },
    {
      id: LAYER.landFill, type: 'fill', source: SOURCE.land,
      paint: { 'fill-color': BASE_COLORS.land, 'fill-antialias': true },
    },
    {
      id: LAYER.landLine, type: 'line', source: SOURCE.land,
      paint: { 'line-color': BASE_COLORS.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 10, 1.5] },
    },
    {
      id: LAYER.borderLine, type: 'line', source: SOURCE.border,
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': BASE_COLORS.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1.2, 10, 3],
        'line-dasharray': [...BORDER_DASH],
      },
    },
  ];
}
