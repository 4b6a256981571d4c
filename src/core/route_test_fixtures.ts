/** Timed routes for the unit tests of route_segments.ts and route_picking.ts. */
import type { Position } from 'geojson';
import type { TimedRoute } from './route_features.ts';
import { vertexTimes } from './route_progress.ts';

export const HOUR = 3_600_000;
/** Hour 0 of the test routes. */
export const T0 = Date.UTC(1945, 7, 20);

/** A route from `startHour` to `endHour` after {@link T0}, vertices reached at even speed, `width` × the base width. */
export function route(id: string, coordinates: Position[], startHour: number, endHour: number, kind = 'landing', width = 1): TimedRoute {
  const startMs = T0 + startHour * HOUR, endMs = T0 + endHour * HOUR;
  return { id, kind, side: 'soviet', startMs, endMs, coordinates, times: vertexTimes(coordinates, startMs, endMs), width };
}
