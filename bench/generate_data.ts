/**
 * Deterministic benchmark data: many routes of ~50 vertices, or many places,
 * inside the atlas's home view and the campaign timeline (or the repatriation years), valid against
 * src/data/schema.ts (checked with the app's own parser before writing).
 *
 * The app's loader checks each file's schema only, not geography (checks.ts
 * runs at build time on geo/), so sea routes may cross land here.
 *
 * `npx tsx bench/generate_data.ts` writes every set to bench/out/data/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Position } from 'geojson';
import { isoFromTime, timeFromIso } from '../src/core/dates.ts';
import { HOME_BOUNDS } from '../src/core/state.ts';
import { CAMPAIGN_END, TIMELINE_START, hoursFromTime } from '../src/core/timeline.ts';
import { parseDataFile } from '../src/data/parse.ts';
import { placeKinds, type PlaceCollection, type PlaceFeature, type RouteCollection, type RouteFeature } from '../src/data/schema.ts';
import { ROUTE_STYLES } from '../src/style/route_styles.ts';
import { randomFromSeed } from '../scripts/seeded_random.ts';

const ROOT = join(fileURLToPath(new URL('..', import.meta.url)));
const HOUR_MS = 3_600_000;

/** Where generated files go (git-ignored). */
const BENCH_DATA_DIR = join(ROOT, 'bench', 'out', 'data');

/** One generated data set: which geo/ file it replaces and how many features. */
export interface BenchDataSet {
  /** Name used in results, e.g. `routes10k`. */
  name: string;
  /** The geo/ file it stands in for. */
  file: 'routes.geojson' | 'places.geojson';
  count: number;
  /** Routes only: `aftermath` makes them voyages of the repatriation years (played in the aftermath phase). */
  period?: 'campaign' | 'aftermath';
}

/** The data sets of the scale benchmark. */
export const BENCH_DATA_SETS: readonly BenchDataSet[] = [
  { name: 'routes1k', file: 'routes.geojson', count: 1_000 },
  // Issue #14: 1,000 voyages of Dec 1946 – Jul 1949 (the real repatriation had 208 sailings), each carrying people.
  { name: 'voyages1k', file: 'routes.geojson', count: 1_000, period: 'aftermath' },
  { name: 'routes10k', file: 'routes.geojson', count: 10_000 },
  { name: 'places10k', file: 'places.geojson', count: 10_000 },
];

/** Vertices per generated route. */
const ROUTE_VERTICES = 50;

/** Real ids and names the generated features point to (place ids, a source id, names). */
interface RealData {
  places: PlaceFeature[];
  sourceId: string;
}

function readReal(): RealData {
  const places = JSON.parse(readFileSync(join(ROOT, 'geo', 'places.geojson'), 'utf8')) as PlaceCollection;
  const sources = JSON.parse(readFileSync(join(ROOT, 'geo', 'sources.json'), 'utf8')) as { id: string }[];
  const sourceId = sources[0]?.id;
  if (!sourceId || places.features.length === 0) throw new Error('geo/places.geojson and geo/sources.json must not be empty');
  return { places: places.features, sourceId };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
const [[WEST, SOUTH], [EAST, NORTH]] = HOME_BOUNDS;

/** A random walk of `ROUTE_VERTICES` positions that bounces off the home bounds. */
function walk(random: () => number): Position[] {
  let lon = WEST + random() * (EAST - WEST);
  let lat = SOUTH + random() * (NORTH - SOUTH);
  let heading = random() * 2 * Math.PI;
  const step = 0.04 + random() * 0.08; // degrees per segment: routes of ~2-6 degrees
  const line: Position[] = [[round(lon), round(lat)]];
  for (let i = 1; i < ROUTE_VERTICES; i++) {
    heading += (random() - 0.5) * 0.6;
    lon += Math.cos(heading) * step;
    lat += Math.sin(heading) * step * 0.7;
    if (lon < WEST || lon > EAST) { heading = Math.PI - heading; lon = Math.min(EAST, Math.max(WEST, lon)); }
    if (lat < SOUTH || lat > NORTH) { heading = -heading; lat = Math.min(NORTH, Math.max(SOUTH, lat)); }
    line.push([round(lon), round(lat)]);
  }
  return line;
}

/** The repatriation's span for generated voyages: 1 Dec 1946 to 31 Jul 1949, hours from TIMELINE_START. */
const VOYAGE_HOURS = [hoursFromTime(timeFromIso('1946-12-01T00:00+09:00') as number), hoursFromTime(timeFromIso('1949-07-31T00:00+09:00') as number)] as const;
/** The styles of the voyages: evacuation, escape and repatriation lines. */
const VOYAGE_STYLES = ROUTE_STYLES.filter((s) => ['evacuation', 'escape', 'repatriation'].includes(s.kind));

/**
 * Routes spread over the campaign (8 Aug – 5 Sep 1945), each lasting 6 h to 4 days;
 * or, for the aftermath, voyages over the repatriation years, each 1 to 4 days
 * with 100 to 20,000 people aboard (so their widths differ).
 * @param count - number of routes
 * @param seed - PRNG seed
 * @param period - which phase they fall in
 * @returns a routes collection
 */
function generateRoutes(count: number, seed: number, period: BenchDataSet['period'] = 'campaign', real: RealData = readReal()): RouteCollection {
  const random = randomFromSeed(seed);
  const features: RouteFeature[] = [];
  const voyages = period === 'aftermath';
  const styles = voyages ? VOYAGE_STYLES : ROUTE_STYLES;
  for (let i = 0; i < count; i++) {
    const style = styles[Math.floor(random() * styles.length)] ?? styles[0]!;
    const hours = voyages ? 24 + Math.floor(random() * 72) : 6 + Math.floor(random() * 90);
    // Campaign routes stay within the campaign, so the numbers stay comparable with earlier runs.
    const [first, last] = voyages ? VOYAGE_HOURS : [0, hoursFromTime(CAMPAIGN_END)];
    const startHour = first + Math.floor(random() * (last - first - hours));
    const people = voyages ? 100 + Math.floor(random() * 19_900) : null;
    const from = real.places[i % real.places.length]!.properties.id;
    const to = real.places[(i * 7 + 3) % real.places.length]!.properties.id;
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: walk(random) as [number, number][] },
      properties: {
        id: `bench-route-${i}`,
        kind: style.kind,
        side: style.side,
        mode: style.kind === 'advance' ? 'land' : 'sea',
        title: { en: `Benchmark route ${i}` },
        start_date: isoFromTime(TIMELINE_START + startHour * HOUR_MS),
        end_date: isoFromTime(TIMELINE_START + (startHour + hours) * HOUR_MS),
        from,
        to,
        units: [],
        ships: [],
        people: people === null ? null : { min: people, max: people },
        sources: [real.sourceId],
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Places scattered over the home view; names are real names with a number
 * (characters the subset label font has).
 * @param count - number of places
 * @param seed - PRNG seed
 * @returns a places collection
 */
function generatePlaces(count: number, seed: number, real: RealData = readReal()): PlaceCollection {
  const random = randomFromSeed(seed);
  const features: PlaceFeature[] = [];
  const numbered = (name: string | null, i: number) => (name === null ? null : `${name} ${i}`);
  for (let i = 0; i < count; i++) {
    const names = real.places[i % real.places.length]!.properties;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [round(WEST + random() * (EAST - WEST)), round(SOUTH + random() * (NORTH - SOUTH))] },
      properties: {
        id: `bench-place-${i}`,
        kind: placeKinds[Math.floor(random() * placeKinds.length)] ?? 'town',
        region: 'karafuto',
        'name:ja': numbered(names['name:ja'], i),
        'name:ja-Latn': numbered(names['name:ja-Latn'], i),
        'name:ru': numbered(names['name:ru'], i),
        'name:ru-Latn': numbered(names['name:ru-Latn'], i),
        modern_name_since: null,
        coord_source: 'geonames',
        uncertainty_m: 1000,
        sources: [real.sourceId],
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Generate one set, check it with the app's parser and write it.
 * @param set - which set
 * @returns the written file's path
 * @throws Error quoting the first schema issues when the data is invalid
 */
export function writeBenchData(set: BenchDataSet): string {
  const seed = 1945 + set.count;
  const data = set.file === 'routes.geojson' ? generateRoutes(set.count, seed, set.period) : generatePlaces(set.count, seed);
  const text = JSON.stringify(data);
  const parsed = parseDataFile(set.file, text);
  if (!parsed.ok) throw new Error(`generated ${set.name} is invalid: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
  mkdirSync(BENCH_DATA_DIR, { recursive: true });
  const path = join(BENCH_DATA_DIR, `${set.name}.geojson`);
  writeFileSync(path, text);
  return path;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const set of BENCH_DATA_SETS) {
    const started = Date.now();
    const path = writeBenchData(set);
    console.log(`${set.name}: ${path} (${(readFileSync(path).length / 1e6).toFixed(1)} MB, ${Date.now() - started} ms)`);
  }
}
