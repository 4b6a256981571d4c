import { describe, expect, test } from 'vitest';
import { timeFromIso } from './dates.ts';
import { controlSteps, controlledPlaces, occupationAsOf } from './occupation.ts';

const at = (iso: string) => timeFromIso(iso) as number;

const places = controlledPlaces([
  { id: 'toro', soviet_control_date: '1945-08-16T00:00+09:00', population: 30270 },
  { id: 'maoka', soviet_control_date: '1945-08-20T16:30+11:00', population: { min: 19193, max: 28521 } },
  { id: 'toyohara', soviet_control_date: '1945-08-24T17:40+11:00', population: 37160 },
  { id: 'shumushu', soviet_control_date: '1945-08-18T04:20+12:00' },
  { id: 'nowhere', population: 5 },
  { id: 'rutaka', soviet_control_date: '1945-08-25T05:00+11:00', population: null },
]);

describe('occupation as of a date', () => {
  test('only places with a control date take part; islands without a count add no people', () => {
    expect(places.map((p) => p.id)).toEqual(['toro', 'maoka', 'toyohara', 'shumushu', 'rutaka']);
    expect(occupationAsOf(places, at('1945-08-19T00:00+09:00'))).toMatchObject({ people: { min: 30270, max: 30270 }, held: 1, of: 4, uncounted: 1 });
  });

  test('a municipality without a count is held and counted as a municipality, but adds no people', () => {
    const end = occupationAsOf(places, at('1945-08-26T00:00+09:00'));
    expect(end).toMatchObject({ held: 4, of: 4, uncounted: 1 });
    expect(end.people).toEqual(occupationAsOf(places, at('1945-08-25T00:00+09:00')).people);
  });

  test('a Soviet time (UTC+11) is compared as an instant: Toyohara at 17:40 Sakhalin time is 15:40 JST', () => {
    expect(occupationAsOf(places, at('1945-08-24T15:39+09:00')).held).toBe(2);
    expect(occupationAsOf(places, at('1945-08-24T15:40+09:00')).held).toBe(3);
  });

  test('ranges add bound by bound, and the total is every counted place', () => {
    const end = occupationAsOf(places, at('1945-09-05T00:00+09:00'));
    expect(end.people).toEqual({ min: 30270 + 19193 + 37160, max: 30270 + 28521 + 37160 });
    expect(end.people).toEqual(end.total);
  });

  test('the steps are the instants a place changes hands, sorted', () => {
    const steps = controlSteps(places);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(steps).toContain(at('1945-08-24T17:40+11:00'));
    expect(steps).toHaveLength(5);
  });
});
