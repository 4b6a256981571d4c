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

describe('counts read in each language\'s plural forms', () => {
  test.each([
    ['en', 1, '1 match'], ['en', 2, '2 matches'],
    ['ru', 1, 'Найден 1 результат'], ['ru', 3, 'Найдено 3 результата'], ['ru', 5, 'Найдено 5 результатов'], ['ru', 21, 'Найден 21 результат'],
  ] as const)('%s, %i', (lang, n, text) => {
    expect(t('search.count', lang, { n })).toBe(text);
  });
  test('a count given formatted is read by its digits', () => {
    expect(t('userData.refused', 'ru', { file: 'f', n: '35 000' })).toBe('Файл f не добавлен: 35 000 ошибок.');
    expect(t('userData.refused', 'en', { file: 'f', n: '35,000' })).toBe('f was not added: 35,000 problems.');
  });
  test('plural forms use the same variables in every language', () => {
    const forms = (s: string) => [...s.matchAll(/\{(\w+):/g)].map((m) => m[1]);
    for (const key of Object.keys(STRINGS) as StringKey[]) {
      const { en, ja, ru } = STRINGS[key];
      for (const other of [ja, ru]) for (const name of forms(other)) expect(en.includes(`{${name}`), `${key}: {${name}:…}`).toBe(true);
    }
  });
});
