/**
 * Puts loaded data into the map's GeoJSON sources, once, after load. Derived
 * numeric time properties (epoch ms) are added here so filters never compare
 * date strings.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { timeFromIso } from '../core/dates.ts';
import { endCollection, segmentCollection, timedRoutesFromFeatures, type TimedRoute } from '../core/route_features.ts';
import type { AtlasData } from '../data/loader.ts';
import type { EventCollection } from '../data/schema.ts';
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

/**
 * Fill the sources from whatever loaded. Mutates the map's sources.
 * @param map - a loaded map
 * @param data - load results; failed files are skipped (they are reported elsewhere)
 * @returns the routes prepared for progressive drawing
 */
export function setAtlasData(map: MapLibreMap, data: AtlasData): TimedRoute[] {
  if (data.land.ok) setSource(map, SOURCE.land, data.land.data);
  if (data.border.ok) setSource(map, SOURCE.border, data.border.data);
  if (data.places.ok) setSource(map, SOURCE.places, data.places.data as FeatureCollection);
  if (data.events.ok) setSource(map, SOURCE.events, eventPointCollection(data.events.data));
  if (!data.routes.ok) return [];
  const routes = timedRoutesFromFeatures(data.routes.data.features);
  setSource(map, SOURCE.routes, segmentCollection(routes));
  setSource(map, SOURCE.routesEnd, endCollection(routes));
  return routes;
}
