/**
 * The words of the map's own controls and notices in the interface strings
 * (the map adapter takes them as {@link MapTexts}; it imports nothing from ui/).
 */
import type { MapLocaleId, MapTexts } from '../map/map_language.ts';
import { t, type StringKey } from './strings.ts';

/** maplibre locale id -> our string key. */
const LOCALE_KEYS: Readonly<Record<MapLocaleId, StringKey>> = {
  'NavigationControl.ZoomIn': 'map.zoomIn',
  'NavigationControl.ZoomOut': 'map.zoomOut',
  'NavigationControl.ResetBearing': 'map.resetBearing',
  'FullscreenControl.Enter': 'map.enterFullscreen',
  'FullscreenControl.Exit': 'map.exitFullscreen',
  'AttributionControl.ToggleAttribution': 'map.toggleAttribution',
  'Popup.Close': 'map.popupClose',
  'Map.Title': 'map.canvas',
};

/** The map's texts, read at the moment they are shown (a language's table may load later). */
export const mapTexts: MapTexts = {
  locale: (lang) => Object.fromEntries(Object.entries(LOCALE_KEYS).map(([id, key]) => [id, t(key, lang)])) as Record<MapLocaleId, string>,
  attribution: (lang) => t('map.attribution', lang),
  routesUnavailable: (lang, detail) => t('map.routesUnavailable', lang, { detail }),
  contextLost: (lang) => t('map.contextLost', lang),
};
