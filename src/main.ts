/**
 * The composition root: one store of the state (core/state.ts, app/app_store.ts),
 * and everything else subscribed to it. A subscriber is drawn with the whole
 * current state when it subscribes, so nothing depends on the order below
 * (docs/CONTRACT.md, "The store"). Logic lives in core/ (pure), style/ (pure),
 * map/ (maplibre-gl), ui/ (DOM) and app/ (wiring of several of them).
 *
 * Load order (cold load is measured to `window.atlas.ready`, bench/run.ts): the
 * data fetches and the map start first; the tools the first view does not need
 * (search, story, figures, export, own data) are chunks of their own, fetched in
 * parallel and wired when the data is in, still before `ready` resolves.
 */
import './app.css';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { mergeFamily } from './core/family.ts';
import { defaultState, updateState, type AtlasState, type StateChange } from './core/state.ts';
import { createStore } from './core/store.ts';
import { loadAtlasData } from './data/loader.ts';
import type { UserFile } from './data/user_data.ts';
import { createAppStore } from './app/app_store.ts';
import { wireLateData } from './app/late_data.ts';
import { followWithoutMap, showMapUnavailable } from './app/no_map.ts';
import { selectionPopups } from './app/selection_popup.ts';
import { wireTimeline } from './app/timeline_wiring.ts';
import { startMapView, type MapView } from './map/map_view.ts';
import { byId } from './ui/dom.ts';
import { chronologicalEvents } from './ui/event_list.ts';
import { deviceStorage, keepFamilyStored, storedFamily } from './ui/family_link.ts';
import { changeFromHash, syncHash } from './ui/hash_sync.ts';
import { watchHashNotices } from './ui/hash_notice.ts';
import { applyPageLanguage, setupLanguageControl } from './ui/language_control.ts';
import { setupLegend } from './ui/legend.ts';
import { mapTexts } from './ui/map_texts.ts';
import { setupNameControls } from './ui/name_controls.ts';
import { showNotice } from './ui/notices.ts';
import { onLanguage } from './ui/on_language.ts';
import { setupPanelToggle } from './ui/panel_toggle.ts';
import { placesInViewUpdater } from './ui/places_in_view.ts';
import { langFromNavigator, loadStrings } from './ui/strings.ts';
import { stateFromHash } from './ui/url_hash.ts';

/** What tests and benchmarks reach through `window.atlas` (docs/CONTRACT.md). */
interface AtlasHandle {
  map: MapLibreMap | null;
  ready: Promise<void>;
  state(): AtlasState;
  set(change: StateChange): void;
}

declare global {
  interface Window { atlas: AtlasHandle }
}

const hash = stateFromHash(location.hash);
// No `lang` in the link: the browser's preferred language (first visit, or an old link).
const initial = updateState(defaultState, {
  lang: langFromNavigator(navigator.languages ?? [navigator.language]),
  ...hash,
  ...(hash.event ? { selection: { kind: 'event', id: hash.event } } : hash.place ? { selection: { kind: 'place', id: hash.place } } : {}),
  // The paths kept on this device, and those of a shared link added to them.
  family: mergeFamily(storedFamily(deviceStorage()), hash.family ?? []),
});
// Before any UI work: the fetches (the event texts in this language too) run while the map and the panel are built.
const dataPromise = loadAtlasData(fetch, initial.lang);
const exploreChunk = import('./app/explore_wiring.ts');
const userDataChunk = import('./ui/user_data_panel.ts');
const familyChunk = import('./app/family_wiring.ts');
// The interface strings of this language (a chunk of its own unless English) before the first render.
await loadStrings(initial.lang);
const store = createAppStore(initial);
const notify = (message: string) => showNotice(byId('notices'), message);
let resolveReady: () => void = () => {};
const ready = new Promise<void>((resolve) => { resolveReady = resolve; });
window.atlas = { map: null, ready, state: () => structuredClone(store.get()), set: store.set };

store.subscribe(setupNameControls(byId('names-choice'), byId('script-choice'), store.set));
store.subscribe(setupLanguageControl(byId('lang-choice'), (lang) => store.set({ lang })));
store.subscribe(setupPanelToggle(byId('panel-toggle') as HTMLButtonElement, byId('atlas-side')));
store.subscribe(onLanguage((lang) => applyPageLanguage(document, lang)));
keepFamilyStored(store, deviceStorage());

const userData = createStore<UserFile | null, UserFile | null>(null, (_, file) => file);
// Filled once the data is in; the map asks for popups only after that.
let late: ReturnType<typeof wireLateData> | null = null;
const popup = selectionPopups(userData.get, () => late?.sources() ?? new Map());
const dataVersion = createStore(0, (n: number, by: number) => n + by);
let view: MapView | null = null;
let requestPlaces: () => void = () => {};
let viewBounds: [number, number, number, number] = [0, 0, 0, 0];
try {
  view = startMapView({
    container: byId('map'), store, cameraFromUrl: !!hash.camera, data: dataPromise, userData, dataVersion, popup,
    texts: mapTexts, notify, onViewChange: (bounds) => { viewBounds = bounds; requestPlaces(); },
  });
  window.atlas.map = view.map;
} catch (error) {
  console.warn('map unavailable:', error);
  showMapUnavailable(store);
}

const data = await dataPromise;
for (const result of [data.places, data.routes, data.events, data.land, data.border]) if (!result.ok) notify(result.message);
late = wireLateData(data, store, dataVersion, notify);
const events = data.events.ok ? chronologicalEvents(data.events.data.features) : [];
const placeIds = new Set(data.places.ok ? data.places.data.features.map((f) => f.properties.id) : []);
const targets = {
  eventStart: (id: string) => events.find((e) => e.feature.properties.id === id)?.startMs,
  hasPlace: (id: string) => placeIds.has(id),
};
// `#event=id` without a date opens at that event's time, `#place=id` without a camera flies there;
// an unknown id selects nothing (the notice says so).
if (hash.event || hash.place) store.set(changeFromHash(location.hash, targets));
watchHashNotices(byId('notices'), location.hash, {
  event: (id) => targets.eventStart(id) !== undefined, place: targets.hasPlace,
}, () => store.get().lang);
syncHash(store, targets);

if (!view) followWithoutMap(store, data, popup, dataVersion);
else if (data.places.ok) {
  const list = byId('places-in-view');
  requestPlaces = placesInViewUpdater(list, list.closest('details'), data.places.data.features, () => ({ bounds: viewBounds, state: store.get() }));
  requestPlaces();
}
const routeKinds = data.routes.ok ? new Set(data.routes.data.features.map((f) => `${f.properties.kind}|${f.properties.side}`)) : undefined;
let legendShown = '';
store.subscribe(({ lang, family }) => {
  // Rebuilt for a new language, and when the reader's family paths appear or go (their row).
  if (`${lang}|${family.length > 0}` === legendShown) return;
  legendShown = `${lang}|${family.length > 0}`;
  setupLegend(byId('legend'), routeKinds, lang, family.length > 0);
});
const loop = wireTimeline(store, events);
try {
  const [{ setupExploreTools }, { setupUserDataPanel }, { wireFamilyPanel }] = await Promise.all([exploreChunk, userDataChunk, familyChunk]);
  // Without a map (no WebGL) a file is still checked; the notice already says nothing can be drawn.
  const relabelUserData = setupUserDataPanel(byId('user-data-panel'), byId('map'), (file) => {
    userData.set(file);
    // The family paths of an atlas export join the reader's own.
    if (file.family.length) store.set({ family: mergeFamily(store.get().family, file.family) });
    // The previous file's feature is gone with it.
    if (store.get().selection?.user) store.set({ selection: null });
  }, store.get().lang);
  store.subscribe(onLanguage(relabelUserData));
  setupExploreTools({ store, data, events, loop, map: view?.map ?? null });
  wireFamilyPanel(byId('family-path') as HTMLDetailsElement, store, data, () => late?.sources() ?? new Map());
} catch (error) {
  // A chunk that failed to load costs its tools, not the map, the timeline or `ready`.
  console.warn('tools unavailable:', error);
}
if (view) await view.ready;
resolveReady();
late.startAfterReady();
