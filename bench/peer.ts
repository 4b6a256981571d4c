/**
 * The benchmark's peer page: the same basemap as the baseline
 * (bench/basemap_page.ts) and the atlas's data (geo/events.geojson,
 * geo/routes.geojson, geo/places.geojson) as plain GeoJSON layers animated the
 * way OpenHistoricalMap's `maplibre-gl-dates` does it: at every time step a
 * date filter is set on each data layer (bench/date_filter.ts), and MapLibre
 * re-tiles the layer's source to apply it. A time step is the app's slider
 * step (an hour in the campaign); playback advances time like the app's
 * (src/core/timeline.ts) at the app's default speed. Routes are drawn whole
 * from their start (the plugin has no partial geometry); the basemap's layers
 * carry no dates and are not filtered.
 *
 * Exposes `window.atlas = { map, ready, state, set }` with `state()` and
 * `set({ time, playing })` as in docs/CONTRACT.md, so one probe serves every page.
 */
import type { FilterSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import eventsUrl from '../geo/events.geojson?url';
import routesUrl from '../geo/routes.geojson?url';
import placesUrl from '../geo/places.geojson?url';
import { defaultState } from '../src/core/state.ts';
import { advancePlayback } from '../src/core/timeline.ts';
import { MARKER_COLORS, placeLayers } from '../src/style/data_layers.ts';
import { SOURCE } from '../src/style/ids.ts';
import { ROUTE_STYLES } from '../src/style/route_styles.ts';
import { openBasemapPage } from './basemap_page.ts';
import { dateFilter, stepRange, withStartDates } from './date_filter.ts';

const ROUTES_SOURCE = 'peer_routes';
const empty = (): SourceSpecification => ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } });

/** The app's route colours by kind and side (one width: the app's widths by people are its own mechanism). */
const routeColor: ExpressionSpecification = ['match', ['concat', ['get', 'kind'], '/', ['get', 'side']],
  ...ROUTE_STYLES.flatMap((s) => [`${s.kind}/${s.side}`, s.color]), MARKER_COLORS.place] as unknown as ExpressionSpecification;

const [placeCircle, placeLabel] = placeLayers(defaultState.names, defaultState.script) as [LayerSpecification, LayerSpecification];
/** The data layers in the app's order: routes, place dots, event markers, place labels. */
const layers: LayerSpecification[] = [
  { id: 'peer_routes_line', type: 'line', source: ROUTES_SOURCE, layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': routeColor, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.5, 10, 3] } },
  placeCircle,
  { id: 'peer_events_circle', type: 'circle', source: SOURCE.events,
    paint: { 'circle-color': MARKER_COLORS.event, 'circle-stroke-color': MARKER_COLORS.eventStroke, 'circle-stroke-width': 1.5,
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 6, 10, 9] } },
  placeLabel,
];
/** Each layer's own filter, which the date filter wraps. */
const baseFilters = new Map(layers.map((l) => [l.id, ('filter' in l && l.filter) || true] as const));

const { map } = openBasemapPage({ sources: { [ROUTES_SOURCE]: empty(), [SOURCE.events]: empty(), [SOURCE.places]: empty() }, layers });
// Registered in the map's first task: `load` is never missed.
const loaded = new Promise((resolve) => map.once('load', resolve));

const speed = defaultState.speed;
let time = defaultState.time, playing = false, shownStep = NaN, loop = 0;

/** The plugin's `filterByDate`, at a new time step only. */
function showTime(): void {
  const range = stepRange(time);
  if (range.startMs === shownStep) return;
  shownStep = range.startMs;
  for (const [id, base] of baseFilters) map.setFilter(id, dateFilter(base as FilterSpecification | true, range) as FilterSpecification);
}

function play(): void {
  const id = ++loop;
  let last = performance.now();
  const tick = (now: number) => {
    if (id !== loop || !playing) return;
    const step = advancePlayback(time, now - last, speed, false);
    last = now;
    ({ time, playing } = step);
    showTime();
    if (playing) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function loadJson(url: string): Promise<FeatureCollection> {
  const response = await fetch(new URL(url, document.baseURI));
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as FeatureCollection;
}

/** Resolves once the data is in and drawn at the initial time. */
const ready = (async () => {
  const [events, routes, places] = await Promise.all([eventsUrl, routesUrl, placesUrl].map(loadJson));
  await loaded;
  const fill = (id: string, data: FeatureCollection) => (map.getSource(id) as GeoJSONSource).setData(data);
  fill(SOURCE.events, withStartDates(events!));
  fill(ROUTES_SOURCE, withStartDates(routes!));
  fill(SOURCE.places, places!);
  showTime();
  await new Promise((resolve) => map.once('idle', resolve));
})();

const atlas = {
  map, ready,
  state: () => ({ time, playing, speed }),
  set(change: { time?: number; playing?: boolean }): void {
    if (typeof change.time === 'number') time = change.time;
    if (typeof change.playing === 'boolean' && change.playing !== playing) {
      playing = change.playing;
      if (playing) play();
    }
    showTime();
  },
};
// Not a `declare global`: the app declares its own type of `window.atlas`.
(window as unknown as { atlas: typeof atlas & { map: MapLibreMap } }).atlas = atlas;
