/**
 * Clicks and hovers on data layers become selection intents; the popup
 * shows content built elsewhere (ui/popup_content.ts). Popups are placed at
 * the click, or at the feature's own position when opened from the list.
 */
import { Popup, type LngLatLike, type Map as MapLibreMap, type MapGeoJSONFeature, type PointLike } from 'maplibre-gl';
import type { Selection } from '../core/state.ts';
import { EVENT_STATE, LAYER } from '../style/ids.ts';
import type { RouteLayer } from './route_layer.ts';

/** Point layers above the routes, topmost first. */
const CLICKABLE: [string, Selection['kind']][] = [
  [LAYER.eventsCircle, 'event'],
  [LAYER.placesCircle, 'place'],
  [LAYER.placesLabel, 'place'],
];

/** Point features under a pixel; an event marker counts only once its start is reached (it is drawn with radius 0 before). */
function pointFeaturesAt(map: MapLibreMap, point: PointLike): MapGeoJSONFeature[] {
  const layers = CLICKABLE.map(([id]) => id).filter((id) => map.getLayer(id));
  return map.queryRenderedFeatures(point, { layers })
    .filter((f) => f.layer.id !== LAYER.eventsCircle || f.state[EVENT_STATE.reached] === true);
}

/**
 * Report clicks on data features as selections: a point layer wins over the routes under it.
 * @param map - the map
 * @param routes - the route layer, which hit-tests its own lines
 * @param onSelect - called with the selection and the clicked position, or null when empty map is clicked
 */
export function onFeatureClick(map: MapLibreMap, routes: RouteLayer, onSelect: (selection: Selection | null, at: LngLatLike) => void): void {
  map.on('click', (event) => {
    const top = pointFeaturesAt(map, event.point)[0];
    const kind = CLICKABLE.find(([id]) => id === top?.layer.id)?.[1];
    const id = top?.properties?.id;
    if (kind && typeof id === 'string') { onSelect({ kind, id }, event.lngLat); return; }
    const route = routes.routeAt(event.point);
    onSelect(route ? { kind: 'route', id: route } : null, event.lngLat);
  });
  map.on('mousemove', (event) => {
    const hit = pointFeaturesAt(map, event.point).length > 0 || routes.routeAt(event.point) !== null;
    map.getCanvas().style.cursor = hit ? 'pointer' : '';
  });
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
