import { beforeAll, describe, expect, test } from 'vitest';
import { hashNoticeText, ignoredHashParts } from './hash_notice.ts';
import { loadStrings } from './strings.ts';

beforeAll(() => Promise.all([loadStrings('ja'), loadStrings('ru')]));

describe('hashNoticeText', () => {
  test('English by default', () => {
    expect(hashNoticeText(['zoom=3'])).toBe('Some of the link was not understood and was ignored: zoom=3. The rest of the view is shown.');
  });
  test.each([
    ['ja', 'リンクの一部を読み取れなかったため無視しました：a=1, b=2, c=3, d=4, e=5 ほか2件。それ以外はそのまま表示しています。'],
    ['ru', 'Часть ссылки не распознана и пропущена: a=1, b=2, c=3, d=4, e=5 и ещё 2. Остальное показано.'],
  ] as const)('in %s, with the count of parts not listed', (lang, expected) => {
    expect(hashNoticeText(['a=1', 'b=2', 'c=3', 'd=4', 'e=5', 'f=6', 'g=7'], lang)).toBe(expected);
  });
});

describe('ignoredHashParts', () => {
  const nothingKnown = { event: () => false, place: () => false };
  test('gives its reasons in the reader\'s language', () => {
    expect(ignoredHashParts('#place=nowhere&lang=ru&lang=ja', nothingKnown, 'ru')).toEqual(['place=nowhere (нет такого места)', 'lang=ja (повтор)']);
    expect(ignoredHashParts('#event=nope', nothingKnown, 'ja')).toEqual(['event=nope （該当する出来事なし）']);
  });
});
