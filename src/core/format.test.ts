import { describe, expect, test } from 'vitest';
import { timeFromIso } from './dates.ts';
import { displayFromTime, numberText } from './format.ts';

const at = (iso: string) => timeFromIso(iso) as number;

describe('displayFromTime', () => {
  test.each([
    ['en', 'minute', '20 Aug 1945 06:00 JST'],
    ['ja', 'minute', '1945年8月20日 6時00分（日本時間）'],
    ['ru', 'minute', '20 авг. 1945 г., 06:00 JST'],
    ['en', 'day', '20 Aug 1945'],
    ['ja', 'day', '1945年8月20日'],
    ['ru', 'day', '20 авг. 1945 г.'],
    ['en', 'month', 'Aug 1945'],
    ['ja', 'month', '1945年8月'],
    ['ru', 'month', 'август 1945 г.'],
  ] as const)('%s, %s precision', (lang, precision, expected) => {
    expect(displayFromTime(at('1945-08-20T06:00+09:00'), precision, lang)).toBe(expected);
  });
  test('shows JST even for an instant given in another offset', () => {
    expect(displayFromTime(at('1945-08-21T23:30+00:00'), 'minute', 'ja')).toBe('1945年8月22日 8時30分（日本時間）');
  });
  test('the hour in Japanese has no leading zero; the minutes keep theirs', () => {
    expect(displayFromTime(at('1945-08-22T04:20+09:00'), 'hour', 'ja')).toBe('1945年8月22日 4時20分（日本時間）');
    expect(displayFromTime(at('1945-08-24T17:05+09:00'), 'minute', 'ja')).toBe('1945年8月24日 17時05分（日本時間）');
  });
  test('defaults to English', () => {
    expect(displayFromTime(at('1945-09-05T00:00+09:00'))).toBe('5 Sep 1945 00:00 JST');
  });
  test.each([
    ['1945-05-09T12:00+09:00', '9 мая 1945 г.'],
    ['1945-09-02T12:00+09:00', '2 сент. 1945 г.'],
  ])('Russian genitive months: %s', (iso, expected) => {
    expect(displayFromTime(at(iso), 'day', 'ru')).toBe(expected);
  });
});

describe('numberText', () => {
  test.each([
    [1708, 'en', '1,708'], [1708, 'ja', '1,708'], [1708, 'ru', '1708'], [67600, 'ru', '67\u00a0600'], [311452, 'ja', '311,452'],
    [87000, 'en', '87,000'], [999, 'ru', '999'], [-12000, 'ru', '-12\u00a0000'], [1234567, 'en', '1,234,567'], [0, 'en', '0'],
  ] as const)('%d in %s', (n, lang, expected) => {
    expect(numberText(n, lang)).toBe(expected);
  });
});
