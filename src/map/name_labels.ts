/**
 * Keeps the water and land name labels (style/name_layers.ts) in the name mode
 * and script of the place labels: whenever the place labels' `text-field`
 * changes (map/render_state.ts sets it on a switch), the name layers get the
 * same expression, the land names with a peak's height added.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYER } from '../style/ids.ts';
import { landNameText } from '../style/name_layers.ts';

/**
 * Follow the place labels' text from now on. Call once, after the style loaded.
 * @param map - the map
 * @returns a function that stops following
 */
export function followPlaceLabelText(map: MapLibreMap): () => void {
  let last = '';
  const sync = () => {
    const label = map.getLayoutProperty(LAYER.placesLabel, 'text-field') as ExpressionSpecification | undefined;
    const key = JSON.stringify(label ?? null);
    if (!label || key === last || !map.getLayer(LAYER.waterNamesLabel)) return;
    last = key;
    map.setLayoutProperty(LAYER.waterNamesLabel, 'text-field', label);
    map.setLayoutProperty(LAYER.landNamesLabel, 'text-field', landNameText(label));
  };
  map.on('styledata', sync);
  sync();
  return () => map.off('styledata', sync);
}
