/**
 * Clicks and hovers on data layers become selection intents; the popup
 * shows content built elsewhere (ui/popup_content.ts). Popups are placed at
 * the click, or at the feature's own position when opened from the list.
 */
import { Popup, type LngLatLike, type Map as MapLibreMap, type MapGeoJSONFeature, type PointLike } from 'maplibre-gl';
import type { Selection } from '../core/state.ts';
import { EVENT_STATE, LAYER, USER_LAYER } from '../style/ids.ts';
import type { RouteLayer } from './route_layer.ts';
import { userRouteAt } from './user_layers.ts';

/** Point layers above the routes, topmost first (a user's own file is drawn over the atlas), and whether they are the user's. */
const CLICKABLE: [string, Selection['kind'], boolean][] = [
  [USER_LAYER.eventsCircle, 'event', true],
  [USER_LAYER.placesCircle, 'place', true],
  [USER_LAYER.placesLabel, 'place', true],
  [LAYER.eventsCircle, 'event', false],
  [LAYER.placesCircle, 'place', false],
  [LAYER.placesLabel, 'place', false],
];
const EVENT_LAYERS = new Set<string>([USER_LAYER.eventsCircle, LAYER.eventsCircle]);

/** Point features under a pixel; an event marker counts only once its start is reached (it is drawn with radius 0 before). */
function pointFeaturesAt(map: MapLibreMap, point: PointLike): MapGeoJSONFeature[] {
  const layers = CLICKABLE.map(([id]) => id).filter((id) => map.getLayer(id));
  return map.queryRenderedFeatures(point, { layers })
    .filter((f) => !EVENT_LAYERS.has(f.layer.id) || f.state[EVENT_STATE.reached] === true);
}

/** The route under a pixel: the user's own (drawn on top), else the atlas's. */
function routeAt(map: MapLibreMap, routes: RouteLayer, point: PointLike): Selection | null {
  const user = userRouteAt(map, point);
  if (user) return { kind: 'route', id: user, user: true };
  const route = routes.routeAt(point);
  return route ? { kind: 'route', id: route } : null;
}

/**
 * Report clicks on data features as selections: a point layer wins over the routes under it.
 * @param map - the map
 * @param routes - the route layer, which hit-tests its own lines
 * @param isDrawn - false while the map has no style to ask (a lost WebGL context)
 * @param onSelect - called with the selection and the clicked position, or null when empty map is clicked
 */
export function onFeatureClick(
  map: MapLibreMap, routes: RouteLayer, isDrawn: () => boolean, onSelect: (selection: Selection | null, at: LngLatLike) => void,
): void {
  map.on('click', (event) => {
    if (!isDrawn()) return;
    const top = pointFeaturesAt(map, event.point)[0];
    const [, kind, user] = CLICKABLE.find(([id]) => id === top?.layer.id) ?? [];
    const id = top?.properties?.id;
    if (kind && typeof id === 'string') { onSelect(user ? { kind, id, user } : { kind, id }, event.lngLat); return; }
    onSelect(routeAt(map, routes, event.point), event.lngLat);
  });
  map.on('mousemove', (event) => {
    if (!isDrawn()) return;
    const hit = pointFeaturesAt(map, event.point).length > 0 || routeAt(map, routes, event.point) !== null;
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
