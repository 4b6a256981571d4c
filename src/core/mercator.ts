/**
 * Web Mercator as MapLibre's custom layers expect it (0..1 from the
 * north-west corner, like its `MercatorCoordinate`), for the route layer and
 * label thinning, which both work in that plane.
 */

/**
 * Web Mercator of a position, 0..1 from the north-west corner (as maplibre's MercatorCoordinate).
 * @param lon - degrees east
 * @param lat - degrees north (the poles map to ±Infinity)
 * @returns [x, y]
 */
export function mercatorFromLngLat(lon: number, lat: number): [number, number] {
  const sin = Math.sin((lat * Math.PI) / 180);
  return [(180 + lon) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}
