/**
 * Routes prepared once at load for drawing them progressively: dates parsed,
 * the instant each vertex is reached. The atlas's routes are drawn on the GPU
 * from these (core/route_segments.ts, map/route_layer.ts); a user's own file
 * still goes through GeoJSON segments with `t0`/`t1` ({@link segmentCollection}).
 */
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
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

/**
 * One LineString feature per segment with `t0`/`t1` (epoch ms) for the time filter of a user's own routes.
 * @param routes - timed routes
 * @returns segment features
 */
export function segmentCollection(routes: readonly TimedRoute[]): FeatureCollection<LineString> {
  const features: Feature<LineString>[] = [];
  for (const r of routes) {
    for (let i = 1; i < r.coordinates.length; i++) {
      features.push({
        type: 'Feature',
        properties: { id: r.id, kind: r.kind, side: r.side, t0: r.times[i - 1], t1: r.times[i] },
        geometry: { type: 'LineString', coordinates: [r.coordinates[i - 1] as Position, r.coordinates[i] as Position] },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

