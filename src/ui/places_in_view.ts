/**
 * `#places-in-view`: the places inside the viewport with their current
 * names, so a screen-reader user can read what the map shows.
 */
import { labelFromProperties } from '../core/names.ts';
import type { AtlasState } from '../core/state.ts';
import type { PlaceFeature } from '../data/schema.ts';

/** West, south, east, north in degrees. */
export type Bounds = [number, number, number, number];

/**
 * Places whose point lies within bounds.
 * @param places - place features
 * @param bounds - [west, south, east, north]
 * @returns the features inside, in input order
 */
export function placesWithin(places: readonly PlaceFeature[], bounds: Bounds): PlaceFeature[] {
  const [w, s, e, n] = bounds;
  return places.filter(({ geometry: { coordinates: [lon, lat] } }) => lon >= w && lon <= e && lat >= s && lat <= n);
}

/**
 * Render the list. Replaces the list's children.
 * @param list - the #places-in-view element
 * @param places - all places
 * @param bounds - viewport bounds
 * @param state - for the name mode and script
 */
export function renderPlacesInView(list: HTMLElement, places: readonly PlaceFeature[], bounds: Bounds, state: AtlasState): void {
  const items = placesWithin(places, bounds)
    .map((f) => labelFromProperties(f.properties, state.names, state.script).replace(/\n/g, ' / '))
    .filter((label) => label !== '')
    .sort((a, b) => a.localeCompare(b, 'ja'))
    .map((label) => {
      const li = document.createElement('li');
      li.textContent = label;
      return li;
    });
  list.replaceChildren(...items);
}
