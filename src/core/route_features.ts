/**
 * GeoJSON derived from routes for drawing them progressively.
 *
 * Why this mechanism:
 * - `line-gradient` + `line-progress` would be all-GPU, but line-gradient is one
 *   colour ramp per layer (no feature data, no global-state), so it cannot encode
 *   each route's own start/end time.
 * - A filter reading the clock as a global-state key re-tiles its whole source
 *   whenever the key changes (MapLibre 6.17), i.e. every frame: the former
 *   per-segment `t1 <= time` filter cost 29 tile loads/s of `routes` while
 *   playing (bench: fps 0.69 of bare MapLibre on real data, 0.01 at 10k routes).
 * - So finished routes are one feature per ROUTE ({@link routeCollection},
 *   `end_ms`) behind a filter on a stepped key (core/time_steps.ts) that changes
 *   only when some route ends or some event starts, at most ~3 times a second
 *   while playing. Routes in progress, and those ended since the last step, are
 *   drawn each frame by {@link activeCollection}: a small setData of only their
 *   drawn prefix (binary search over vertex times), found through an interval
 *   index (core/interval_index.ts) rather than a scan of every route.
 * The line grows continuously: the tip is interpolated within its segment.
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
 * One LineString feature per route with `end_ms` (epoch ms): the finished
 * routes, shown by a filter on the stepped time key.
 * @param routes - timed routes
 * @returns route features
 */
export function routeCollection(routes: readonly TimedRoute[]): FeatureCollection<LineString> {
  return {
    type: 'FeatureCollection',
    features: routes.map((r) => ({
      type: 'Feature',
      properties: { id: r.id, kind: r.kind, side: r.side, end_ms: r.endMs },
      geometry: { type: 'LineString', coordinates: r.coordinates },
    })),
  };
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
 * The drawn part of the given routes at `time`: each one's prefix as a line,
 * plus its tip as a point while it is still moving. Which routes to pass
 * (started, and not yet shown as finished) is the caller's choice.
 * @param routes - timed routes to draw
 * @param time - epoch ms
 * @returns a small collection; empty when no route has started
 */
export function activeCollection(routes: readonly TimedRoute[], time: number): FeatureCollection<LineString | Point> {
  const features: Feature<LineString | Point>[] = [];
  for (const r of routes) {
    const drawn = drawnCoordinates(r.coordinates, r.times, time);
    if (drawn.length < 2) continue;
    const properties: StyleProperties = { id: r.id, kind: r.kind, side: r.side };
    features.push({ type: 'Feature', properties, geometry: { type: 'LineString', coordinates: drawn } });
    if (time < r.endMs) features.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: drawn[drawn.length - 1] as Position } });
  }
  return { type: 'FeatureCollection', features };
}
