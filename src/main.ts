/**
 * Wiring only: state, controls, map and URL hash. Everything with logic lives
 * in core/ (pure), style/ (pure), map/ (maplibre-gl) and ui/ (DOM).
 *
 * Load order (cold load is measured to `window.atlas.ready`, bench/run.ts): the
 * data fetches and the map start first; the tools the first view does not need
 * (search, story, figures, export, own data) are separate chunks, fetched in
 * parallel and wired when the data is in, still before `ready` resolves.
 */
import './app.css';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { defaultState, updateState, type AtlasState } from './core/state.ts';
import { loadAtlasData, loadEventTexts, type AtlasData } from './data/loader.ts';
import { chronologicalEvents, setEventListLanguage, setupEventList, type ListedEvent } from './ui/event_list.ts';
import type { Source } from './data/schema.ts';
import { setupNameControls } from './ui/name_controls.ts';
import { showNotice } from './ui/notices.ts';
import { setupLegend } from './ui/legend.ts';
import { setupTimeControls } from './ui/time_controls.ts';
import { stateFromHash } from './ui/url_hash.ts';
import { hasStrings, langFromNavigator, loadStrings, t, type Lang } from './ui/strings.ts';
import { applyPageLanguage, setupLanguageControl } from './ui/language_control.ts';
import { setupPanelToggle } from './ui/panel_toggle.ts';
import { setupAnnouncer } from './ui/announcer.ts';
import { throttleWhilePlaying } from './ui/throttle.ts';
import { eventPopup } from './ui/popup_content.ts';
import { startMapView, type MapView } from './map/map_view.ts';
import { startPlayback } from './ui/playback.ts';
import { syncHash } from './ui/hash_sync.ts';
import { watchHashNotices } from './ui/hash_notice.ts';
import { renderUserLayers, showUserData } from './map/user_layers.ts';
import { byId } from './ui/dom.ts';
import { listPlacesWithoutMap } from './ui/places_without_map.ts';

/** What tests and benchmarks reach through `window.atlas` (docs/CONTRACT.md). */
interface AtlasHandle {
  map: MapLibreMap | null;
  ready: Promise<void>;
  state(): AtlasState;
  set(partial: Partial<AtlasState>): void;
}

declare global {
  interface Window { atlas: AtlasHandle }
}

/** Delay of the popups' data (bibliography, route titles, event details) after `ready` when nothing needs it sooner (it stays out of the load). */
const POPUP_DATA_AFTER_READY_MS = 1500;

const hash = stateFromHash(location.hash);
// No `lang` in the link: the browser's preferred language (first visit, or an old link).
let state = updateState(defaultState, {
  lang: langFromNavigator(navigator.languages ?? [navigator.language]),
  ...hash,
  ...(hash.event ? { selection: { kind: 'event', id: hash.event } } : {}),
});
// Before any UI work: the fetches (the event texts in this language too) run while the map and the panel are built.
const dataPromise = loadAtlasData(fetch, state.lang);
// Chunks of the tools wired after the data (see the file comment); fetched from now on.
const exploreChunk = import('./explore_wiring.ts');
const userDataChunk = import('./ui/user_data_panel.ts');
// The interface strings of this language (a chunk of its own unless English) before the first render.
await loadStrings(state.lang);
const renderers: ((state: AtlasState, prev: AtlasState | null) => void)[] = [];
/** The language last asked for, while its strings load. */
let langWanted: Lang = state.lang;

function set(partial: Partial<AtlasState>): void {
  // A language whose strings are not loaded yet comes once they are (or failed: English).
  if (partial.lang && !hasStrings(partial.lang)) {
    const { lang, ...rest } = partial;
    langWanted = lang;
    void loadStrings(lang).then(() => { if (langWanted === lang) set({ lang }); });
    if (Object.keys(rest).length === 0) return;
    partial = rest;
  } else if (partial.lang) langWanted = partial.lang;
  const prev = state;
  state = updateState(state, partial);
  for (const render of renderers) render(state, prev);
}

const notices = byId('notices');
const updateNames = setupNameControls(byId('names-choice'), byId('script-choice'), set);
const updateLang = setupLanguageControl(byId('lang-choice'), (lang) => set({ lang }));
const updatePanel = setupPanelToggle(byId('panel-toggle') as HTMLButtonElement, byId('atlas-side'));
// Texts that follow the interface language; everything else reads state.lang when it renders.
const languageRenderers: ((s: AtlasState) => void)[] = [(s) => applyPageLanguage(document, s.lang), updateLang, updatePanel];
renderers.push((s, prev) => {
  updateNames(s);
  if (!prev || prev.lang !== s.lang) for (const render of languageRenderers) render(s);
});
updateNames(state);
for (const render of languageRenderers) render(state);

let resolveReady: () => void = () => {};
const ready = new Promise<void>((resolve) => { resolveReady = resolve; });
let view: MapView | null = null;
window.atlas = { map: null, ready, state: () => structuredClone(state), set };

try {
  view = startMapView(byId('map'), state, !!hash.camera, dataPromise, () => state, set);
  window.atlas.map = view.map;
} catch (error) {
  console.warn('map unavailable:', error);
  showNotice(notices, t('noWebgl', state.lang));
  const notice = notices.lastElementChild;
  const mapElement = byId('map');
  mapElement.classList.add('map-unavailable');
  const message = document.createElement('p');
  message.className = 'map-unavailable-message';
  message.textContent = t('noWebgl', state.lang);
  mapElement.replaceChildren(message);
  languageRenderers.push((s) => {
    message.textContent = t('noWebgl', s.lang);
    if (notice) notice.textContent = message.textContent;
  });
}

const data: AtlasData = await dataPromise;
const { sources: lazySources, routeTexts, eventDetails, eventTexts: eventTextsLoad, ...files } = data;
for (const result of Object.values(files)) if (!result.ok) showNotice(notices, result.message);
// The map is being filled meanwhile; the list, the announcer and popups need the texts.
const eventTexts = await eventTextsLoad;
if (!eventTexts.ok) showNotice(notices, eventTexts.message);
if (state.selection?.kind === 'event') view?.focusSelection(false);

const routeKinds = data.routes.ok ? new Set(data.routes.data.features.map((f) => `${f.properties.kind}|${f.properties.side}`)) : undefined;
languageRenderers.push((s) => setupLegend(byId('legend'), routeKinds, s.lang));
// No map to ask for its bounds: list the places of the home view.
if (!view && data.places.ok) renderers.push(listPlacesWithoutMap(byId('places-in-view'), data.places.data.features, state));
const events = data.events.ok ? chronologicalEvents(data.events.data.features) : [];
let sourceLookup = new Map<string, Source>();
/** The event shown where the map would be (no WebGL), rewritten when the sources arrive. */
let shownWithoutMap: ListedEvent | null = null;
const showWithoutMap = (picked: ListedEvent) => {
  shownWithoutMap = picked;
  lazySources.start();
  eventDetails.start();
  byId('map').replaceChildren(eventPopup(picked.feature.properties, sourceLookup, state.lang));
};
// The bibliography is fetched once the page is ready (popups and the export list it).
void lazySources.result.then((result) => {
  if (!result.ok) { showNotice(notices, result.message); return; }
  sourceLookup = new Map(result.data.map((s) => [s.id, s]));
  if (shownWithoutMap) showWithoutMap(shownWithoutMap);
});
// An open popup gets the route's title and note, the event's details, when they arrive.
void routeTexts.result.then((result) => {
  if (!result.ok) showNotice(notices, result.message);
  else if (state.selection?.kind === 'route') view?.focusSelection(false);
});
void eventDetails.result.then((result) => {
  if (!result.ok) { showNotice(notices, result.message); return; }
  if (state.selection?.kind === 'event') view?.focusSelection(false);
  if (shownWithoutMap) showWithoutMap(shownWithoutMap);
});
// `#event=id` without a date opens at that event's time.
const hashEvent = hash.event ? events.find((e) => e.feature.properties.id === hash.event) : undefined;
if (hashEvent && hash.time === undefined) set({ time: hashEvent.startMs });
const updateTime = setupTimeControls(byId('time-panel'), events.map((e) => e.startMs), () => state, set);
const announce = setupAnnouncer(byId('announcer'), events);
const markCurrent = setupEventList(byId('event-list') as HTMLOListElement, events, (id) => {
  const picked = events.find((e) => e.feature.properties.id === id);
  if (!picked) return;
  set({ time: picked.startMs, playing: false, selection: { kind: 'event', id } });
  if (view) view.focusSelection(true);
  // Without a map the event's details go where the map would be.
  else showWithoutMap(picked);
});
languageRenderers.push((s) => setEventListLanguage(byId('event-list'), events, s.lang));
setupLegend(byId('legend'), routeKinds, state.lang);
setEventListLanguage(byId('event-list'), events, state.lang);
// The list holds the atlas's events only: an event of the reader's own file marks none.
const selectedEvent = (s: AtlasState) => (s.selection?.kind === 'event' && !s.selection.user ? s.selection.id : null);
markCurrent(state.time, selectedEvent(state));
// The list and the announcer need not follow every frame of playback (the date display does).
const updateEvents = throttleWhilePlaying((s: AtlasState) => announce(s, markCurrent(s.time, selectedEvent(s))));
renderers.push((s, prev) => {
  updateTime(s);
  updateEvents(s);
  if (prev && s.playing && !prev.playing) startPlayback(() => state, set);
});
updateTime(state);
// Another language's event texts are fetched when the reader switches to it; until
// they arrive the popup shows a language it has (marked), then it is rewritten.
// A file that fails is named, and English stands in (marked lang="en").
const textsShown = new Set(eventTexts.ok ? [state.lang] : []);
renderers.push((s, prev) => {
  if (!prev || prev.lang === s.lang || !data.events.ok || textsShown.has(s.lang)) return;
  const events = data.events.data;
  void loadEventTexts(events, s.lang).then(async (result) => {
    if (result.ok) textsShown.add(s.lang);
    else {
      showNotice(notices, result.message);
      await loadEventTexts(events, 'en');
    }
    if (state.lang !== s.lang) return;
    if (state.selection) view?.focusSelection(false);
    if (shownWithoutMap) showWithoutMap(shownWithoutMap);
  });
});
const isKnownEvent = (id: string) => events.some((e) => e.feature.properties.id === id);
// An unknown `#event=` selects nothing; the hash notice says it was ignored.
if (hash.event && !hashEvent) set({ selection: null });
watchHashNotices(notices, location.hash, isKnownEvent, () => state.lang);
syncHash(() => state, set, renderers, isKnownEvent);
// Search, the story, figures as of the date and export (explore_wiring.ts): their
// renderer keeps its place in the order, and runs once the chunk is wired.
let renderExplore: ((s: AtlasState, prev: AtlasState | null) => void) | null = null;
renderers.push((s, prev) => renderExplore?.(s, prev));
if (view) {
  renderers.push((s, prev) => view?.render(s, prev));
  renderers.push((s, prev) => { if (view) renderUserLayers(view.map, s, prev); });
}
try {
  const [{ setupExploreTools }, { setupUserDataPanel }] = await Promise.all([exploreChunk, userDataChunk]);
  // Without a map (no WebGL) a file is still checked; the notice already says nothing can be drawn.
  const relabelUserData = setupUserDataPanel(byId('user-data-panel'), byId('map'), (userData) => {
    if (view) void view.ready.then(() => view && showUserData(view.map, userData, state));
  }, state.lang);
  languageRenderers.push((s) => relabelUserData(s.lang));
  renderExplore = setupExploreTools({ data, events, view, getState: () => state, set });
} catch (error) {
  // A chunk that failed to load costs its tools, not the map, the timeline or `ready`.
  console.warn('tools unavailable:', error);
}
if (view) await view.ready;
resolveReady();
// The bibliography, the routes' titles and the events' details (popups only) once the load has settled,
// or at once when a popup needs them.
const startPopupData = () => { lazySources.start(); routeTexts.start(); eventDetails.start(); };
if (state.selection) startPopupData();
else setTimeout(startPopupData, POPUP_DATA_AFTER_READY_MS);
renderers.push((s) => { if (s.selection) startPopupData(); });
