import { describe, expect, test } from 'vitest';
import { numberDifference, numbersIn } from './text_numbers.ts';

describe('numbersIn', () => {
  test.each([
    ['about 67,600 left Ōtomari, 13–23 Aug', 'en', ['13', '23', '67600']],
    ['約6万7600人が8月13日〜23日に大泊を出港', 'ja', ['13', '23', '67600']],
    ['около 67 600 человек покинули Отомари 13–23 авг.', 'ru', ['13', '23', '67600']],
    ['около 67,6 тыс. человек', 'ru', ['67600']],
    ['7万5000人', 'ja', ['75000']],
    ['約1万人', 'ja', ['10000']],
    ['１９４５年８月２０日', 'ja', ['1945', '20']],
    ['landed 04:20 on 18 Aug', 'en', ['18', '4:20']],
    ['18日4時20分に上陸', 'ja', ['18', '4:20']],
    ['about 06:00 JST', 'en', ['6:00']],
    ['6時（日本時間）頃', 'ja', ['6:00']],
    ['ends 2.9 km short', 'en', ['2.9']],
    ['в 2,9 км от неё', 'ru', ['2.9']],
    ['No.2 Shinkō Maru', 'en', ['2']],
    ['第二号新興丸', 'ja', ['2']],
    ['第十二号', 'ja', ['12']],
    ['(1,600 + 600)', 'en', ['1600', '600']],
    ['1708 человек', 'ru', ['1708']],
  ] as const)('%s (%s)', (text, lang, expected) => {
    expect(numbersIn(text, lang)).toEqual([...expected].sort());
  });
});

describe('numberDifference', () => {
  test('the same numbers written three ways are no difference', () => {
    expect(numberDifference('Left Maoka at 05:30 on 24 Aug with 1,600 men.', '8月24日5時30分、1,600人を乗せて真岡を出港。', 'ja')).toBeNull();
    expect(numberDifference('Left Maoka at 05:30 on 24 Aug with 1,600 men.', 'Вышли из Маоки в 05:30 24 авг. с 1600 бойцами.', 'ru')).toBeNull();
  });
  test('a planted difference (a day and a count changed) is named', () => {
    expect(numberDifference('sunk on 22 Aug; 667 dead', '8月21日に撃沈、死者676人', 'ja')).toBe('en only: 22, 667; ja only: 21, 676');
  });
  test('a number left out is named', () => {
    expect(numberDifference('about 1,500 aboard; 638 dead', 'на борту около 1500 человек', 'ru')).toBe('en only: 638; ru only: —');
  });
});

describe('numbersIn: words, hours and Russian points', () => {
  test.each([
    ['Ten attempted suicide, nine died', 'en', ['10', '9']],
    ['Десять пытались покончить с собой, девять погибли', 'ru', ['10', '9']],
    ['two battalions of the 113th', 'en', ['113', '2']],
    ['двух батальонов 113-й бригады; в семье трёх', 'ru', ['113', '2', '3']],
    ['One line for one of the two accounts', 'en', ['2']],
    ['約3万5千人', 'ja', ['35000']],
    ['5千人', 'ja', ['5000']],
    ['в 17.40 24 августа', 'ru', ['17:40', '24']],
    ['left "after 2 pm"', 'en', ['14:00']],
    ['午後2時過ぎ', 'ja', ['14:00']],
    ['約4時間', 'ja', ['4']],
    ['49,985° с. ш.', 'ru', ['49.985']],
  ] as const)('%s (%s)', (text, lang, expected) => {
    expect(numbersIn(text, lang)).toEqual([...expected].sort());
  });
});

describe('numbersIn: ranges, multiples, afternoons', () => {
  test.each([
    ['午前1〜2時頃', 'ja', ['1:00', '2:00']],
    ['1949年6〜10月', 'ja', ['1949']],
    ['threefold', 'en', ['3']],
    ['a quarter of the residents', 'en', ['4']],
    ['троих спасли; вчетверо больше', 'ru', ['3', '4']],
    ['«после 2 часов дня»', 'ru', ['14:00']],
    ['第二次世界大戦、第二千島海峡', 'ja', []],
  ] as const)('%s (%s)', (text, lang, expected) => {
    expect(numbersIn(text, lang)).toEqual([...expected].sort());
  });
});
