import { beforeAll, describe, expect, test, vi } from 'vitest';
import { LANGS, STRINGS, loadStrings, t, type StringKey, type Translation } from './strings.ts';

describe('loadStrings', () => {
  test('English until a language\'s table is loaded, then that language', async () => {
    vi.resetModules(); // a module of its own: no table loaded yet
    const { hasStrings, loadStrings, t } = await import('./strings.ts');
    expect(hasStrings('en')).toBe(true);
    expect(hasStrings('ja')).toBe(false);
    expect(t('time.play', 'ja')).toBe(STRINGS['time.play'].en);
    await loadStrings('ja');
    expect(hasStrings('ja')).toBe(true);
    expect(t('time.play', 'ja')).toBe(STRINGS['time.play'].ja);
  });
});

beforeAll(() => Promise.all([loadStrings('ja'), loadStrings('ru')]));

describe('STRINGS', () => {
  const keys = Object.keys(STRINGS) as StringKey[];
  test.each(LANGS)('every string has a non-empty %s text', (lang) => {
    expect(keys.filter((k) => STRINGS[k][lang].trim() === '')).toEqual([]);
  });
  test('Japanese and Russian are translations, not English copies (except names and codes)', () => {
    const table: Readonly<Record<string, Translation>> = STRINGS;
    const same = keys.filter((k) => table[k]!.ja === table[k]!.en || table[k]!.ru === table[k]!.en);
    expect(same).toEqual([]);
  });
  test('placeholders are the same in every language', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of keys) {
      expect(holes(STRINGS[k].ja), k).toEqual(holes(STRINGS[k].en));
      expect(holes(STRINGS[k].ru), k).toEqual(holes(STRINGS[k].en));
    }
  });
});

describe('t', () => {
  test.each([['en', 'Events'], ['ja', '出来事'], ['ru', 'События']] as const)('events in %s', (lang, text) => {
    expect(t('events.heading', lang)).toBe(text);
  });
  test('fills placeholders', () => {
    expect(t('popup.modernSince', 'ru', { name: 'Корсаков', year: 1946 })).toBe('называется «Корсаков» с 1946 г.');
  });
  test('leaves a placeholder without a value as written', () => {
    expect(t('popup.units', 'en', {})).toBe('Units: {list}');
  });
});
