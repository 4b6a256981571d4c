/**
 * The map's own interface in the interface language: control titles (zoom,
 * compass, fullscreen, attribution toggle, popup close), the canvas label and
 * the attribution text. Place labels do NOT change: they follow the name mode.
 *
 * maplibre-gl reads its `locale` option when a control is added and has no
 * public way to change it later, so {@link mapLocale} is passed at creation
 * and {@link setMapLanguage} relabels the controls' buttons through their
 * documented CSS classes and replaces the attribution control.
 */
import { AttributionControl, type Map as MapLibreMap } from 'maplibre-gl';
import { t, type Lang, type StringKey } from '../ui/strings.ts';

/** maplibre `locale` id -> our string key. */
const LOCALE_KEYS: Readonly<Record<string, StringKey>> = {
  'NavigationControl.ZoomIn': 'zoomIn',
  'NavigationControl.ZoomOut': 'zoomOut',
  'NavigationControl.ResetBearing': 'resetBearing',
  'FullscreenControl.Enter': 'enterFullscreen',
  'FullscreenControl.Exit': 'exitFullscreen',
  'AttributionControl.ToggleAttribution': 'toggleAttribution',
  'Popup.Close': 'popupClose',
  'Map.Title': 'mapCanvas',
};

/** Button class -> locale id (the fullscreen button's depends on the state). */
const BUTTONS: readonly [string, string][] = [
  ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
  ['.maplibregl-ctrl-compass', 'NavigationControl.ResetBearing'],
  ['.maplibregl-ctrl-fullscreen', 'FullscreenControl.Enter'],
  ['.maplibregl-ctrl-shrink', 'FullscreenControl.Exit'],
  ['.maplibregl-ctrl-attrib-button', 'AttributionControl.ToggleAttribution'],
  ['.maplibregl-popup-close-button', 'Popup.Close'],
];

/**
 * The maplibre `locale` option for a language.
 * @param lang - interface language
 * @returns UI string ids to texts
 */
export function mapLocale(lang: Lang): Record<string, string> {
  return Object.fromEntries(Object.entries(LOCALE_KEYS).map(([id, key]) => [id, t(key, lang)]));
}

const attributions = new WeakMap<MapLibreMap, AttributionControl>();
const languages = new WeakMap<MapLibreMap, Lang>();

/**
 * Add (or replace) the attribution control with the text in a language.
 * @param map - the map (mutated: one attribution control, bottom right)
 * @param lang - interface language
 */
export function addAttribution(map: MapLibreMap, lang: Lang): void {
  const old = attributions.get(map);
  if (old) map.removeControl(old);
  const control = new AttributionControl({ compact: false, customAttribution: t('attribution', lang) });
  map.addControl(control, 'bottom-right');
  attributions.set(map, control);
}

/**
 * Switch the map's interface texts to a language, without reloading the map.
 * @param map - the map (its controls' DOM is relabelled)
 * @param lang - interface language
 */
export function setMapLanguage(map: MapLibreMap, lang: Lang): void {
  if (languages.get(map) === lang) return;
  const first = !languages.has(map);
  languages.set(map, lang);
  if (!first) addAttribution(map, lang);
  relabel(map);
  if (first) {
    // The fullscreen button retitles itself from the creation locale; follow it.
    document.addEventListener('fullscreenchange', () => relabel(map));
  }
}

/**
 * Relabel the buttons of the map's controls and popups, and the canvas, for its current language.
 * @param map - the map
 */
export function relabel(map: MapLibreMap): void {
  const lang = languages.get(map);
  if (!lang) return;
  const locale = mapLocale(lang);
  const root = map.getContainer();
  for (const [selector, id] of BUTTONS) {
    for (const button of root.querySelectorAll<HTMLElement>(selector)) {
      const text = locale[id] as string;
      button.title = text;
      button.setAttribute('aria-label', text);
    }
  }
  map.getCanvas().setAttribute('aria-label', locale['Map.Title'] as string);
}
