import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import type { PlaceCollection } from '../src/data/schema.ts';
import { karafutoSubprefectures, subprefectureLines } from './build_subprefectures.ts';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../geo/${file}`, import.meta.url), 'utf8'));

/** A unit square's ring with its lower-left corner at (x, y). */
const square = (area: string, x: number, y: number) => ({
  type: 'Feature' as const, properties: { area },
  geometry: { type: 'Polygon' as const, coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] },
});

describe('subprefectureLines', () => {
  // Three cells in a row: a and b in one subprefecture, c in another.
  const areas: FeatureCollection<Polygon> = { type: 'FeatureCollection', features: [square('a', 0, 0), square('b', 1, 0), square('c', 2, 0)] };
  const sub = (id: string) => ({ a: 'maoka', b: 'maoka', c: 'toyohara', d: undefined } as Record<string, string | undefined>)[id];

  test('draws only the edge between cells of different subprefectures, not the coast or an edge inside one', () => {
    const lines = subprefectureLines(areas, sub);
    expect(lines.features.map((f) => f.properties)).toEqual([{ id: 'maoka-toyohara', between: ['maoka', 'toyohara'], approximate: true }]);
    expect(lines.features[0]!.geometry.coordinates.map((l) => l.map(String).sort())).toEqual([['2,0', '2,1']]);
  });

  test('chains a boundary made of several edges into one line', () => {
    const stacked: FeatureCollection<Polygon> = { type: 'FeatureCollection',
      features: [square('a', 0, 0), square('b', 0, 1), square('c', 1, 0), { ...square('c', 1, 1), properties: { area: 'c' } }] };
    const [line] = subprefectureLines(stacked, sub).features[0]!.geometry.coordinates;
    expect(line!.map(String).sort()).toEqual(['1,0', '1,1', '1,2']);
  });
});

describe('geo/subprefectures.geojson', () => {
  test('is what the build makes of the committed control areas and places (rebuild: npm run subprefectures)', () => {
    const built = subprefectureLines(read('control_areas.geojson'), karafutoSubprefectures(read('places.geojson') as PlaceCollection));
    expect(read('subprefectures.geojson')).toEqual(JSON.parse(JSON.stringify(built)));
  });

  test('divides each of Karafuto\'s four subprefectures from a neighbour, and never draws the Kurils\' Nemuro', () => {
    const pairs = (read('subprefectures.geojson') as { features: { properties: { between: string[] } }[] }).features.map((f) => f.properties.between);
    expect(new Set(pairs.flat())).toEqual(new Set(['toyohara', 'maoka', 'esutoru', 'shikuka']));
  });
});
