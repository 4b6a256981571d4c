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
function placesWithin(places: readonly PlaceFeature[], bounds: Bounds): PlaceFeature[] {
  const [w, s, e, n] = bounds;
  return places.filter(({ geometry: { coordinates: [lon, lat] } }) => lon >= w && lon <= e && lat >= s && lat <= n);
}

/** One collator for every sort (creating one per comparison is what localeCompare does). */
const collator = new Intl.Collator('ja');

/** Labels per place for one name mode and script: a place's label depends on nothing else. */
const labelCache = new WeakMap<readonly PlaceFeature[], { mode: string; labels: Map<PlaceFeature, string> }>();

function labelsFor(places: readonly PlaceFeature[], state: AtlasState): Map<PlaceFeature, string> {
  const mode = `${state.names}|${state.script}`;
  const cached = labelCache.get(places);
  if (cached?.mode === mode) return cached.labels;
  const labels = new Map(places.map((f) => [f, labelFromProperties(f.properties, state.names, state.script).replace(/\n/g, ' / ')]));
  labelCache.set(places, { mode, labels });
  return labels;
}

/**
 * Render the list. Replaces the list's children.
 * @param list - the #places-in-view element
 * @param places - all places (the same array each call, so labels are cached per name mode)
 * @param bounds - viewport bounds
 * @param state - for the name mode and script
 */
export function renderPlacesInView(list: HTMLElement, places: readonly PlaceFeature[], bounds: Bounds, state: AtlasState): void {
  const labels = labelsFor(places, state);
  const items = placesWithin(places, bounds)
    .map((f) => labels.get(f) ?? '')
    .filter((label) => label !== '')
    .sort(collator.compare)
    .map((label) => {
      const li = document.createElement('li');
      li.textContent = label;
      return li;
    });
  list.replaceChildren(...items);
}

/** Options of {@link placesInViewUpdater}. */
export interface PlacesInViewOptions {
  /** Quiet time after the last request before the list is rebuilt, ms. @defaultValue 150 */
  debounceMs: number;
}

const defaultOptions: PlacesInViewOptions = { debounceMs: 150 };

/**
 * A debounced list that is rebuilt only while its `<details>` is open (and
 * when it opens): at 10k places one rebuild took 307 ms on every moveend.
 * @param list - the #places-in-view element
 * @param details - the `<details>` around it, or null to always rebuild
 * @param places - all places
 * @param current - the viewport bounds and the state, read when the rebuild runs
 * @param options - debounce
 * @returns a function requesting a rebuild
 */
export function placesInViewUpdater(
  list: HTMLElement, details: HTMLDetailsElement | null, places: readonly PlaceFeature[],
  current: () => { bounds: Bounds; state: AtlasState }, options: Partial<PlacesInViewOptions> = {},
): () => void {
  const { debounceMs } = { ...defaultOptions, ...options };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const rebuild = () => {
    timer = undefined;
    if (details && !details.open) return;
    const { bounds, state } = current();
    renderPlacesInView(list, places, bounds, state);
  };
  details?.addEventListener('toggle', () => { if (details.open) rebuild(); });
  return () => {
    if (details && !details.open) return;
    clearTimeout(timer);
    timer = setTimeout(rebuild, debounceMs);
  };
}
