/**
 * The map's own interface in the interface language: control titles (zoom,
 * compass, fullscreen, attribution toggle, popup close), the canvas label and
 * the attribution text. Place labels do NOT change: they follow the name mode.
 * The words come from outside ({@link MapTexts}, built by ui/map_texts.ts).
 *
 * maplibre-gl reads its `locale` option when a control is added and has no
 * public way to change it later, so the locale is passed at creation and
 * {@link setMapLanguage} relabels the controls' buttons through their
 * documented CSS classes and replaces the attribution control.
 */
import { AttributionControl, type Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../core/lang.ts';

/** A maplibre-gl locale id the atlas translates. */
export type MapLocaleId =
  | 'NavigationControl.ZoomIn' | 'NavigationControl.ZoomOut' | 'NavigationControl.ResetBearing'
  | 'FullscreenControl.Enter' | 'FullscreenControl.Exit' | 'AttributionControl.ToggleAttribution'
  | 'Popup.Close' | 'Map.Title';

/** Every word the map shows of its own, in a language. */
export interface MapTexts {
  /** maplibre's `locale` option: its control and canvas texts. */
  locale(lang: Lang): Record<MapLocaleId, string>;
  /** The attribution line. */
  attribution(lang: Lang): string;
  /** The notice when the route layer cannot be drawn, with the error's own words. */
  routesUnavailable(lang: Lang, detail: string): string;
  /** The notice while the WebGL context is lost. */
  contextLost(lang: Lang): string;
}

/** Button class -> locale id (the fullscreen button's depends on the state). */
const BUTTONS: readonly [string, MapLocaleId][] = [
  ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
  ['.maplibregl-ctrl-compass', 'NavigationControl.ResetBearing'],
  ['.maplibregl-ctrl-fullscreen', 'FullscreenControl.Enter'],
  ['.maplibregl-ctrl-shrink', 'FullscreenControl.Exit'],
  ['.maplibregl-ctrl-attrib-button', 'AttributionControl.ToggleAttribution'],
  ['.maplibregl-popup-close-button', 'Popup.Close'],
];

interface MapLanguage { lang: Lang; texts: MapTexts; attribution: AttributionControl | null }
const languages = new WeakMap<MapLibreMap, MapLanguage>();

/**
 * Switch the map's interface texts to a language, without reloading the map; the first call adds the attribution.
 * @param map - the map (its controls' DOM is relabelled; one attribution control, bottom right)
 * @param lang - interface language
 * @param texts - the words
 */
export function setMapLanguage(map: MapLibreMap, lang: Lang, texts: MapTexts): void {
  const known = languages.get(map);
  if (known?.lang === lang) return;
  if (known?.attribution) map.removeControl(known.attribution);
  const attribution = new AttributionControl({ compact: false, customAttribution: texts.attribution(lang) });
  map.addControl(attribution, 'bottom-right');
  languages.set(map, { lang, texts, attribution });
  relabel(map);
  // The fullscreen button retitles itself from the creation locale; follow it.
  if (!known) document.addEventListener('fullscreenchange', () => relabel(map));
}

/**
 * Relabel the buttons of the map's controls and popups, and the canvas, for its current language.
 * @param map - the map
 */
export function relabel(map: MapLibreMap): void {
  const known = languages.get(map);
  if (!known) return;
  const locale = known.texts.locale(known.lang);
  const root = map.getContainer();
  for (const [selector, id] of BUTTONS) {
    for (const button of root.querySelectorAll<HTMLElement>(selector)) {
      button.title = locale[id];
      button.setAttribute('aria-label', locale[id]);
    }
  }
  map.getCanvas().setAttribute('aria-label', locale['Map.Title']);
}
