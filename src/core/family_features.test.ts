import { describe, expect, test } from 'vitest';
import type { FamilyPath } from './family.ts';
import { familyFeatures, familyFromFeatures, isFamilyFeature } from './family_features.ts';

const places: Record<string, [number, number]> = { toyohara: [142.73, 46.96], otomari: [142.74, 46.64], wakkanai: [141.68, 45.41] };
const path: FamilyPath = {
  name: 'Sato <b>family</b>', home: 'toyohara',
  legs: [
    { from: 'toyohara', to: 'otomari', mode: 'rail', date: '1945-08-18' },
    { from: 'otomari', to: 'wakkanai', mode: 'ship', date: '~1945-08-19', voyage: { ship: 'Kōan Maru' }, note: 'aunt stayed' },
  ],
};

describe('family features', () => {
  test('a path is a line through its places, spanning its days', () => {
    const [feature] = familyFeatures([path], (id) => places[id]);
    expect(feature?.geometry).toEqual({ type: 'LineString', coordinates: [places.toyohara, places.otomari, places.wakkanai] });
    expect(feature?.properties).toMatchObject({ layer: 'family', name: path.name, start_date: '1945-08-18T00:00+09:00', end_date: '1945-08-20T00:00+09:00' });
  });
  test('read back, the path is the same, note and markup included', () => {
    const features = JSON.parse(JSON.stringify(familyFeatures([path], (id) => places[id])));
    expect(features.every(isFamilyFeature)).toBe(true);
    expect(familyFromFeatures(features)).toEqual([path]);
  });
  test('a hometown alone is a point; a path with no known place has no geometry and is still read back', () => {
    const lone: FamilyPath = { name: 'x', home: 'toyohara', legs: [] };
    const nowhere: FamilyPath = { name: 'y', legs: [{ from: 'atlantis', to: 'lemuria', mode: 'foot', date: '1945-08' }] };
    const features = familyFeatures([lone, nowhere], (id) => places[id]);
    expect(features.map((f) => f.geometry?.type ?? null)).toEqual(['Point', null]);
    expect(familyFromFeatures(features)).toEqual([lone, nowhere]);
  });
});
