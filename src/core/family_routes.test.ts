import { describe, expect, test } from 'vitest';
import { timeFromIso } from './dates.ts';
import type { FamilyLeg } from './family.ts';
import { familyLegContext, familyTimedRoutes, type ContextEvent, type ContextRoute } from './family_routes.ts';

const at = (iso: string) => timeFromIso(iso) as number;
const places: Record<string, [number, number]> = { toyohara: [142.73, 46.96], otomari: [142.74, 46.64], wakkanai: [141.68, 45.41] };

describe('familyTimedRoutes', () => {
  test('a day leg is drawn over its day, place to place', () => {
    const [route, ...rest] = familyTimedRoutes([{ name: 'x', legs: [{ from: 'toyohara', to: 'otomari', mode: 'rail', date: '1945-08-18' }] }], (id) => places[id]);
    expect(rest).toEqual([]);
    expect(route).toMatchObject({ id: 'family-0-0', startMs: at('1945-08-18T00:00+09:00'), endMs: at('1945-08-19T00:00+09:00'), coordinates: [places.toyohara, places.otomari] });
  });
  test('a ship leg on an atlas voyage between the same ports follows the voyage; on another voyage, a straight line', () => {
    const line = { from: 'otomari', to: 'wakkanai', coordinates: [places.otomari!, [142.0, 45.9], places.wakkanai!] };
    const leg = { from: 'otomari', to: 'wakkanai', mode: 'ship' as const, date: '1945-08-19', voyage: 'evac' };
    expect(familyTimedRoutes([{ name: 'x', legs: [leg] }], (id) => places[id], (id) => (id === 'evac' ? line : undefined))[0]?.coordinates).toEqual(line.coordinates);
    expect(familyTimedRoutes([{ name: 'x', legs: [{ ...leg, to: 'toyohara' }] }], (id) => places[id], () => line)[0]?.coordinates).toEqual([places.otomari, places.toyohara]);
  });
  test('a leg with an unknown place or no real date is not drawn, the others are', () => {
    const legs: FamilyLeg[] = [
      { from: 'toyohara', to: 'atlantis', mode: 'rail', date: '1945-08-18' },
      { from: 'atlantis', to: 'otomari', mode: 'rail', date: '1945-02-30' },
      { from: 'otomari', to: 'wakkanai', mode: 'ship', date: '1945-08' },
    ];
    expect(familyTimedRoutes([{ name: 'x', legs }], (id) => places[id]).map((r) => r.id)).toEqual(['family-0-2']);
  });
});

describe('familyLegContext', () => {
  const event = (id: string, kind: string, placesOf: string[], iso: string): ContextEvent => ({ id, kind, places: placesOf, startMs: at(iso), endMs: at(iso), sources: ['s'] });
  const route = (id: string, kind: string, from: string, to: string, start: string, end: string): ContextRoute => ({ id, kind, from, to, startMs: at(start), endMs: at(end), sources: ['s'] });
  const events = [
    event('otomari-crowds', 'evacuation', ['otomari'], '1945-08-18T12:00+09:00'),
    event('maoka-landing', 'landing', ['maoka'], '1945-08-20T05:30+09:00'),
    event('three-ships', 'sinking', ['wreck'], '1945-08-22T04:20+09:00'),
    event('otomari-later', 'civilian', ['otomari'], '1945-09-10T00:00+09:00'),
  ];
  const routes = [
    route('evac', 'evacuation', 'otomari', 'wakkanai', '1945-08-13T00:00+09:00', '1945-08-23T00:00+09:00'),
    route('ogasawara', 'attacked_ship', 'otomari', 'wreck', '1945-08-20T23:45+09:00', '1945-08-22T04:20+09:00'),
    route('landing', 'landing', 'maoka', 'otomari', '1945-08-23T00:00+09:00', '1945-08-23T12:00+09:00'),
  ];
  test('a rail leg: the events at its places in its days, the sailings from its port, no dangers at sea', () => {
    const c = familyLegContext({ from: 'toyohara', to: 'otomari', mode: 'rail', date: '1945-08-18' }, events, routes);
    expect(c.events.map((e) => e.id)).toEqual(['otomari-crowds']);
    expect(c.sailings.map((r) => r.id)).toEqual(['evac']);
    expect(c.dangers).toEqual([]);
  });
  test('a ship leg on 21 Aug: the ships attacked then are its dangers', () => {
    const c = familyLegContext({ from: 'otomari', to: 'wakkanai', mode: 'ship', date: '1945-08-21' }, events, routes);
    expect(c.dangers.map((d) => d.id)).toEqual(['ogasawara', 'three-ships']);
  });
  test('"about" widens the window to a week', () => {
    const leg: FamilyLeg = { from: 'otomari', to: 'wakkanai', mode: 'rail', date: '1945-09-04' };
    expect(familyLegContext(leg, events, routes).events).toEqual([]);
    expect(familyLegContext({ ...leg, date: '~1945-09-04' }, events, routes).events.map((e) => e.id)).toEqual(['otomari-later']);
  });
});
