/**
 * The whole style: empty sources (data is added by the map adapter once
 * loaded), all layers, the font files and the selection global state. No `glyphs`
 * and no `sprite`: nothing is requested from another origin.
 */
import type { LayerSpecification, StyleSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import { adminLayers } from './admin_layers.ts';
import { baseLayers } from './base_layers.ts';
import { coastLayers, railLayers } from './coast_layers.ts';
import { controlLayers, frontLayers } from './control_layers.ts';
import { nameLayers } from './name_layers.ts';
import { eventLayers, placeLayers } from './data_layers.ts';
import { LABEL_FONT, LAYER, SELECTED_STATE, SOURCE } from './ids.ts';
import type { NameMode, ScriptMode } from '../core/names.ts';

/** Options for atlasStyle. */
export interface AtlasStyleOptions {
  /** Absolute URLs of the subset label font files, with the unicode ranges each covers. */
  fonts: { url: string; unicodeRange?: string[] }[];
  names: NameMode;
  script: ScriptMode;
}

const emptySource = (): SourceSpecification => ({
  type: 'geojson',
  data: { type: 'FeatureCollection', features: [] },
});

/**
 * The base layers with the fine coast's and the railways inserted before the border line,
 * and the held land over the land and lakes, under the rivers and the coast line.
 */
function withCoast(base: LayerSpecification[]): LayerSpecification[] {
  const at = base.findIndex((l) => l.id === LAYER.borderLine);
  const coast = coastLayers();
  const water = coast.findIndex((l) => l.id === LAYER.riverLine);
  return [...base.slice(0, at), ...coast.slice(0, water), ...controlLayers(), ...coast.slice(water), ...adminLayers(), ...railLayers(), ...frontLayers(),
    ...base.slice(at)];
}

/**
 * Build the style.
 * @param options - fonts and name mode
 * @returns a complete style specification
 */
export function atlasStyle(options: AtlasStyleOptions): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {};
  for (const id of Object.values(SOURCE)) sources[id] = emptySource();
  // Event ids address their feature-state.
  sources[SOURCE.events] = { ...emptySource(), promoteId: 'id' } as SourceSpecification;
  // Control areas and places are held by feature-state: an area by its place's id (one place may have several pieces).
  sources[SOURCE.controlAreas] = { ...emptySource(), promoteId: 'area' } as SourceSpecification;
  sources[SOURCE.places] = { ...emptySource(), promoteId: 'id' } as SourceSpecification;
  sources[SOURCE.fronts] = { ...emptySource(), promoteId: 'id' } as SourceSpecification;
  const [placeCircle, placeLabel] = placeLayers(options.names, options.script) as [LayerSpecification, LayerSpecification];
  return {
    version: 8,
    name: 'Karafuto 1945',
    state: { [SELECTED_STATE]: { default: '' } },
    'font-faces': {
      [LABEL_FONT]: options.fonts.map((f) => (f.unicodeRange ? { url: f.url, 'unicode-range': f.unicodeRange } : { url: f.url })),
    },
    sources,
    // Events above place dots (an event marks a place) and below the labels; the
    // route layer (custom, map/route_layer.ts) is inserted under the place dots.
    // The fine coast goes over the coarse land and under the border.
    // Water and land names under the events and place labels: a place's label wins a collision.
    layers: [...withCoast(baseLayers()), ...nameLayers(options.names, options.script), placeCircle, ...eventLayers(), placeLabel],
  };
}
