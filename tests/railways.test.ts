/**
 * The railways of August 1945 reach the towns the evacuation and the Soviet
 * advance ran through (geo/railways.geojson against geo/places.geojson).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { pointToLineKm } from '../src/data/line_distance.ts';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../geo/${name}`, import.meta.url), 'utf8'));
const places = read('places.geojson') as { features: { properties: { id: string }; geometry: { coordinates: number[] } }[] };
const railways = read('railways.geojson') as { features: { geometry: { coordinates: number[][] } }[] };

describe('railways of 1945', () => {
  test.each(['toyohara', 'ochiai', 'maoka', 'otomari'])('a line passes within 2 km of %s', (id) => {
    const at = places.features.find((f) => f.properties.id === id)!.geometry.coordinates;
    const nearest = Math.min(...railways.features.map((f) => pointToLineKm(at, f.geometry.coordinates)));
    expect(nearest).toBeLessThanOrEqual(2);
  });

  test('the distance to a line is measured to its nearest segment', () => {
    // 0.1° of latitude north of a west-east line: about 11 km.
    expect(pointToLineKm([142.5, 47.1], [[142, 47], [143, 47]])).toBeCloseTo(11.06, 1);
    expect(pointToLineKm([141, 47], [[142, 47], [143, 47]])).toBeCloseTo(75.9, 0);
  });
});
