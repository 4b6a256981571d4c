/**
 * The map side of the reader's family paths: one more GPU route layer
 * (map/route_layer.ts, as for a reader's file), over the events and under the
 * place labels, whose legs draw themselves as time passes. Added with the
 * first path, so a reader without paths pays nothing for it.
 */
import type { Position } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FamilyPath } from '../core/family.ts';
import { familyTimedRoutes, type VoyageLine } from '../core/family_routes.ts';
import { segmentLevels } from '../core/route_segments.ts';
import type { AtlasState } from '../core/state.ts';
import { FAMILY_LAYER, LAYER } from '../style/ids.ts';
import { FAMILY_COLOR, singleColourPalette } from '../style/route_styles.ts';
import { RouteLayer } from './route_layer.ts';

interface FamilyView {
  layer: RouteLayer;
  /** The paths drawn, to rebuild the segments only when they change. */
  drawn: readonly FamilyPath[] | null;
}

const views = new WeakMap<MapLibreMap, FamilyView>();

/**
 * Keep the family layer at the state's paths and time. Mutates the map's style (adds the layer once).
 * @param map - a map with the atlas's data drawn
 * @param state - new state
 * @param placeAt - a place's [lon, lat] by id, or undefined
 * @param voyageAt - an atlas route by id (a ship leg on it follows its line), or undefined
 */
export function renderFamilyLayer(
  map: MapLibreMap, state: AtlasState, placeAt: (id: string) => Position | undefined, voyageAt: (id: string) => VoyageLine | undefined,
): void {
  let view = views.get(map);
  if (!view) {
    if (state.family.length === 0) return;
    view = { layer: new RouteLayer({ id: FAMILY_LAYER.routesLine, palette: singleColourPalette(FAMILY_COLOR) }), drawn: null };
    views.set(map, view);
    map.addLayer(view.layer, LAYER.placesLabel);
  }
  if (view.drawn !== state.family) {
    view.drawn = state.family;
    view.layer.setLevels(segmentLevels(familyTimedRoutes(state.family, placeAt, voyageAt), () => 0));
  }
  view.layer.setTime(state.time);
}

/**
 * Forget the layer of a map whose style was rebuilt (a restored WebGL context): the next render adds it anew.
 * @param map - the map
 */
export function forgetFamilyLayer(map: MapLibreMap): void {
  views.get(map)?.layer.onRemove();
  views.delete(map);
}
