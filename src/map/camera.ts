/**
 * Camera moves the app makes on its own (opening a search hit or an event,
 * the story's chapters). Each flies, or jumps in one frame when the reader
 * asked the system for reduced motion.
 */
import type { LngLatBoundsLike, LngLatLike, Map as MapLibreMap, PointLike } from 'maplibre-gl';

/**
 * Whether the reader asked for reduced motion (read on every move: it can change while the page is open).
 * @returns true under `prefers-reduced-motion: reduce`
 */
function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Where to put a point. */
export interface PointTarget {
  center: LngLatLike;
  /** Zoom to end at; the current zoom when absent. */
  zoom?: number;
  /** Pixel offset of the point from the map centre. */
  offset?: PointLike;
}

/**
 * Fly to a point, or jump there under reduced motion.
 * @param map - the map (camera mutated)
 * @param target - centre, zoom and offset
 */
export function showPoint(map: MapLibreMap, target: PointTarget): void {
  const options = { center: target.center, zoom: target.zoom ?? map.getZoom(), offset: target.offset ?? [0, 0] };
  // easeTo with duration 0, not jumpTo: jumpTo has no `offset` and would centre the point.
  if (prefersReducedMotion()) map.easeTo({ ...options, duration: 0 });
  else map.flyTo(options);
}

/**
 * Fit an area, flying, or in one frame under reduced motion.
 * @param map - the map (camera mutated)
 * @param bounds - [[west, south], [east, north]]
 * @param padding - pixels kept free around the area
 */
export function showBounds(map: MapLibreMap, bounds: LngLatBoundsLike, padding = 30): void {
  const reduce = prefersReducedMotion();
  map.fitBounds(bounds, { padding, animate: !reduce, duration: reduce ? 0 : 2500 });
}

/**
 * The zoom at which an area fits the map.
 * @param map - the map (not changed)
 * @param bounds - [[west, south], [east, north]]
 * @param padding - pixels kept free around the area
 * @returns the zoom, or the current zoom when the area cannot be fitted
 */
export function zoomForBounds(map: MapLibreMap, bounds: LngLatBoundsLike, padding = 30): number {
  return map.cameraForBounds(bounds, { padding })?.zoom ?? map.getZoom();
}
