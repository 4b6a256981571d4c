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
  /** People carried (evacuees, repatriates, troops): sets the line's width. */
  people?: { min: number; max: number } | null;
}

/** People at which a route is drawn at the base width, and the widest a route gets (× the base). */
const BASE_PEOPLE = 2000;
const MAX_WIDTH = 5;

/**
 * A route's width as a multiple of the base line width, from the people it carried:
 * the square root (so that twice the width is four times the people), from 1
 * (2,000 people or fewer, or unknown) to 5 (50,000 or more: the aggregated flows).
 * @param people - carried, a range as sources give it (its middle is used), or null when unknown
 * @returns 1..5
 * @example widthFromPeople({ min: 4700, max: 4700 }) // 1.53
 */
export function widthFromPeople(people: { min: number; max: number } | null | undefined): number {
  const middle = people && Number.isFinite(people.min) && Number.isFinite(people.max) ? (people.min + people.max) / 2 : 0;
  return Math.min(MAX_WIDTH, Math.max(1, Math.sqrt(middle / BASE_PEOPLE)));
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
  /** Line width × the base width, from {@link widthFromPeople}. */
  width: number;
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
    const width = widthFromPeople(f.properties.people);
    timed.push({ id, kind, side, startMs, endMs, coordinates, times: vertexTimes(coordinates, startMs, endMs), width });
  }
  return timed;
}

