/**
 * Without WebGL there is no map to ask for its bounds, but the places list
 * (`#places-in-view`) still serves readers: it lists the places of the
 * atlas's home view (South Sakhalin, the Kurils, northern Hokkaido) in the
 * current name mode.
 */
import { HOME_BOUNDS, type AtlasState } from '../core/state.ts';
import type { PlaceFeature } from '../data/schema.ts';
import { renderPlacesInView, type Bounds } from './places_in_view.ts';

const HOME: Bounds = [HOME_BOUNDS[0][0], HOME_BOUNDS[0][1], HOME_BOUNDS[1][0], HOME_BOUNDS[1][1]];

/**
 * A renderer that fills the list, and refills it when the name mode or script changes.
 * @param list - the #places-in-view element
 * @param places - the atlas's places
 * @returns a state subscriber
 */
export function listPlacesWithoutMap(
  list: HTMLElement, places: readonly PlaceFeature[],
): (state: AtlasState, prev: AtlasState | null) => void {
  return (next, prev) => {
    if (prev && prev.names === next.names && prev.script === next.script) return;
    renderPlacesInView(list, places, HOME, next);
  };
}
