/**
 * The harbour-scale coast (GSHHG full resolution, source `coast`) and the
 * railways of 1945 (source `railways`). The coast is drawn from
 * zoom 7 over Natural Earth's land. Each fetched cell paints its square in sea
 * colour first, so the coarse land never shows beside the fine coast.
 */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { DETAIL_MIN_ZOOM } from '../data/coast_cells.ts';
import { BASE_COLORS } from './base_layers.ts';
import { LAYER, SOURCE } from './ids.ts';

/** Colour of rivers: a darker water than the sea, so a thin line still reads as water. */
const RIVER_COLOR = '#6f9bb8';
/** Colour of railways: dark grey, under the campaign's coloured routes. */
const RAIL_COLOR = '#4d4d4d';

const kind = (k: string) => ['==', ['get', 'kind'], k] as ['==', ['get', string], string];

/**
 * The coast layers, bottom to top: cell squares, land, lakes, rivers, shoreline.
 * Fills are not antialiased: neighbouring cells share an edge, and an
 * antialiased edge would show a hairline of sea along it; the shoreline
 * stroke covers the fill's own edge at the coast.
 * @returns layers in draw order
 */
export function coastLayers(): LayerSpecification[] {
  const base = { source: SOURCE.coast, minzoom: DETAIL_MIN_ZOOM } as const;
  return [
    { ...base, id: LAYER.coastSeaFill, type: 'fill', filter: kind('sea'),
      paint: { 'fill-color': BASE_COLORS.sea, 'fill-antialias': false } },
    { ...base, id: LAYER.coastLandFill, type: 'fill', filter: kind('land'),
      paint: { 'fill-color': BASE_COLORS.land, 'fill-antialias': false } },
    { ...base, id: LAYER.coastLakeFill, type: 'fill', filter: kind('lake'),
      paint: { 'fill-color': BASE_COLORS.sea, 'fill-antialias': false } },
    { ...base, id: LAYER.riverLine, type: 'line', filter: kind('river'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': RIVER_COLOR, 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.6, 11, 1.6] } },
    { ...base, id: LAYER.coastLine, type: 'line', filter: kind('coast'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': BASE_COLORS.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.7, 11, 1.4] } },
  ];
}

/**
 * The railways of August 1945, from zoom 6 to 9: a thin line, and over it short
 * ticks across (a wide line dashed almost to dots) as atlases draw railways.
 * Not at harbour scale: the lines are schematic, straight between the stations
 * sources locate (gaps up to 43 km, stations to 3 km), and closer in they would
 * be read as the track, which they are not (north of Maoka one runs out at sea).
 * @returns layers in draw order
 */
export function railLayers(): LayerSpecification[] {
  const base = { source: SOURCE.railways, minzoom: 6, maxzoom: 9.5 } as const;
  return [
    { ...base, id: LAYER.railLine, type: 'line', layout: { 'line-join': 'round' },
      paint: { 'line-color': RAIL_COLOR, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1, 11, 2] } },
    // Dash lengths are in line widths: 0.2 of 6 px wide is a 1.2 px tick every 15 px.
    { ...base, id: LAYER.railTicks, type: 'line',
      paint: { 'line-color': RAIL_COLOR, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 4, 11, 7], 'line-dasharray': [0.2, 2.5] } },
  ];
}
