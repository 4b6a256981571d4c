/**
 * The map side of the app: creates the map, fills it once the data is in, and
 * from then on follows the store. The state draws the map (time, names,
 * selection, camera, the reader's file); the selection's popup opens; camera
 * flights asked for by the controls are carried out. Clicks and camera moves
 * go back to the store as intents. Every word the map shows comes in from
 * outside (popup content, notices, control texts): src/map imports nothing
 * from src/ui.
 */
import type { LngLatLike, Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../core/lang.ts';
import type { AtlasState, Flight, Selection, StateChange } from '../core/state.ts';
import type { Store } from '../core/store.ts';
import type { AtlasData } from '../data/loader.ts';
import type { UserFile } from '../data/user_data.ts';
import { showBounds, showPoint, zoomForBounds } from './camera.ts';
import { watchCoastCells } from './coast_cells.ts';
import { createAtlasMap } from './create_map.ts';
import { setAtlasData } from './data_sources.ts';
import { closePopup, onFeatureClick, showPopup } from './interactions.ts';
import { relabel, setMapLanguage, type MapTexts } from './map_language.ts';
import { renderState, type RenderContext } from './render_state.ts';
import { RouteLayer } from './route_layer.ts';
import { forgetUserLayers, renderUserLayers, showUserData } from './user_layers.ts';
import { forgetFamilyLayer, renderFamilyLayer } from './family_layer.ts';
import { LAYER } from '../style/ids.ts';

/** A popup's content and where it points ([lon, lat]; null for events off the map). */
export interface PopupContent {
  content: HTMLElement;
  at: [number, number] | null;
}

/** The viewport as [west, south, east, north]. */
type ViewBounds = [number, number, number, number];

/** What the map view is given. */
export interface MapViewOptions {
  container: HTMLElement;
  store: Store<AtlasState, StateChange>;
  /** Keep the state's camera instead of fitting the home bounds. */
  cameraFromUrl: boolean;
  data: Promise<AtlasData>;
  /** The reader's own file, drawn over the atlas. */
  userData: Store<UserFile | null, UserFile | null>;
  /** Grows when data a popup shows arrives late (bibliography, texts): the open popup is rebuilt. */
  dataVersion: Store<number, number>;
  /** The popup of a selection in a language, or null when there is nothing to show. */
  popup(selection: Selection, lang: Lang, data: AtlasData): PopupContent | null;
  texts: MapTexts;
  /** Show a notice; returns a function that removes it. */
  notify(message: string): () => void;
  /** Called when the view settles after a move. */
  onViewChange(bounds: ViewBounds): void;
}

/** Handle returned by startMapView. */
export interface MapView {
  map: MapLibreMap;
  /** Resolves once the data layers are drawn (the map idle after the data was added). */
  ready: Promise<void>;
}

/**
 * Create the map and wire it to the store. Throws when the map cannot be created (no WebGL).
 * @param options - container, store, data and what the map shows in words
 * @returns the view
 */
export function startMapView(options: MapViewOptions): MapView {
  const { store, userData, dataVersion } = options;
  const initial = store.get();
  const map = createAtlasMap({ container: options.container, state: initial, cameraFromUrl: options.cameraFromUrl, texts: options.texts });
  // The rest of the atlas (places, events, lists, time) still works without the route lines.
  const routesUnavailable = (error: unknown) =>
    options.notify(options.texts.routesUnavailable(store.get().lang, error instanceof Error ? error.message : String(error)));
  const routeLayer = new RouteLayer({ onError: routesUnavailable });
  const viewBounds = (): ViewBounds => {
    const b = map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  };
  /** Where the next popup of a clicked feature goes: at the click, not at the feature's own point. */
  const clicked: ClickedAt = { key: '', at: null };
  /** False while the WebGL context is lost: the style is gone and nothing may be asked of it. */
  let drawn = false;
  onFeatureClick(map, routeLayer, () => drawn, (selection, at) => {
    Object.assign(clicked, { key: selectionKey(selection), at });
    store.set({ selection });
  });
  const syncCamera = () => {
    const c = map.getCenter();
    store.set({ camera: { zoom: map.getZoom(), lat: c.lat, lon: c.lng } });
    options.onViewChange(viewBounds());
  };
  map.on('moveend', syncCamera);

  const ready = new Promise<void>((resolve) => {
    const start = async () => {
      const data = await options.data;
      const popups = popupRenderer(map, options, data, clicked);
      const placePoints = new Map(data.places.ok ? data.places.data.features.map((f) => [f.properties.id, f.geometry.coordinates]) : []);
      const voyages = new Map(data.routes.ok ? data.routes.data.features.map((f) => [f.properties.id, { ...f.properties, coordinates: f.geometry.coordinates }]) : []);
      let flown = 0;
      /** Fill the style with the data and follow the stores; returns the unsubscribe function. */
      const draw = () => {
        const prepared = setAtlasData(map, data);
        try {
          // Under the place dots, as the style's comment says.
          map.addLayer(routeLayer, LAYER.placesCircle);
          routeLayer.setLevels(prepared.routeLevels);
        } catch (error) {
          routesUnavailable(error);
        }
        const context: RenderContext = { map, routeLayer, data: prepared, eventStep: null, controlStep: null, held: new Map(), frontStep: null };
        drawn = true;
        // Subscribed only now: the first call draws the whole current state, whatever happened before.
        const stops = [
          store.subscribe((state, prev) => {
            renderState(context, state, prev);
            renderUserLayers(map, state, prev);
            renderFamilyLayer(map, state, (id) => placePoints.get(id), (id) => voyages.get(id));
            setMapLanguage(map, state.lang, options.texts);
            if (prev && (prev.names !== state.names || prev.script !== state.script)) options.onViewChange(viewBounds());
            popups.render();
            if (state.flight && state.flight.id !== flown) {
              flown = state.flight.id;
              fly(map, state.flight, popups.point());
            }
          }),
          userData.subscribe((file) => {
            if (file) showUserData(map, file, store.get());
            popups.render(true);
          }),
          dataVersion.subscribe(() => popups.render()),
        ];
        return () => { for (const stop of stops) stop(); };
      };
      let stop = draw();
      // The fine coast is fetched by cell from zoom 7, never for the first (home) view.
      watchCoastCells(map, () => drawn);
      // A lost context (sleep, GPU reset, too many tabs) takes maplibre's style with it; the state
      // keeps changing meanwhile. On restore maplibre rebuilds the style from a snapshot, without
      // custom layers or feature-state: the map is drawn again from the data and the current state.
      let dismiss: () => void = () => {};
      map.on('webglcontextlost', () => {
        drawn = false;
        stop();
        dismiss = options.notify(options.texts.contextLost(store.get().lang));
      });
      map.on('webglcontextrestored', () => {
        const redraw = () => {
          routeLayer.onRemove();
          forgetUserLayers(map);
          forgetFamilyLayer(map);
          stop = draw();
          dismiss();
        };
        if (map.isStyleLoaded()) redraw();
        else map.once('style.load', redraw);
      });
      // The initial fitBounds ran before this listener existed.
      syncCamera();
      map.once('idle', () => resolve());
    };
    // As soon as the style is parsed, not at 'load': that waits for the empty sources to be tiled
    // and drawn once, only for the data to be tiled again (~400 ms of a cold load under SwiftShader).
    if (map.isStyleLoaded()) void start();
    else map.once('style.load', () => void start());
  });
  return { map, ready };
}

interface ClickedAt { key: string; at: LngLatLike | null }

const selectionKey = (s: Selection | null) => (s ? `${s.kind}|${s.id}|${s.user ? 'user' : ''}` : '');

/**
 * One popup, keyed on the selection, the language and the data version: it is
 * built only when one of them changes.
 */
function popupRenderer(map: MapLibreMap, options: MapViewOptions, data: AtlasData, clicked: ClickedAt) {
  let shownKey = '';
  let shownAt: LngLatLike | null = null;
  /** The selected feature's own point, for a flight to it. */
  let shownPoint: [number, number] | null = null;
  return {
    /** The selected feature's point (null for a context event), for a flight to it. */
    point: () => shownPoint,
    render(force = false) {
      const { selection, lang } = options.store.get();
      const feature = selectionKey(selection);
      const key = `${feature}|${lang}|${options.dataVersion.get()}`;
      if (key === shownKey && !force) return;
      const sameFeature = shownKey.startsWith(`${feature}|`);
      shownKey = key;
      const popup = selection ? options.popup(selection, lang, data) : null;
      shownPoint = popup?.at ?? null;
      if (!popup) { shownAt = null; closePopup(); return; }
      // A new language or late data rewrites the popup in place; a click puts it at the click.
      const at = clicked.key === feature ? clicked.at : sameFeature ? shownAt : null;
      clicked.key = '';
      // A context event (a declaration in Moscow) is shown at the map centre, without moving the map.
      shownAt = at ?? popup.at ?? map.getCenter();
      // Closed by the reader (its button, or maplibre's close-on-click): unless a click has already selected something else.
      showPopup(map, shownAt, popup.content, () => { if (selectionKey(options.store.get().selection) === feature) options.store.set({ selection: null }); });
      relabel(map);
    },
  };
}

/** Carry out a camera move a control asked for. */
function fly(map: MapLibreMap, flight: Flight, selectionAt: [number, number] | null): void {
  const to = flight.to;
  if (to.kind === 'bounds') showBounds(map, to.bounds);
  else if (to.kind === 'point') showPoint(map, { center: to.point, zoom: zoomForBounds(map, to.bounds) });
  // The selection goes to the upper part of the map so the popup below it fits.
  else if (selectionAt) showPoint(map, { center: selectionAt, offset: [0, -0.25 * map.getContainer().clientHeight], zoom: Math.max(map.getZoom(), 7) });
}
