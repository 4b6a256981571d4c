import { describe, expect, test } from 'vitest';
import { isSafeUrl, shownLang } from './popup_content.ts';

describe('isSafeUrl', () => {
  test.each(['https://example.org/a', 'http://example.org/'])('links %s', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });
  test.each([
    'javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd',
    '//example.org', '/relative', 'not a url', '', undefined,
  ])('does not link %s', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
});

describe('shownLang', () => {
  test.each([
    [{ en: 'a', ja: 'b' }, 'ja', 'ja'],
    [{ en: 'a' }, 'ru', 'en'],
    [{ ja: 'b' }, 'ru', 'ja'],
    [{}, 'en', null],
  ] as const)('%j in %s shows %s', (text, lang, shown) => {
    expect(shownLang(text, lang)).toBe(shown);
  });
});
