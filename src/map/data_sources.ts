/**
 * Puts loaded data into the map's GeoJSON sources, once, after load. Derived
 * numeric time properties (epoch ms) are added here so filters never compare
 * date strings.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { timeFromIso } from '../core/dates.ts';
import { endCollection, routeCollection, timedRoutesFromFeatures, type TimedRoute } from '../core/route_features.ts';
import { timeSteps } from '../core/time_steps.ts';
import type { AtlasData } from '../data/loader.ts';
import type { EventCollection } from '../data/schema.ts';
import { RECENT_EVENT_MS } from '../style/data_layers.ts';
import { SOURCE } from '../style/ids.ts';

/**
 * Event features with a point, with numeric `start_ms` for the time filter.
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

function setSource(map: MapLibreMap, id: string, data: FeatureCollection): void {
  (map.getSource(id) as GeoJSONSource | undefined)?.setData(data);
}

/** What the renderer needs from the loaded data. */
export interface PreparedData {
  /** Routes prepared for progressive drawing. */
  routes: TimedRoute[];
  /** Instants at which a route filter's answer changes (core/time_steps.ts): route ends. */
  routeSteps: number[];
  /** Instants at which an event's filter or size changes: starts and starts + 24 h. */
  eventSteps: number[];
}

/**
 * Fill the sources from whatever loaded. Mutates the map's sources.
 * @param map - a loaded map
 * @param data - load results; failed files are skipped (they are reported elsewhere)
 * @returns the routes prepared for progressive drawing and the time steps of the filters
 */
export function setAtlasData(map: MapLibreMap, data: AtlasData): PreparedData {
  if (data.land.ok) setSource(map, SOURCE.land, data.land.data);
  if (data.border.ok) setSource(map, SOURCE.border, data.border.data);
  if (data.places.ok) setSource(map, SOURCE.places, data.places.data as FeatureCollection);
  const eventInstants: number[] = [];
  if (data.events.ok) {
    const events = eventPointCollection(data.events.data);
    setSource(map, SOURCE.events, events);
    // An event's marker appears at its start and shrinks 24 h later.
    for (const f of events.features) {
      const start = f.properties?.start_ms as number | null;
      if (start !== null) eventInstants.push(start, start + RECENT_EVENT_MS);
    }
  }
  const routes = data.routes.ok ? timedRoutesFromFeatures(data.routes.data.features) : [];
  if (data.routes.ok) {
    setSource(map, SOURCE.routes, routeCollection(routes));
    setSource(map, SOURCE.routesEnd, endCollection(routes));
  }
  return { routes, routeSteps: timeSteps(routes.map((r) => r.endMs)), eventSteps: timeSteps(eventInstants) };
}
