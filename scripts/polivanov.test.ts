import { describe, expect, it } from 'vitest';
import { polivanov } from './polivanov.ts';

describe('polivanov', () => {
  // Forms as Russian sources print them (docs/research/municipalities-1945.tsv, from
  // ru.wikipedia and Russian works: Тоёхара, Отиай, Отомари, Рутака, Маока, Хонто, Томариору,
  // Эсутору, Сиритору), the forms issue 16 names (Сикука, Нодасаму, Амбэцу), and ones the
  // rules fix (Тиннай where the research has the non-Polivanov Чиннай; Кумадзаса-тогэ).
  it.each([
    ['Toyohara', 'Тоёхара'], ['Ochiai', 'Отиай'], ['Ōtomari', 'Отомари'], ['Rutaka', 'Рутака'], ['Maoka', 'Маока'],
    ['Honto', 'Хонто'], ['Tomarioru', 'Томариору'], ['Esutoru', 'Эсутору'], ['Shiritoru', 'Сиритору'],
    ['Shikuka', 'Сикука'], ['Nodasamu', 'Нодасаму'], ['Anbetsu', 'Амбэцу'], ['Naihoro', 'Найхоро'],
    ['Shumushu-tō', 'Сюмусю-то'], ['Kashiwabara', 'Касивабара'], ['Uruppu', 'Уруппу'],
    ['Chinnai', 'Тиннай'], ['Kumazasa-tōge', 'Кумадзаса-тогэ'],
  ])('%s → %s', (hepburn, cyrillic) => {
    expect(polivanov(hepburn)).toBe(cyrillic);
  });

  it('writes え as э after consonants, ん as м before labials and нъ before vowels', () => {
    expect(polivanov('Nemuro')).toBe('Нэмуро');
    expect(polivanov('Shinbashi')).toBe('Симбаси');
    expect(polivanov("Shin'ichi")).toBe('Синъити');
    expect(polivanov('Gunma')).toBe('Гумма');
  });

  it('keeps the glides of sh, ch, j and y (ся, тё, дзю, кё) and the doubled consonants', () => {
    expect(polivanov('Shakotan')).toBe('Сякотан');
    expect(polivanov('Chōshi')).toBe('Тёси');
    expect(polivanov('Jōmon')).toBe('Дзёмон');
    expect(polivanov('Jūjō')).toBe('Дзюдзё');
    expect(polivanov('Kyōto')).toBe('Кёто');
    expect(polivanov('Hokkaidō')).toBe('Хоккайдо');
    expect(polivanov('matcha')).toBe('маття');
  });

  it('keeps a long ī as ии and refuses what is not Hepburn', () => {
    expect(polivanov('Niigata')).toBe('Ниигата');
    expect(() => polivanov('Hokui 50-do-sen')).toThrow(/not Hepburn/);
    expect(() => polivanov('Kharamitog')).toThrow(/not Hepburn/);
  });
});
