/**
 * Clicks and hovers on data layers become selection intents; the popup
 * shows content built elsewhere (ui/popup_content.ts). Popups are placed at
 * the click, or at the feature's own position when opened from the list.
 */
import { Popup, type LngLatLike, type Map as MapLibreMap, type MapLayerMouseEvent } from 'maplibre-gl';
import type { Selection } from '../core/state.ts';
import { LAYER } from '../style/ids.ts';

const CLICKABLE: [string, Selection['kind']][] = [
  [LAYER.eventsCircle, 'event'],
  [LAYER.placesCircle, 'place'],
  [LAYER.placesLabel, 'place'],
  [LAYER.routesActiveLine, 'route'],
  [LAYER.routesLine, 'route'],
  [LAYER.routesHead, 'route'],
];

/**
 * Report clicks on data features as selections; the topmost clickable layer wins.
 * @param map - the map
 * @param onSelect - called with the selection and the clicked position, or null when empty map is clicked
 */
export function onFeatureClick(map: MapLibreMap, onSelect: (selection: Selection | null, at: LngLatLike) => void): void {
  const layers = CLICKABLE.map(([id]) => id);
  map.on('click', (event) => {
    const features = map.queryRenderedFeatures(event.point, { layers: layers.filter((id) => map.getLayer(id)) });
    const top = features[0];
    const kind = CLICKABLE.find(([id]) => id === top?.layer.id)?.[1];
    const id = top?.properties?.id;
    onSelect(kind && typeof id === 'string' ? { kind, id } : null, event.lngLat);
  });
  for (const id of layers) {
    map.on('mouseenter', id, (e: MapLayerMouseEvent) => { e.target.getCanvas().style.cursor = 'pointer'; });
    map.on('mouseleave', id, (e: MapLayerMouseEvent) => { e.target.getCanvas().style.cursor = ''; });
  }
}

let openPopup: Popup | null = null;

/**
 * Show one popup at a time. Replaces any open popup.
 * @param map - the map
 * @param at - position
 * @param content - detached DOM built with textContent
 * @param onClose - called when the user closes it
 */
export function showPopup(map: MapLibreMap, at: LngLatLike, content: HTMLElement, onClose: () => void): void {
  closePopup();
  const popup = new Popup({ maxWidth: '420px', focusAfterOpen: false, className: 'atlas-popup' })
    .setLngLat(at).setDOMContent(content).addTo(map);
  popup.on('close', () => { if (openPopup === popup) { openPopup = null; onClose(); } });
  openPopup = popup;
}

/** Close the open popup, if any, without reporting it as a user close. */
export function closePopup(): void {
  const popup = openPopup;
  openPopup = null;
  popup?.remove();
}
