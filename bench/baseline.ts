/**
 * The benchmark's baseline page: bare MapLibre with the atlas basemap
 * (geo/land.geojson and geo/border.geojson, the app's own basemap layers) and
 * nothing else of the app. Built by bench/baseline_build.ts into bench/out/,
 * never into the app's dist/.
 *
 * Query parameters (all required, set by bench/run.ts from the app's page):
 * `w`, `h` — map size in CSS px, the size of the app's map canvas;
 * `bounds` — `west,south,east,north` fitted with `padding` px, as the app fits its home view.
 *
 * Exposes `window.atlas = { map, ready }`, the subset of docs/CONTRACT.md the
 * benchmark drives, so one probe serves both pages.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import landUrl from '../geo/land.geojson?url';
import borderUrl from '../geo/border.geojson?url';
// The basemap's style definition (4 declarative layers), so both pages draw
// exactly the same basemap; no other app module is imported.
import { baseLayers } from '../src/style/base_layers.ts';
import { SOURCE } from '../src/style/ids.ts';

setWorkerUrl(workerUrl);

const query = new URLSearchParams(location.search);
const numbers = (name: string): number[] => (query.get(name) ?? '').split(',').map(Number);
const [width = 800, height = 600] = [...numbers('w'), ...numbers('h')];
const [west = 0, south = 0, east = 0, north = 0] = numbers('bounds');
const container = document.getElementById('map') as HTMLElement;
container.style.width = `${width}px`;
container.style.height = `${height}px`;

const absolute = (url: string) => new URL(url, document.baseURI).href;
const map = new MapLibreMap({
  container,
  style: {
    version: 8,
    sources: {
      [SOURCE.land]: { type: 'geojson', data: absolute(landUrl) },
      [SOURCE.border]: { type: 'geojson', data: absolute(borderUrl) },
    },
    layers: baseLayers(),
  },
  attributionControl: false,
});
map.fitBounds([[west, south], [east, north]], { padding: Number(query.get('padding') ?? 0), animate: false });

/** Resolves at the first `idle`: style, both sources loaded and drawn. */
const ready = new Promise<void>((resolve) => map.once('idle', () => resolve()));

// Not a `declare global`: the app declares its own type of `window.atlas`.
(window as unknown as { atlas: { map: MapLibreMap; ready: Promise<void> } }).atlas = { map, ready };
