import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { mergePlaceDetails, placeDetailsSchema, splitPlaceDetails } from './place_details.ts';
import { placesSchema } from './schema.ts';

const places = JSON.parse(readFileSync(new URL('../../geo/places.geojson', import.meta.url), 'utf8'));

describe('place details served apart', () => {
  const { places: served, details } = splitPlaceDetails(places, 'places-x.details.json');

  test('the served places carry no note or control account, and name the details file', () => {
    const parsed = placesSchema.parse(served);
    expect(parsed.details).toBe('places-x.details.json');
    expect(parsed.features.some((f) => f.properties.note || f.properties.soviet_control_accounts || f.properties.population_note)).toBe(false);
    // What the map draws stays: names, kinds, populations, control dates.
    expect(parsed.features.find((f) => f.properties.id === 'toyohara')?.properties.soviet_control_date).toBe('1945-08-24T17:40+11:00');
  });

  test('merging the details gives back every place as in geo/', () => {
    const parsed = placesSchema.parse(served);
    mergePlaceDetails(parsed, placeDetailsSchema.parse(JSON.parse(JSON.stringify(details))));
    const { details: _name, ...collection } = parsed;
    expect(collection).toEqual(placesSchema.parse(places));
  });
});
