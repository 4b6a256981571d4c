import { describe, expect, test } from 'vitest';
import { isoFromTime, isIsoWithOffset, spanEndFromIso, timeFromIso } from './dates.ts';

describe('timeFromIso', () => {
  test.each([
    ['1945-08-15T12:00+09:00', Date.UTC(1945, 7, 15, 3, 0)],
    ['1945-08-08T17:00+03:00', Date.UTC(1945, 7, 8, 14, 0)],
    ['1945-08-18T04:20+12:00', Date.UTC(1945, 7, 17, 16, 20)],
    ['1945-09-02T00:02:30Z', Date.UTC(1945, 8, 2, 0, 2, 30)],
  ])('%s is the same instant whatever its zone', (text, expected) => {
    expect(timeFromIso(text)).toBe(expected);
  });

  test('JST noon and Moscow 06:00 on 15 August are the same instant', () => {
    expect(timeFromIso('1945-08-15T12:00+09:00')).toBe(timeFromIso('1945-08-15T06:00+03:00'));
  });

  test.each([
    ['1945-08-20', 'date without a time'],
    ['1945-08-20T05:30', 'no offset'],
    ['1945-02-30T00:00+09:00', 'impossible day'],
    ['1945-13-01T00:00+09:00', 'month 13'],
    ['1945-08-20T24:00+09:00', 'hour 24'],
    ['1945-08-20T05:30+15:00', 'offset beyond 14 h'],
    ['20 August 1945', 'prose'],
    ['', 'empty'],
  ])('rejects %s (%s)', (text) => {
    expect(timeFromIso(text)).toBeNull();
    expect(isIsoWithOffset(text)).toBe(false);
  });
});

describe('isoFromTime', () => {
  test('writes JST by default', () => {
    expect(isoFromTime(Date.UTC(1945, 7, 19, 21, 0))).toBe('1945-08-20T06:00+09:00');
  });

  test('writes a negative offset', () => {
    expect(isoFromTime(Date.UTC(1945, 7, 20, 0, 0), -90)).toBe('1945-08-19T22:30-01:30');
  });

  test('round-trips through timeFromIso', () => {
    const time = Date.UTC(1945, 7, 22, 19, 40);
    expect(timeFromIso(isoFromTime(time, 180))).toBe(time);
  });
});

describe('spanEndFromIso', () => {
  test.each([
    ['1945-08-23T00:00+09:00', 'day', '1945-08-24T00:00+09:00'],
    ['1945-08-22T05:00+09:00', 'hour', '1945-08-22T06:00+09:00'],
    ['1945-08-22T05:13+09:00', 'minute', '1945-08-22T05:14+09:00'],
    ['1949-07-01T00:00+09:00', 'month', '1949-08-01T00:00+09:00'],
    ['1949-12-01T00:00+09:00', 'month', '1950-01-01T00:00+09:00'],
  ] as const)('an end stated as %s at %s precision runs until %s', (text, precision, expected) => {
    expect(spanEndFromIso(text, precision)).toBe(timeFromIso(expected));
  });

  test('rejects a date without an offset', () => {
    expect(spanEndFromIso('1945-08-23', 'day')).toBeNull();
  });
});
