/**
 * The map side of the app: creates the map, fills it once data and style are
 * loaded, follows the state, reports clicks and camera moves as intents, and
 * keeps the places-in-view list and the popup current.
 */
import type { LngLatLike, Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasState } from '../core/state.ts';
import type { AtlasData } from '../data/loader.ts';
import type { Source } from '../data/schema.ts';
import { eventPopup, placePopup, routePopup } from '../ui/popup_content.ts';
import { placesInViewUpdater } from '../ui/places_in_view.ts';
import { byId } from '../ui/dom.ts';
import { showNotice } from '../ui/notices.ts';
import { showPoint } from './camera.ts';
import { createAtlasMap } from './create_map.ts';
import { setAtlasData } from './data_sources.ts';
import { closePopup, onFeatureClick, showPopup } from './interactions.ts';
import { relabel, setMapLanguage } from './map_language.ts';
import { renderState, type RenderContext } from './render_state.ts';
import { RouteLayer } from './route_layer.ts';
import { userFeature, type UserFeature } from './user_layers.ts';
import { LAYER } from '../style/ids.ts';

/** Handle returned by startMapView. */
export interface MapView {
  map: MapLibreMap;
  /** Resolves once data layers are drawn (map idle after the data was added). */
  ready: Promise<void>;
  /** Apply a state change. */
  render(state: AtlasState, prev: AtlasState | null): void;
  /** Open the popup of the selected feature; fly there when `fly`. */
  focusSelection(fly: boolean): void;
}

/**
 * Create the map and wire it. Throws when the map cannot be created (no WebGL).
 * @param container - map container
 * @param initial - state at start
 * @param cameraFromUrl - keep the state camera instead of fitting the home bounds
 * @param dataPromise - the data being loaded
 * @param getState - current state
 * @param set - state update (intents)
 * @returns the view
 */
export function startMapView(
  container: HTMLElement, initial: AtlasState, cameraFromUrl: boolean,
  dataPromise: Promise<AtlasData>, getState: () => AtlasState, set: (partial: Partial<AtlasState>) => void,
): MapView {
  const map = createAtlasMap({ container, state: initial, cameraFromUrl });
  // The rest of the atlas (places, events, lists, time) still works without the route lines.
  const routesUnavailable = (error: unknown) =>
    showNotice(byId('notices'), `The routes cannot be drawn: ${error instanceof Error ? error.message : String(error)}`);
  const routeLayer = new RouteLayer({ onError: routesUnavailable });
  let context: RenderContext | null = null;
  let data: AtlasData | null = null;
  let sources = new Map<string, Source>();
  const placesList = byId('places-in-view');

  const placesDetails = placesList.closest('details');
  let requestPlaces: (() => void) | null = null;
  const updatePlaces = () => {
    if (!data?.places.ok) return;
    requestPlaces ??= placesInViewUpdater(placesList, placesDetails, data.places.data.features, () => {
      const b = map.getBounds();
      return { bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], state: getState() };
    });
    requestPlaces();
  };

  /** Content and anchor; `at` is null for context events with no place on the map. */
  const popupFor = (state: AtlasState): { content: HTMLElement; at: LngLatLike | null } | null => {
    const sel = state.selection;
    if (sel?.user) return userPopup(userFeature(map, sel), sources, state.lang);
    if (!sel || !data) return null;
    if (sel.kind === 'place' && data.places.ok) {
      const f = data.places.data.features.find((x) => x.properties.id === sel.id);
      return f ? { content: placePopup(f.properties, sources, state.lang), at: f.geometry.coordinates as [number, number] } : null;
    }
    if (sel.kind === 'event' && data.events.ok) {
      const f = data.events.data.features.find((x) => x.properties.id === sel.id);
      if (!f) return null;
      return { content: eventPopup(f.properties, sources, state.lang), at: f.geometry ? (f.geometry.coordinates as [number, number]) : null };
    }
    if (sel.kind === 'route' && data.routes.ok) {
      const f = data.routes.data.features.find((x) => x.properties.id === sel.id);
      const last = f?.geometry.coordinates.at(-1);
      return f && last ? { content: routePopup(f.properties, sources, state.lang), at: last as [number, number] } : null;
    }
    return null;
  };

  const focusSelection = (fly: boolean, at?: LngLatLike) => {
    const popup = popupFor(getState());
    if (!popup) { closePopup(); return; }
    // A context event (a declaration in Moscow) is shown at the map centre, without moving the map.
    showPopup(map, at ?? popup.at ?? map.getCenter(), popup.content, () => set({ selection: null }));
    relabel(map);
    // The point goes to the upper part of the map so the popup below it fits.
    const offsetY = -0.25 * map.getContainer().clientHeight;
    if (fly && popup.at) showPoint(map, { center: popup.at, offset: [0, offsetY], zoom: Math.max(map.getZoom(), 7) });
  };

  onFeatureClick(map, routeLayer, (selection, at) => {
    set({ selection });
    focusSelection(false, at);
  });
  const syncCamera = () => {
    const c = map.getCenter();
    set({ camera: { zoom: map.getZoom(), lat: c.lat, lon: c.lng } });
    updatePlaces();
  };
  map.on('moveend', syncCamera);

  const ready = new Promise<void>((resolve) => {
    const start = async () => {
      data = await dataPromise;
      // The bibliography comes after the page is ready; an open popup is rewritten with it.
      void data.sources.result.then((result) => {
        if (!result.ok) return;
        sources = new Map(result.data.map((s) => [s.id, s]));
        if (getState().selection) focusSelection(false);
      });
      const prepared = setAtlasData(map, data);
      try {
        // Under the place dots, as the style's comment says.
        map.addLayer(routeLayer, LAYER.placesCircle);
        routeLayer.setLevels(prepared.routeLevels);
      } catch (error) {
        routesUnavailable(error);
      }
      context = { map, routeLayer, data: prepared, eventStep: null };
      renderState(context, getState(), null);
      // The initial fitBounds ran before this listener existed.
      syncCamera();
      if (getState().selection) focusSelection(false);
      map.once('idle', () => resolve());
    };
    // As soon as the style is parsed, not at 'load': that waits for the empty sources to be tiled
    // and drawn once, only for the data to be tiled again (~400 ms of a cold load under SwiftShader).
    if (map.isStyleLoaded()) void start();
    else map.once('style.load', () => void start());
  });

  return {
    map,
    ready,
    render(state, prev) {
      if (!context) return;
      renderState(context, state, prev);
      if (prev && prev.lang !== state.lang) setMapLanguage(map, state.lang);
      if (prev && (prev.names !== state.names || prev.script !== state.script)) updatePlaces();
      // A selection made elsewhere (window.atlas.set, URL) opens its popup too.
      const reselected = prev && (prev.selection?.kind !== state.selection?.kind || prev.selection?.id !== state.selection?.id
        || prev.selection?.user !== state.selection?.user);
      // A new language rewrites the open popup in place (same anchor, no camera move).
      if (reselected || (prev && prev.lang !== state.lang && state.selection)) focusSelection(false);
    },
    focusSelection: (fly) => focusSelection(fly),
  };
}

/**
 * The popup of a feature from the reader's own file: the atlas's popups, whose sources list
 * shows the file's source ids as they are (they are not in the atlas's bibliography).
 */
function userPopup(found: UserFeature | null, sources: Map<string, Source>, lang: AtlasState['lang']): { content: HTMLElement; at: LngLatLike | null } | null {
  if (!found) return null;
  if (found.kind === 'place') return { content: placePopup(found.feature.properties, sources, lang), at: found.feature.geometry.coordinates as [number, number] };
  if (found.kind === 'event') {
    const at = found.feature.geometry ? (found.feature.geometry.coordinates as [number, number]) : null;
    return { content: eventPopup(found.feature.properties, sources, lang), at };
  }
  return { content: routePopup(found.feature.properties, sources, lang), at: (found.feature.geometry.coordinates.at(-1) as [number, number] | undefined) ?? null };
}
