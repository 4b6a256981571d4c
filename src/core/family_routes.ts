/**
 * The family paths against the atlas: as timed routes for the GPU route layer
 * (each leg drawn from its start place to its end place over its day or month),
 * and, for each leg, what the atlas knows of its places and days. Pure.
 */
import type { Position } from 'geojson';
import { familyDateSpan, type FamilyLeg, type FamilyPath } from './family.ts';
import type { TimedRoute } from './route_features.ts';
import { vertexTimes } from './route_progress.ts';

/** Route kinds a ship leg may name as its voyage: the evacuation ships (some attacked on the way) and the repatriation. */
export const FAMILY_VOYAGE_KINDS: readonly string[] = ['evacuation', 'attacked_ship', 'repatriation'];

/** The kind the family legs carry as timed routes. */
const FAMILY_ROUTE_KIND = 'family';

/**
 * Id of a leg drawn as a route.
 * @param path - index of the path
 * @param leg - index of the leg in it
 * @returns e.g. `family-0-1`
 */
function familyLegId(path: number, leg: number): string {
  return `family-${path}-${leg}`;
}

/** An atlas route as far as drawing a leg on its voyage reads it. */
export interface VoyageLine {
  from: string;
  to: string;
  coordinates: readonly Position[];
}

/**
 * The legs that can be drawn (both places known, a real date) as timed routes, reached from
 * the start of their day (or month) to its end: along the atlas's voyage when the leg names
 * one between the same two places (a ship does not cross Cape Crillon), else a straight line.
 * @param paths - the reader's paths
 * @param placeAt - a place's [lon, lat], or undefined for an unknown id
 * @param voyageAt - an atlas route by id, or undefined
 * @returns one timed route per drawable leg, kind {@link FAMILY_ROUTE_KIND}
 */
export function familyTimedRoutes(
  paths: readonly FamilyPath[], placeAt: (id: string) => Position | undefined, voyageAt: (id: string) => VoyageLine | undefined = () => undefined,
): TimedRoute[] {
  const routes: TimedRoute[] = [];
  paths.forEach((path, p) => path.legs.forEach((leg, l) => {
    const a = placeAt(leg.from);
    const b = placeAt(leg.to);
    const span = familyDateSpan(leg.date);
    if (!a || !b || !span || leg.from === leg.to) return;
    const voyage = typeof leg.voyage === 'string' ? voyageAt(leg.voyage) : undefined;
    const coordinates = voyage && voyage.from === leg.from && voyage.to === leg.to ? [...voyage.coordinates] : [a, b];
    routes.push({
      id: familyLegId(p, l), kind: FAMILY_ROUTE_KIND, side: '', startMs: span.startMs, endMs: span.endMs,
      // A family's leg is a few people: the base width (the atlas's voyages widen with their thousands).
      coordinates, times: vertexTimes(coordinates, span.startMs, span.endMs), width: 1,
    });
  }));
  return routes;
}

/** An atlas event as far as the leg context reads it. */
export interface ContextEvent {
  id: string;
  kind: string;
  places: readonly string[];
  startMs: number;
  endMs: number;
  sources: readonly string[];
}

/** An atlas route as far as the leg context reads it. */
export interface ContextRoute {
  id: string;
  kind: string;
  from: string;
  to: string;
  startMs: number;
  endMs: number;
  sources: readonly string[];
}

/** What the atlas knows of a leg's places and days. */
export interface LegContext {
  /** Events at the leg's places in its days (a day either side). */
  events: ContextEvent[];
  /** Evacuation and repatriation sailings from or to its places in those days, and its own voyage. */
  sailings: ContextRoute[];
  /** For a leg at sea: ships attacked and sunk in those days, wherever they were. */
  dangers: (ContextEvent | ContextRoute)[];
}

const DAY_MS = 86_400_000;
/** Event kinds that are dangers at sea; an air raid on a leg's town is listed with its events. */
const DANGER_EVENTS = new Set(['sinking']);

const overlaps = (a: { startMs: number; endMs: number }, startMs: number, endMs: number) => a.startMs < endMs && a.endMs > startMs;

/**
 * What the atlas knows of a leg: events at its places and sailings from or to
 * them in its days, and, for a leg at sea, the attacks on ships then.
 * @param leg - the leg
 * @param events - the atlas's events (end = start for an instant)
 * @param routes - the atlas's routes
 * @returns the lists, each in time order; empty when the date is not a real day or month
 */
export function familyLegContext(leg: FamilyLeg, events: readonly ContextEvent[], routes: readonly ContextRoute[]): LegContext {
  const span = familyDateSpan(leg.date);
  if (!span) return { events: [], sailings: [], dangers: [] };
  // "About" widens the window to the week around the date: the reader is not sure of the day.
  const margin = span.about ? 7 * DAY_MS : DAY_MS;
  const start = span.startMs - margin;
  const end = span.endMs + margin;
  const here = (ids: readonly string[]) => ids.includes(leg.from) || ids.includes(leg.to);
  const byTime = <T extends { startMs: number }>(list: T[]) => list.sort((a, b) => a.startMs - b.startMs);
  const atSea = leg.mode === 'ship' || leg.mode === 'boat';
  const windowEvents = events.filter((e) => overlaps({ startMs: e.startMs, endMs: Math.max(e.endMs, e.startMs + 1) }, start, end));
  const windowRoutes = routes.filter((r) => overlaps(r, start, end));
  return {
    events: byTime(windowEvents.filter((e) => here(e.places) && !(atSea && DANGER_EVENTS.has(e.kind)))),
    sailings: byTime(windowRoutes.filter((r) => FAMILY_VOYAGE_KINDS.includes(r.kind) && r.kind !== 'attacked_ship'
      && (here([r.from, r.to]) || r.id === leg.voyage))),
    dangers: atSea
      ? byTime([...windowEvents.filter((e) => DANGER_EVENTS.has(e.kind)), ...windowRoutes.filter((r) => r.kind === 'attacked_ship')])
      : [],
  };
}
