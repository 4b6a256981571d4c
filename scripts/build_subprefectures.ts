/**
 * Builds `geo/subprefectures.geojson`: the lines between Karafuto's four
 * subprefectures (支庁: Toyohara, Maoka, Esutoru, Shikuka) as of August 1945.
 *
 * No source reachable draws the boundaries, so they are derived from the
 * municipal shares of `geo/control_areas.geojson` (each seat's Voronoi cell on
 * the land): where two cells meet whose seats lie in different subprefectures,
 * their common edge is a boundary. The lines are straight where the real ones
 * followed ridges and rivers; every feature says `approximate: true`, and the
 * legend and README say so.
 *
 * Usage: `npm run subprefectures` (after `npm run control-areas`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { PlaceCollection } from '../src/data/schema.ts';

/** Where a subprefecture line is defined: the two subprefectures it divides, in alphabetical order. */
export interface SubprefectureLineProperties {
  id: string;
  between: [string, string];
  approximate: true;
}

const key = (p: Position) => `${p[0]},${p[1]}`;
const edgeKey = (a: Position, b: Position) => [key(a), key(b)].sort().join(';');

/**
 * The boundary lines between subprefectures.
 * @param areas - geo/control_areas.geojson (rings share exact vertices where cells meet)
 * @param subprefectureOf - a subprefecture id for each area id; areas without one are skipped
 * @returns one feature per pair of neighbouring subprefectures, edges chained into lines
 */
export function subprefectureLines(
  areas: FeatureCollection<Polygon | MultiPolygon>,
  subprefectureOf: (areaId: string) => string | undefined,
): FeatureCollection<MultiLineString, SubprefectureLineProperties> {
  const edges = new Map<string, { a: Position; b: Position; subs: Set<string> }>();
  for (const f of areas.features) {
    const sub = subprefectureOf(String(f.properties?.area));
    if (!sub) continue;
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const ring of polygons.flat()) {
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1]!, b = ring[i]!;
        const k = edgeKey(a, b);
        const edge = edges.get(k) ?? { a, b, subs: new Set<string>() };
        edge.subs.add(sub);
        edges.set(k, edge);
      }
    }
  }
  const byPair = new Map<string, [Position, Position][]>();
  for (const { a, b, subs } of edges.values()) {
    if (subs.size !== 2) continue;
    const pair = [...subs].sort().join('|');
    byPair.set(pair, [...(byPair.get(pair) ?? []), [a, b]]);
  }
  const features = [...byPair.entries()].sort(([x], [y]) => x.localeCompare(y)).map(([pair, segments]) => {
    const [s1 = '', s2 = ''] = pair.split('|');
    const feature: Feature<MultiLineString, SubprefectureLineProperties> = {
      type: 'Feature',
      properties: { id: `${s1}-${s2}`, between: [s1, s2], approximate: true },
      geometry: { type: 'MultiLineString', coordinates: chain(segments) },
    };
    return feature;
  });
  return { type: 'FeatureCollection', features };
}

/** Joins segments that share ends into as few lines as possible (so a dash pattern runs on). */
function chain(segments: [Position, Position][]): Position[][] {
  const unused = new Set(segments.keys());
  const at = new Map<string, number[]>();
  segments.forEach(([a, b], i) => {
    for (const p of [a, b]) at.set(key(p), [...(at.get(key(p)) ?? []), i]);
  });
  const next = (p: Position) => (at.get(key(p)) ?? []).find((i) => unused.has(i));
  const extend = (line: Position[]) => {
    for (let i = next(line[line.length - 1]!); i !== undefined; i = next(line[line.length - 1]!)) {
      unused.delete(i);
      const [a, b] = segments[i]!;
      line.push(key(a) === key(line[line.length - 1]!) ? b : a);
    }
  };
  const lines: Position[][] = [];
  for (const start of segments.keys()) {
    if (!unused.has(start)) continue;
    unused.delete(start);
    const line = [...segments[start]!];
    extend(line);
    line.reverse();
    extend(line);
    lines.push(line);
  }
  return lines;
}

/**
 * Karafuto's subprefecture of each place that has one.
 * @param places - geo/places.geojson
 * @returns a lookup by place id; undefined for places outside Karafuto's four
 */
export function karafutoSubprefectures(places: PlaceCollection): (id: string) => string | undefined {
  const subprefecture = new Map(places.features.map((f) => [f.properties.id, f.properties.subprefecture]));
  // The Kuril villages were in Hokkaido's Nemuro subprefecture: not Karafuto's lines.
  return (id) => {
    const sub = subprefecture.get(id);
    return sub && sub !== 'nemuro' ? sub : undefined;
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const read = (file: string) => JSON.parse(readFileSync(new URL(`../geo/${file}`, import.meta.url), 'utf8'));
  const lines = subprefectureLines(read('control_areas.geojson'), karafutoSubprefectures(read('places.geojson')));
  writeFileSync(new URL('../geo/subprefectures.geojson', import.meta.url), JSON.stringify(lines) + '\n');
  console.log(`wrote ${lines.features.length} subprefecture lines to geo/subprefectures.geojson`);
}
