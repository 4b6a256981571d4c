/**
 * Creating the maplibre-gl map: worker setup, style, standard controls and the
 * texts of its controls in the interface language.
 */
import {
  FullscreenControl, Map as MapLibreMap, NavigationControl, prewarm, ScaleControl, setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { AtlasState } from '../core/state.ts';
import { HOME_BOUNDS, HOME_PADDING } from '../core/state.ts';
import { atlasStyle } from '../style/atlas_style.ts';
import { WATER_FONT_FAMILY } from '../style/ids.ts';
import fontManifest from './font_manifest.json';
import { setMapLanguage, type MapTexts } from './map_language.ts';

// Once per page: without it the bundled v6 build reports "Worker failed to load".
setWorkerUrl(workerUrl);
// The worker starts loading now, while the app's own code runs, not when the map is created.
prewarm();

/**
 * Absolute same-origin URLs of the subset font files, for `font-faces`.
 * @param base - the page URL the relative paths resolve against
 * @returns one entry per font file with its unicode range
 */
export function fontFacesFromManifest(base: string): { url: string; unicodeRange: string[] }[] {
  return fontManifest.map((m) => ({ url: new URL(`fonts/${m.file}`, base).href, unicodeRange: m.unicodeRange }));
}

/**
 * Registers the label font's file once more as {@link WATER_FONT_FAMILY}, for
 * the water labels, which MapLibre draws slanted with the page's fonts
 * (style/ids.ts WATER_LABEL_FONT). Same origin, same file: no new download.
 * @param base - the page URL the relative paths resolve against
 */
export function registerWaterLabelFont(base: string): void {
  if (typeof FontFace === 'undefined' || !document.fonts) return;
  for (const face of fontFacesFromManifest(base)) {
    document.fonts.add(new FontFace(WATER_FONT_FAMILY, `url(${face.url})`, { unicodeRange: face.unicodeRange.join(', ') }));
  }
}

/** Options for createAtlasMap. */
export interface CreateMapOptions {
  container: HTMLElement;
  state: AtlasState;
  /** Whether the camera came from the URL; otherwise the home bounds are fitted. */
  cameraFromUrl: boolean;
  /** The words of the map's controls. */
  texts: MapTexts;
}

/**
 * Create the map with the atlas style and controls.
 * @param options - container and initial state
 * @returns the map (throws when WebGL is unavailable; the caller reports it)
 */
export function createAtlasMap(options: CreateMapOptions): MapLibreMap {
  const { state } = options;
  registerWaterLabelFont(document.baseURI);
  const map = new MapLibreMap({
    container: options.container,
    style: atlasStyle({ fonts: fontFacesFromManifest(document.baseURI), names: state.names, script: state.script }),
    center: [state.camera.lon, state.camera.lat],
    zoom: state.camera.zoom,
    attributionControl: false,
    // Control titles and the canvas label in the interface language (map_language.ts switches them later).
    locale: options.texts.locale(state.lang),
    maxZoom: 13,
    minZoom: 3,
    // A museum screen may sit idle for hours: no need to keep tiles of the whole world.
    maxBounds: [[120, 30], [175, 62]],
    // The style's background is opaque: an opaque canvas lets the compositor skip what lies under it.
    canvasContextAttributes: { alpha: false },
    // Labels appear at once instead of fading in over 300 ms: a scrubbed date or a new view is
    // complete on its first frame (and the map is idle sooner).
    fadeDuration: 0,
  });
  // Fitted after creation (not via the `bounds` option) so the container's real size is used.
  if (!options.cameraFromUrl) map.fitBounds(HOME_BOUNDS, { padding: HOME_PADDING, animate: false });
  map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
  map.addControl(new FullscreenControl(), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  setMapLanguage(map, state.lang, options.texts);
  return map;
}
