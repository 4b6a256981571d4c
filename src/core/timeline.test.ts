import { describe, expect, test } from 'vitest';
import { timeFromIso } from './dates.ts';
import {
  AFTERMATH_START, CAMPAIGN_END, TIMELINE_END, TIMELINE_HOURS, TIMELINE_START, advancePlayback, clampTime, hoursFromTime,
  nextEventTime, phaseFromTime, previousEventTime, stepTime, timeFromHours,
} from './timeline.ts';

const at = (iso: string) => timeFromIso(iso) as number;

describe('range', () => {
  test('runs from 8 Aug 1945 to the end of 1949, JST, in hours', () => {
    expect(TIMELINE_START).toBe(at('1945-08-07T15:00Z'));
    expect(TIMELINE_END).toBe(at('1949-12-31T15:00Z'));
    expect(TIMELINE_HOURS).toBe((29 + 1578) * 24);
  });
  test('the campaign ends at 5 Sep 24:00 and the aftermath starts a day later', () => {
    expect(CAMPAIGN_END).toBe(at('1945-09-06T00:00+09:00'));
    expect(AFTERMATH_START).toBe(at('1945-09-07T00:00+09:00'));
  });
});

describe('phaseFromTime', () => {
  test.each([
    ['the first hour', '1945-08-08T00:00+09:00', 'campaign'],
    ['the campaign end itself', '1945-09-06T00:00+09:00', 'campaign'],
    ['a minute later', '1945-09-06T00:01+09:00', 'aftermath'],
    ['the first repatriation ship', '1946-12-05T18:29+09:00', 'aftermath'],
    ['after the end (clamped)', '1952-01-01T00:00+09:00', 'aftermath'],
  ])('%s', (_name, iso, phase) => {
    expect(phaseFromTime(at(iso)).id).toBe(phase);
  });
});

describe('clampTime', () => {
  test.each([
    ['before the start', at('1945-08-01T00:00+09:00'), TIMELINE_START],
    ['after the end', at('1950-06-01T00:00+09:00'), TIMELINE_END],
    ['before 1970 and across years', at('1947-06-01T12:00+09:00'), at('1947-06-01T03:00Z')],
    ['inside', at('1945-08-20T06:00+09:00'), at('1945-08-20T06:00+09:00')],
    ['NaN', NaN, TIMELINE_START],
    ['-Infinity', -Infinity, TIMELINE_START],
    ['Infinity', Infinity, TIMELINE_END],
  ])('%s', (_name, input, expected) => {
    expect(clampTime(input)).toBe(expected);
  });
});

describe('slider hours', () => {
  test('round trip at an hour', () => {
    const t = at('1945-08-20T06:00+09:00');
    expect(timeFromHours(hoursFromTime(t))).toBe(t);
  });
  test('hours are rounded down within the hour', () => {
    expect(hoursFromTime(at('1945-08-08T01:59+09:00'))).toBe(1);
  });
  test('out-of-range hours clamp', () => {
    expect(timeFromHours(-5)).toBe(TIMELINE_START);
    expect(timeFromHours(TIMELINE_HOURS + 10)).toBe(TIMELINE_END);
  });
});

describe('stepTime', () => {
  test.each([
    ['hour forward', '1945-08-20T06:00+09:00', 'hour', 1, '1945-08-20T07:00+09:00'],
    ['hour back', '1945-08-20T06:00+09:00', 'hour', -1, '1945-08-20T05:00+09:00'],
    ['hour keeps the minutes', '1945-08-22T04:20+09:00', 'hour', 1, '1945-08-22T05:20+09:00'],
    ['day forward keeps the time of day', '1945-08-15T12:00+09:00', 'day', 1, '1945-08-16T12:00+09:00'],
    ['day back keeps the time of day', '1945-08-15T12:00+09:00', 'day', -1, '1945-08-14T12:00+09:00'],
    ['clamps at the start', '1945-08-08T06:00+09:00', 'day', -1, '1945-08-08T00:00+09:00'],
    ['a week across a year', '1946-12-29T12:00+09:00', 'week', 1, '1947-01-05T12:00+09:00'],
    ['clamps at the end', '1949-12-31T23:00+09:00', 'day', 1, '1950-01-01T00:00+09:00'],
  ] as const)('%s', (_name, from, unit, dir, to) => {
    expect(stepTime(at(from), unit, dir)).toBe(at(to));
  });
});

describe('event navigation', () => {
  const events = [
    at('1945-08-20T06:00+09:00'), at('1945-08-11T05:00+09:00'), at('1946-12-05T00:00+09:00'),
    at('1945-08-22T04:20+09:00'), at('1957-10-16T16:00+09:00'),
  ];
  test('next is the first strictly after', () => {
    expect(nextEventTime(at('1945-08-20T06:00+09:00'), events)).toBe(at('1945-08-22T04:20+09:00'));
  });
  test('previous is the last strictly before', () => {
    expect(previousEventTime(at('1945-08-20T06:00+09:00'), events)).toBe(at('1945-08-11T05:00+09:00'));
  });
  test('next crosses from the campaign into the aftermath', () => {
    expect(nextEventTime(at('1945-08-23T00:00+09:00'), events)).toBe(at('1946-12-05T00:00+09:00'));
  });
  test('events after the timeline are not targets', () => {
    expect(nextEventTime(at('1947-01-01T00:00+09:00'), events)).toBeNull();
  });
  test('none before the first', () => {
    expect(previousEventTime(at('1945-08-09T00:00+09:00'), events)).toBeNull();
  });
  test('empty list', () => {
    expect(nextEventTime(TIMELINE_START, [])).toBeNull();
  });
});

describe('advancePlayback', () => {
  test('speed is simulated hours per real second', () => {
    expect(advancePlayback(TIMELINE_START, 1000, 6, false)).toEqual({ time: TIMELINE_START + 6 * 3_600_000, playing: true });
  });
  test('half a second at 2 h/s is one hour', () => {
    expect(advancePlayback(TIMELINE_START, 500, 2, false).time).toBe(TIMELINE_START + 3_600_000);
  });
  test('the campaign stops at its end without loop', () => {
    expect(advancePlayback(CAMPAIGN_END - 1000, 1000, 24, false)).toEqual({ time: CAMPAIGN_END, playing: false });
  });
  test('the campaign wraps to its start with loop', () => {
    expect(advancePlayback(CAMPAIGN_END - 1000, 1000, 24, true)).toEqual({ time: TIMELINE_START, playing: true });
  });
  test('in the aftermath the speed reads as days per second', () => {
    const from = at('1947-06-01T00:00+09:00');
    expect(advancePlayback(from, 1000, 6, false).time).toBe(at('1947-06-07T00:00+09:00'));
  });
  test('the aftermath stops at the end of 1949 and loops to 7 Sep 1945', () => {
    expect(advancePlayback(TIMELINE_END - 1000, 1000, 24, false)).toEqual({ time: TIMELINE_END, playing: false });
    expect(advancePlayback(TIMELINE_END - 1000, 1000, 24, true)).toEqual({ time: AFTERMATH_START, playing: true });
  });
  test('negative elapsed time (clock jump) does not go back', () => {
    expect(advancePlayback(TIMELINE_START + 5, -1000, 6, false).time).toBe(TIMELINE_START + 5);
  });
});
