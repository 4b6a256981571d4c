/**
 * GeoJSON derived from routes for drawing them progressively.
 *
 * Why this mechanism:
 * - `line-gradient` + `line-progress` would be all-GPU, but line-gradient is one
 *   colour ramp per layer (no feature data, no global-state), so it cannot encode
 *   each route's own start/end time.
 * - setData on the whole routes source every frame sends every route (26 routes,
 *   1,389 vertices in the current data) to the worker and re-tiles them all each frame.
 * - So each route is split at load into one feature per segment carrying the
 *   instants `t0`/`t1` its ends are reached. A filter `t1 <= global-state time`
 *   shows finished segments with no data upload at all. Only the one partial
 *   segment per route in progress (plus its tip) is computed on the CPU and sent
 *   with a tiny setData: a handful of features, none when nothing is moving.
 * Measured (headless Chromium, SwiftShader, 26 routes): one state update while
 * playing (slider, list, global state, active-routes setData) costs ~1.4 ms of
 * main-thread time; playback runs at 12 fps against 15 fps for bare repaints, the
 * rest being the software renderer. The tip moves by interpolation within a
 * segment, so the line grows continuously rather than vertex by vertex.
 */
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import { timeFromIso } from './dates.ts';
import { drawnCoordinates, vertexTimes } from './route_progress.ts';

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

/** Properties carried by every derived feature so styles can colour it. */
interface StyleProperties {
  id: string;
  kind: string;
  side: string;
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
 * One LineString feature per segment with `t0`/`t1` (epoch ms) for the GPU time filter.
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

/**
 * Compass bearing from a to b, for rotating arrowheads.
 * @returns degrees clockwise from north
 */
export function bearingDegrees(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const [lon1 = 0, lat1 = 0] = a, [lon2 = 0, lat2 = 0] = b;
  const y = Math.sin((lon2 - lon1) * rad) * Math.cos(lat2 * rad);
  const x = Math.cos(lat1 * rad) * Math.sin(lat2 * rad) - Math.sin(lat1 * rad) * Math.cos(lat2 * rad) * Math.cos((lon2 - lon1) * rad);
  return (Math.atan2(y, x) / rad + 360) % 360;
}

/**
 * End point of each route with its final bearing and `end_ms`, for arrowheads.
 * @param routes - timed routes
 * @returns point features
 */
export function endCollection(routes: readonly TimedRoute[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: routes.map((r) => {
      const n = r.coordinates.length;
      const last = r.coordinates[n - 1] as Position;
      return {
        type: 'Feature',
        properties: { id: r.id, kind: r.kind, side: r.side, end_ms: r.endMs, bearing: bearingDegrees(r.coordinates[n - 2] as Position, last) },
        geometry: { type: 'Point', coordinates: last },
      };
    }),
  };
}

/**
 * For routes in progress at `time` only: the partial segment (from the last
 * reached vertex to the interpolated tip) and the tip as a point.
 * @param routes - timed routes
 * @param time - epoch ms
 * @returns a small collection; empty when no route is moving
 */
export function activeCollection(routes: readonly TimedRoute[], time: number): FeatureCollection<LineString | Point> {
  const features: Feature<LineString | Point>[] = [];
  for (const r of routes) {
    if (time < r.startMs || time >= r.endMs) continue;
    const drawn = drawnCoordinates(r.coordinates, r.times, time);
    if (drawn.length < 2) continue;
    const properties: StyleProperties = { id: r.id, kind: r.kind, side: r.side };
    const tip = drawn[drawn.length - 1] as Position;
    features.push({ type: 'Feature', properties, geometry: { type: 'LineString', coordinates: [drawn[drawn.length - 2] as Position, tip] } });
    features.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: tip } });
  }
  return { type: 'FeatureCollection', features };
}
