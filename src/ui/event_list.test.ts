import { describe, expect, test } from 'vitest';
import type { EventFeature } from '../data/schema.ts';
import { chronologicalEvents, currentEventId } from './event_list.ts';

const event = (id: string, start_date: string) => ({
  type: 'Feature', geometry: null,
  properties: { id, kind: 'battle', start_date, date_precision: 'day', places: [], title: { en: id }, text: { en: id }, figures: {}, sources: ['s'] },
}) as EventFeature;

const events = chronologicalEvents([
  event('later', '1945-08-22T00:00+09:00'),
  event('first', '1945-08-11T00:00+09:00'),
  event('same-a', '1945-08-20T00:00+09:00'),
  event('same-b', '1945-08-20T00:00+09:00'),
  event('bad', '1945-08-20'),
  event('aftermath', '1946-12-05T00:00+09:00'),
]);
const at = (iso: string) => Date.parse(iso.replace('+09:00', '+09:00'));

describe('chronologicalEvents', () => {
  test('sorts by instant, keeps file order on ties, drops unparsable dates', () => {
    expect(events.map((e) => e.feature.properties.id)).toEqual(['first', 'same-a', 'same-b', 'later', 'aftermath']);
  });
});

describe('currentEventId', () => {
  test('none before the first event', () => {
    expect(currentEventId(events, at('1945-08-10T00:00+09:00'))).toBeNull();
  });
  test('the last started event', () => {
    expect(currentEventId(events, at('1945-08-21T00:00+09:00'))).toBe('same-b');
  });
  test('a selected event wins a tie', () => {
    expect(currentEventId(events, at('1945-08-21T00:00+09:00'), 'same-a')).toBe('same-a');
  });
  test('an aftermath event is current at its own date, not before', () => {
    expect(currentEventId(events, at('1946-12-05T00:00+09:00'))).toBe('aftermath');
    expect(currentEventId(events, at('1946-12-04T23:00+09:00'))).toBe('later');
  });
  test('a selected event that is not in the latest tie does not', () => {
    expect(currentEventId(events, at('1945-08-23T00:00+09:00'), 'same-a')).toBe('later');
  });
});
