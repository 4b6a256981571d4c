/**
 * What the cross-file checks (checks.ts, checks_geo.ts) read: the parsed
 * collections, and the file names their issues give. Its own module so that
 * the two rule files import it and not each other.
 */
import type { EventCollection, LandCollection, PlaceCollection, RouteCollection, Source } from './schema.ts';

/** Everything the checks look at; a file that failed to parse is left out. */
export interface DataToCheck {
  places?: PlaceCollection;
  routes?: RouteCollection;
  events?: EventCollection;
  sources?: Source[];
  land?: LandCollection;
  /**
   * The harbour-scale land (GSHHG cells, geo/coast/), where present: a place on a small
   * island that Natural Earth leaves out (Moneron) is on land by this.
   */
  fineLand?: LandCollection;
}

/** File paths as issues name them. */
export interface DataPaths {
  places: string;
  routes: string;
  events: string;
  sources: string;
  land: string;
}

/**
 * The paths of the data files in a directory.
 * @param dir - directory as the user names it, e.g. `geo` or `tests/fixtures/valid`
 * @example dataPathsIn('geo').routes === 'geo/routes.geojson'
 */
export function dataPathsIn(dir: string): DataPaths {
  const base = dir.replace(/\/+$/, '');
  return {
    places: `${base}/places.geojson`,
    routes: `${base}/routes.geojson`,
    events: `${base}/events.geojson`,
    sources: `${base}/sources.json`,
    land: `${base}/land.geojson`,
  };
}
