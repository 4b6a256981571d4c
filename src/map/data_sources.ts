/**
 * Puts loaded data into the map, once, after load: the GeoJSON sources, and
 * the routes packed for the GPU route layer. Dates are parsed here (epoch ms)
 * so nothing downstream compares date strings.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { timeFromIso } from '../core/dates.ts';
import { timedRoutesFromFeatures } from '../core/route_features.ts';
import { segmentLevels, type SegmentLevel } from '../core/route_segments.ts';
import { timeSteps } from '../core/time_steps.ts';
import type { AtlasData } from '../data/loader.ts';
import type { EventCollection } from '../data/schema.ts';
import type { FrontCollection } from '../data/basemap_schema.ts';
import { labelZooms } from '../core/label_thinning.ts';
import { controlSteps, controlledPlaces, type ControlledPlace } from '../core/occupation.ts';
import { LABEL_ZOOM, labelRank, RECENT_EVENT_MS } from '../style/data_layers.ts';
import { SOURCE } from '../style/ids.ts';
import { routeStyleIndex } from '../style/route_styles.ts';

/**
 * Event features with a point, with their start as epoch ms (`start_ms`), from which the
 * instants their markers change are found ({@link eventTimes}).
 * @param events - the events collection
 * @returns point features only (context events without geometry are left to the list)
 */
export function eventPointCollection(events: EventCollection): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const f of events.features) {
    if (!f.geometry) continue;
    features.push({
      type: 'Feature',
      geometry: f.geometry as Point,
      properties: { id: f.properties.id, kind: f.properties.kind, start_ms: timeFromIso(f.properties.start_date) },
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Point features with the zoom each may be labelled from ({@link LABEL_ZOOM}), thinned where
 * they are dense; other geometries are left as they are.
 * @param places - places (the atlas's, or a user's file)
 * @returns copies of the features with the property added
 */
export function withLabelZooms(places: FeatureCollection): FeatureCollection {
  const points = places.features.filter((f): f is Feature<Point> => f.geometry?.type === 'Point');
  const zooms = labelZooms(points.map((f) => {
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    return { lon, lat, ...labelRank(f.properties?.kind) };
  }));
  const zoomOf = new Map<Feature, number | undefined>(points.map((f, i) => [f, zooms[i]]));
  return {
    type: 'FeatureCollection',
    features: places.features.map((f) => (zoomOf.has(f) ? { ...f, properties: { ...f.properties, [LABEL_ZOOM]: zoomOf.get(f) } } : f)),
  };
}

function setSource(map: MapLibreMap, id: string, data: FeatureCollection): void {
  (map.getSource(id) as GeoJSONSource | undefined)?.setData(data);
}

/** An event marker's start, for its feature-state. */
export interface EventStart {
  id: string;
  startMs: number;
}

/**
 * Event markers' starts and the instants at which any marker changes: it appears at its start and
 * shrinks 24 h later.
 * @param points - from {@link eventPointCollection}
 */
export function eventTimes(points: FeatureCollection<Point>): { events: EventStart[]; eventSteps: number[] } {
  const events: EventStart[] = [];
  for (const f of points.features) {
    const start = f.properties?.start_ms as number | null;
    if (start !== null) events.push({ id: f.properties?.id as string, startMs: start });
  }
  return { events, eventSteps: timeSteps(events.flatMap((e) => [e.startMs, e.startMs + RECENT_EVENT_MS])) };
}

/** What the renderer needs from the loaded data. */
export interface PreparedData {
  /** Routes packed for the GPU route layer, by level of detail. */
  routeLevels: SegmentLevel[];
  /** Event markers with a start. */
  events: EventStart[];
  /** Instants at which an event marker changes (core/time_steps.ts): starts and starts + 24 h. */
  eventSteps: number[];
  /** Places with a control date: their dot and area are held from then. */
  control: ControlledPlace[];
  /** Instants at which a place changes hands. */
  controlSteps: number[];
  /** Fronts with their event's span, epoch ms (end exclusive). */
  fronts: { id: string; startMs: number; endMs: number }[];
  /** Instants at which a front appears or goes. */
  frontSteps: number[];
}

/**
 * Fill the sources from whatever loaded. Mutates the map's sources.
 * @param map - a loaded map
 * @param data - load results; failed files are skipped (they are reported elsewhere)
 * @returns the routes packed for drawing and the events' starts and time steps
 */
export function setAtlasData(map: MapLibreMap, data: AtlasData): PreparedData {
  if (data.land.ok) setSource(map, SOURCE.land, data.land.data);
  if (data.border.ok) setSource(map, SOURCE.border, data.border.data);
  if (data.names?.ok) setSource(map, SOURCE.names, data.names.data as FeatureCollection);
  if (data.railways?.ok) setSource(map, SOURCE.railways, data.railways.data as FeatureCollection);
  if (data.subprefectures?.ok) setSource(map, SOURCE.subprefectures, data.subprefectures.data as FeatureCollection);
  if (data.places.ok) setSource(map, SOURCE.places, withLabelZooms(data.places.data as FeatureCollection));
  if (data.controlAreas?.ok) setSource(map, SOURCE.controlAreas, data.controlAreas.data as FeatureCollection);
  const control = data.places.ok ? controlledPlaces(data.places.data.features.map((f) => f.properties)) : [];
  const fronts = data.fronts?.ok && data.events.ok ? frontSpans(data.fronts.data, data.events.data) : [];
  if (data.fronts?.ok) setSource(map, SOURCE.fronts, data.fronts.data as FeatureCollection);
  let events: EventStart[] = [], eventSteps: number[] = [];
  if (data.events.ok) {
    const points = eventPointCollection(data.events.data);
    setSource(map, SOURCE.events, points);
    ({ events, eventSteps } = eventTimes(points));
  }
  const routes = data.routes.ok ? timedRoutesFromFeatures(data.routes.data.features) : [];
  return { routeLevels: segmentLevels(routes, (r) => routeStyleIndex(r.kind, r.side)), events, eventSteps,
    control, controlSteps: controlSteps(control), fronts, frontSteps: timeSteps(fronts.flatMap((f) => [f.startMs, f.endMs])) };
}

/**
 * Each front's span: its event's start and end (a front whose event lacks either is left out).
 * @param fronts - geo/fronts.geojson
 * @param events - the events
 */
function frontSpans(fronts: FrontCollection, events: EventCollection): PreparedData['fronts'] {
  const spans = new Map(events.features.map(({ properties: p }) => [p.id, { startMs: timeFromIso(p.start_date), endMs: p.end_date ? timeFromIso(p.end_date) : null }]));
  return fronts.features.flatMap(({ properties: p }) => {
    const span = spans.get(p.event);
    return span?.startMs == null || span.endMs == null ? [] : [{ id: p.id, startMs: span.startMs, endMs: span.endMs }];
  });
}
