/**
 * The atlas's basemap on a bare MapLibre map, for the benchmark's baseline and
 * peer pages: the app's own basemap layer builders (src/style: land, GSHHG coast
 * cells from zoom 7 with lakes and rivers, railways, border, water and land
 * names in the app's local font) and its coast-cell fetcher (src/map/coast_cells.ts),
 * and none of the app's data (events, routes, places, control areas, fronts).
 *
 * Query parameters (set by bench/run.ts from the app's page): `w`, `h` — map
 * size in CSS px, the size of the app's map canvas; `bounds` —
 * `west,south,east,north` fitted with `padding` (`top,bottom,left,right` px), as the app fits its home view.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import type { LayerSpecification, SourceSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import landUrl from '../geo/land.geojson?url';
import borderUrl from '../geo/border.geojson?url';
import namesUrl from '../geo/names.geojson?url';
import railwaysUrl from '../geo/railways.geojson?url';
import subprefecturesUrl from '../geo/subprefectures.geojson?url';
import { fontFacesFromManifest, registerWaterLabelFont } from '../src/map/create_map.ts';
import { watchCoastCells } from '../src/map/coast_cells.ts';
import { defaultState } from '../src/core/state.ts';
import { adminLayers } from '../src/style/admin_layers.ts';
import { baseLayers } from '../src/style/base_layers.ts';
import { coastLayers, railLayers } from '../src/style/coast_layers.ts';
import { nameLayers } from '../src/style/name_layers.ts';
import { LABEL_FONT, LAYER, SOURCE } from '../src/style/ids.ts';

setWorkerUrl(workerUrl);

/** A same-origin absolute URL (the style's sources are read by the worker). */
const absolute = (url: string) => new URL(url, document.baseURI).href;

/** The build's root: the pages live in bench/ of their build, the fonts at its root (public/fonts, as in the app's dist/). */
const BUILD_ROOT = new URL('..', document.baseURI).href;
/** The label font's files with their ranges. */
const FONT_FACES = fontFacesFromManifest(BUILD_ROOT);

/**
 * The basemap's layers in the app's order (src/style/atlas_style.ts) without
 * its data layers: land, the fine coast (held land and fronts left out), the
 * subprefecture lines, the railways, the border, then the water and land names.
 * @returns layers in draw order
 */
function basemapLayers(): LayerSpecification[] {
  const base = baseLayers();
  const at = base.findIndex((l) => l.id === LAYER.borderLine);
  return [...base.slice(0, at), ...coastLayers(), ...adminLayers(), ...railLayers(), ...base.slice(at), ...nameLayers(defaultState.names, defaultState.script)];
}

/**
 * The basemap's style, with extra sources and layers drawn above it.
 * @param extra - the peer's data; none for the baseline
 */
function basemapStyle(extra: { sources: Record<string, SourceSpecification>; layers: LayerSpecification[] }): StyleSpecification {
  const empty: SourceSpecification = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
  return {
    version: 8,
    'font-faces': { [LABEL_FONT]: FONT_FACES.map((f) => ({ url: f.url, 'unicode-range': f.unicodeRange })) },
    sources: {
      [SOURCE.land]: { type: 'geojson', data: absolute(landUrl) },
      [SOURCE.border]: { type: 'geojson', data: absolute(borderUrl) },
      [SOURCE.names]: { type: 'geojson', data: absolute(namesUrl) },
      [SOURCE.railways]: { type: 'geojson', data: absolute(railwaysUrl) },
      [SOURCE.subprefectures]: { type: 'geojson', data: absolute(subprefecturesUrl) },
      // Filled by the app's cell fetcher from zoom 7.
      [SOURCE.coast]: empty,
      ...extra.sources,
    },
    layers: [...basemapLayers(), ...extra.layers],
  };
}

/** A bench page's map and when it is drawn. */
export interface BasemapPage {
  map: MapLibreMap;
  /** Resolves at the first `idle`: the style, every source with data, drawn. */
  ready: Promise<void>;
}

/**
 * Create the map in `#map`, sized and fitted from the page's query.
 * @param extra - sources and layers over the basemap (the peer's data)
 * @returns the map and its first idle
 */
export function openBasemapPage(extra: Parameters<typeof basemapStyle>[0] = { sources: {}, layers: [] }): BasemapPage {
  const query = new URLSearchParams(location.search);
  const numbers = (name: string): number[] => (query.get(name) ?? '').split(',').map(Number);
  const [width = 800, height = 600] = [...numbers('w'), ...numbers('h')];
  const [west = 0, south = 0, east = 0, north = 0] = numbers('bounds');
  const container = document.getElementById('map') as HTMLElement;
  container.style.width = `${width}px`;
  container.style.height = `${height}px`;
  registerWaterLabelFont(BUILD_ROOT);
  const map = new MapLibreMap({
    container,
    style: basemapStyle(extra),
    attributionControl: false,
    // The app's drawing options (src/map/create_map.ts), so that the pages differ by what they draw only.
    canvasContextAttributes: { alpha: false },
    fadeDuration: 0,
  });
  const [top = 0, bottom = 0, left = 0, right = 0] = (query.get('padding') ?? '').split(',').map(Number);
  map.fitBounds([[west, south], [east, north]], { padding: { top, bottom, left, right }, animate: false });
  watchCoastCells(map, () => true);
  return { map, ready: new Promise<void>((resolve) => map.once('idle', () => resolve())) };
}
