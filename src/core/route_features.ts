/**
 * Routes prepared once at load for drawing them progressively: dates parsed,
 * the instant each vertex is reached. The routes are drawn on the GPU from
 * these (core/route_segments.ts, map/route_layer.ts).
 */
import type { Feature, LineString, Position } from 'geojson';
import { timeFromIso } from './dates.ts';
import { vertexTimes } from './route_progress.ts';

/** The route properties this module reads (a subset of the schema's). */
export interface RouteInput {
  id: string;
  kind: string;
  side: string;
  start_date: string;
  end_date: string;
}

/** A route prepared once at load: coordinates with the instant each vertex is reached. */
export interface TimedRoute {
  id: string;
  kind: string;
  side: string;
  startMs: number;
  endMs: number;
  coordinates: Position[];
  times: number[];
}

/**
 * Prepare routes: parse dates once, compute per-vertex times. Routes with unparsable dates are skipped.
 * @param routes - route features (LineString)
 * @returns timed routes
 */
export function timedRoutesFromFeatures(routes: readonly Feature<LineString, RouteInput>[]): TimedRoute[] {
  const timed: TimedRoute[] = [];
  for (const f of routes) {
    const startMs = timeFromIso(f.properties.start_date);
    const endMs = timeFromIso(f.properties.end_date);
    if (startMs === null || endMs === null || f.geometry.coordinates.length < 2) continue;
    const { id, kind, side } = f.properties;
    const coordinates = f.geometry.coordinates;
    timed.push({ id, kind, side, startMs, endMs, coordinates, times: vertexTimes(coordinates, startMs, endMs) });
  }
  return timed;
}

