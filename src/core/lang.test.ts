import { describe, expect, test } from 'vitest';
import { isLang, langFromNavigator } from './lang.ts';

describe('langFromNavigator', () => {
  test.each([
    [['ja-JP', 'en-US'], 'ja'],
    [['ru-RU'], 'ru'],
    [['ru'], 'ru'],
    [['en-GB', 'ja'], 'en'],
    [['de-DE', 'ru-RU', 'ja'], 'ru'],
    [['JA_jp'], 'ja'],
    [['fr-FR', 'uk-UA'], 'en'],
    [[], 'en'],
    [['jav', 'rue'], 'en'],
  ] as [string[], string][])('%j -> %s', (languages, expected) => {
    expect(langFromNavigator(languages)).toBe(expected);
  });
});

describe('isLang', () => {
  test.each(['en', 'ja', 'ru'])('accepts %s', (v) => expect(isLang(v)).toBe(true));
  test.each(['EN', 'de', '', 'ja-JP', null, 3])('rejects %j', (v) => expect(isLang(v)).toBe(false));
});
