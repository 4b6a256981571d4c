import { describe, expect, test } from 'vitest';
import { timeFromIso } from './dates.ts';
import { familyDateSpan, familyFromUnknown, familyProblems, mergeFamily, type FamilyLeg, type FamilyPath } from './family.ts';

const known = {
  isPlace: (id: string) => ['toyohara', 'otomari', 'wakkanai', 'maoka'].includes(id),
  isVoyage: (id: string) => id === 'evacuation-otomari-wakkanai',
};
const leg = (from: string, to: string, date: string, extra: Partial<FamilyLeg> = {}): FamilyLeg => ({ from, to, mode: 'rail', date, ...extra });
const path = (...legs: FamilyLeg[]): FamilyPath => ({ name: 'Grandmother', home: 'toyohara', legs });

describe('familyDateSpan', () => {
  test.each([
    ['1945-08-18', '1945-08-18T00:00+09:00', '1945-08-19T00:00+09:00', 'day', false],
    ['~1945-08-18', '1945-08-18T00:00+09:00', '1945-08-19T00:00+09:00', 'day', true],
    ['1947-07', '1947-07-01T00:00+09:00', '1947-08-01T00:00+09:00', 'month', false],
    ['~1949-12', '1949-12-01T00:00+09:00', '1950-01-01T00:00+09:00', 'month', true],
  ])('%s is a JST span', (text, start, end, precision, about) => {
    expect(familyDateSpan(text)).toEqual({ startMs: timeFromIso(start), endMs: timeFromIso(end), precision, about });
  });
  test.each(['1945-02-30', '1945-13', '18.8.1945', '1945-8-18', '', '~', '1945-08-18T00:00'])('%j is no date', (text) => {
    expect(familyDateSpan(text)).toBeNull();
  });
});

describe('familyProblems', () => {
  test('the Toyohara → Ōtomari → Wakkanai path has none', () => {
    const p = path(leg('toyohara', 'otomari', '1945-08-18'), leg('otomari', 'wakkanai', '1945-08-19', { mode: 'ship', voyage: 'evacuation-otomari-wakkanai' }));
    expect(familyProblems(p, known)).toEqual([]);
  });
  test('a leg dated before the previous one is out of order, and stays in the path', () => {
    const p = path(leg('toyohara', 'otomari', '1945-08-18'), leg('otomari', 'wakkanai', '1945-08-17'));
    expect(familyProblems(p, known)).toEqual([{ leg: 1, field: 'date', code: 'order' }]);
    expect(p.legs).toHaveLength(2);
  });
  test('a month containing the previous day is not out of order', () => {
    expect(familyProblems(path(leg('toyohara', 'otomari', '1945-08-18'), leg('otomari', 'wakkanai', '~1945-08')), known)).toEqual([]);
  });
  test.each([
    ['1945-02-30', 'date_invalid'],
    ['1945-07-31', 'date_range'],
    ['1950-01', 'date_range'],
    ['next week', 'date_invalid'],
  ])('date %s: %s', (date, code) => {
    expect(familyProblems(path(leg('toyohara', 'otomari', date)), known)).toEqual([{ leg: 0, field: 'date', code }]);
  });
  test('a leg to the same place', () => {
    expect(familyProblems(path(leg('toyohara', 'toyohara', '1945-08-18')), known)).toEqual([{ leg: 0, field: 'to', code: 'same_place' }]);
  });
  test('a leg that does not start where the previous one ended', () => {
    const p = path(leg('toyohara', 'otomari', '1945-08-18'), leg('maoka', 'wakkanai', '1945-08-19'));
    expect(familyProblems(p, known)).toEqual([{ leg: 1, field: 'from', code: 'gap' }]);
  });
  test('the first leg starts at the hometown', () => {
    expect(familyProblems(path(leg('maoka', 'wakkanai', '1945-08-19')), known)).toEqual([{ leg: 0, field: 'from', code: 'gap' }]);
  });
  test('unknown places and voyages; another ship by name is fine', () => {
    const p = path(leg('toyohara', 'atlantis', '1945-08-18', { mode: 'ship', voyage: 'no-such-route' }));
    expect(familyProblems(p, known)).toEqual([
      { leg: 0, field: 'to', code: 'unknown_place' }, { leg: 0, field: 'voyage', code: 'unknown_voyage' },
    ]);
    expect(familyProblems(path(leg('toyohara', 'otomari', '1945-08-18', { mode: 'ship', voyage: { ship: 'Kōan Maru' } })), known)).toEqual([]);
  });
  test('an unknown hometown', () => {
    expect(familyProblems({ name: '', home: 'nowhere', legs: [] }, known)).toEqual([{ leg: -1, field: 'home', code: 'unknown_place' }]);
  });
});

describe('familyFromUnknown', () => {
  const good = [path(leg('toyohara', 'otomari', '1945-08-18', { note: 'with <b>aunt</b>' }))];
  test('keeps a well-formed path, names and notes as written', () => {
    expect(familyFromUnknown(good)).toEqual(good);
    expect(familyFromUnknown([{ name: '<img src=x onerror=alert(1)>', legs: [] }])?.[0]?.name).toBe('<img src=x onerror=alert(1)>');
  });
  test('drops unknown fields', () => {
    expect(familyFromUnknown([{ name: 'a', legs: [], extra: 1 }])).toEqual([{ name: 'a', legs: [] }]);
  });
  test.each([
    ['not an array', { name: 'a', legs: [] }],
    ['a leg with a bad mode', [{ name: 'a', legs: [{ ...leg('a', 'b', '1945-08'), mode: 'plane' }] }]],
    ['a name too long', [{ name: 'x'.repeat(121), legs: [] }]],
    ['too many paths', Array.from({ length: 21 }, () => ({ name: 'a', legs: [] }))],
    ['a number for a date', [{ name: 'a', legs: [{ ...leg('a', 'b', ''), date: 1945 }] }]],
  ])('ignores %s', (_what, value) => {
    expect(familyFromUnknown(value)).toBeNull();
  });
});

describe('mergeFamily', () => {
  test('adds new paths after the reader’s own and does not repeat one', () => {
    const a: FamilyPath = { name: 'a', legs: [] };
    const b: FamilyPath = { name: 'b', legs: [] };
    expect(mergeFamily([a], [{ ...a }, b])).toEqual([a, b]);
  });
});
