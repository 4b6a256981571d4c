import { describe, expect, test } from 'vitest';
import { timeFromIso } from './dates.ts';
import {
  TIMELINE_END, TIMELINE_HOURS, TIMELINE_START, advancePlayback, clampTime, hoursFromTime,
  nextEventTime, previousEventTime, stepTime, timeFromHours,
} from './timeline.ts';

const at = (iso: string) => timeFromIso(iso) as number;

describe('range', () => {
  test('runs from 8 Aug to the end of 5 Sep 1945, JST, in hours', () => {
    expect(TIMELINE_START).toBe(at('1945-08-07T15:00Z'));
    expect(TIMELINE_END).toBe(at('1945-09-05T15:00Z'));
    expect(TIMELINE_HOURS).toBe(29 * 24);
  });
});

describe('clampTime', () => {
  test.each([
    ['before the start', at('1945-08-01T00:00+09:00'), TIMELINE_START],
    ['after the end', at('1946-01-01T00:00+09:00'), TIMELINE_END],
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
    ['clamps at the end', '1945-09-05T23:00+09:00', 'day', 1, '1945-09-06T00:00+09:00'],
  ] as const)('%s', (_name, from, unit, dir, to) => {
    expect(stepTime(at(from), unit, dir)).toBe(at(to));
  });
});

describe('event navigation', () => {
  const events = [at('1945-08-20T06:00+09:00'), at('1945-08-11T05:00+09:00'), at('1946-12-05T00:00+09:00'), at('1945-08-22T04:20+09:00')];
  test('next is the first strictly after', () => {
    expect(nextEventTime(at('1945-08-20T06:00+09:00'), events)).toBe(at('1945-08-22T04:20+09:00'));
  });
  test('previous is the last strictly before', () => {
    expect(previousEventTime(at('1945-08-20T06:00+09:00'), events)).toBe(at('1945-08-11T05:00+09:00'));
  });
  test('events after the timeline are not targets', () => {
    expect(nextEventTime(at('1945-08-23T00:00+09:00'), events)).toBeNull();
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
  test('stops at the end without loop', () => {
    expect(advancePlayback(TIMELINE_END - 1000, 1000, 24, false)).toEqual({ time: TIMELINE_END, playing: false });
  });
  test('wraps to the start with loop', () => {
    expect(advancePlayback(TIMELINE_END - 1000, 1000, 24, true)).toEqual({ time: TIMELINE_START, playing: true });
  });
  test('negative elapsed time (clock jump) does not go back', () => {
    expect(advancePlayback(TIMELINE_START + 5, -1000, 6, false).time).toBe(TIMELINE_START + 5);
  });
});
