/**
 * Distance from a point to a polyline in a local equirectangular projection
 * (under 0.5 % error within 100 km, as in land_index.ts): enough to check a
 * station against its railway or a town against a line.
 */
import type { Position } from 'geojson';

const KM_PER_DEG_LAT = 110.574;

/**
 * Kilometres from a position to the nearest point of a line.
 * @param p - [lon, lat]
 * @param line - the line's positions
 * @returns the distance; Infinity for an empty line
 */
export function pointToLineKm(p: Position, line: readonly Position[]): number {
  const [lon = 0, lat = 0] = p;
  const kx = 111.32 * Math.cos((lat * Math.PI) / 180);
  let best = line.length === 1 ? Math.hypot((line[0]![0]! - lon) * kx, (line[0]![1]! - lat) * KM_PER_DEG_LAT) : Infinity;
  for (let i = 0; i + 1 < line.length; i++) {
    const ax = (line[i]![0]! - lon) * kx, ay = (line[i]![1]! - lat) * KM_PER_DEG_LAT;
    const dx = (line[i + 1]![0]! - line[i]![0]!) * kx, dy = (line[i + 1]![1]! - line[i]![1]!) * KM_PER_DEG_LAT;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}
