import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MATCH_RANK, buildSearchIndex, eventEntry, matchRank, placeEntry, searchIndex, searchKey, type SearchableNames } from './search.ts';

const geo = (file: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../geo', file), 'utf8'));
const places: { properties: SearchableNames & { id: string } }[] = geo('places.geojson').features;
const events: { properties: { id: string; title: { en: string; ja?: string; ru?: string } } }[] = geo('events.geojson').features;
const index = buildSearchIndex([
  ...places.map((f) => placeEntry(f.properties.id, f.properties)),
  ...events.map((f) => eventEntry(f.properties.id, f.properties.title)),
]);

describe('the seven spellings find their place first (geo/places.geojson)', () => {
  test.each([
    ['Maoka', 'maoka'], ['真岡', 'maoka'], ['Холмск', 'maoka'], ['Kholmsk', 'maoka'],
    ['Ōtomari', 'otomari'], ['Otomari', 'otomari'], ['Korsakov', 'otomari'],
    // case, diacritics and long-vowel variants of the same names
    ['kholmsk', 'maoka'], ['OTOMARI', 'otomari'], ['Ohtomari', 'otomari'], ['Ootomari', 'otomari'], ['Outomari', 'otomari'],
    ['корсаков', 'otomari'], ['Шахтерск', 'toro'], ['Шахтёрск', 'toro'], ['Tōro', 'toro'], ['Toro', 'toro'],
    ['yuzhno sakhalinsk', 'toyohara'], ['Южно-Сахалинск', 'toyohara'], ['豊原', 'toyohara'], ['Nevelsk', 'honto'],
    // the name English and Korean sources give the 1945 killings there; a station no town stands for
    ['Kamishisuka', 'kami_shikuka'], ['Леонидово', 'kami_shikuka'], ['Kita-Maoka', 'station_kita_maoka'],
  ])('%s → %s, exact', (query, id) => {
    const [first] = searchIndex(index, query);
    expect(first?.entry).toMatchObject({ kind: 'place', id });
    expect(first?.rank).toBe(MATCH_RANK.exact);
  });
});

describe('a Russian reader finds the 1945 name, a Japanese reader the modern one (issue 16)', () => {
  test.each([
    ['Тоёхара', 'toyohara'], ['Тоехара', 'toyohara'], ['Маока', 'maoka'], ['Отомари', 'otomari'], ['Сикука', 'shikuka'],
    ['Эсутору', 'esutoru'], ['Амбэцу', 'anbetsu'], ['Амбецу', 'anbetsu'],
    ['ホルムスク', 'maoka'], ['ユジノサハリンスク', 'toyohara'], ['コルサコフ', 'otomari'], ['ウグレゴルスク', 'esutoru'],
  ])('%s → %s, exact', (query, id) => {
    const [first] = searchIndex(index, query);
    expect(first?.entry).toMatchObject({ kind: 'place', id });
    expect(first?.rank).toBe(MATCH_RANK.exact);
  });
  test('a katakana query keeps its voicing marks: ホルムスク is not found by ボルムスク', () => {
    expect(searchIndex(index, 'ボルムスク')).toEqual([]);
  });
});

describe('ranking', () => {
  test('exact before prefix before substring', () => {
    const small = buildSearchIndex([
      placeEntry('sub', { 'name:ja-Latn': 'Kotomari' }),
      placeEntry('pre', { 'name:ja-Latn': 'Tomarioru' }),
      placeEntry('exact', { 'name:ru-Latn': 'Tomari' }),
    ]);
    expect(searchIndex(small, 'tomari').map((h) => [h.entry.id, h.rank])).toEqual([['exact', 0], ['pre', 1], ['sub', 2]]);
  });
  test('places before events at the same rank; events are found by their titles in any language', () => {
    const hits = searchIndex(index, 'Maoka');
    expect(hits[0]?.entry.id).toBe('maoka');
    // Within each rank every place comes before every event (Kita-Maoka, a substring, follows the prefix "Maoka landing").
    const byRank = [0, 1, 2].map((rank) => hits.filter((h) => h.rank === rank).map((h) => h.entry.kind));
    expect(hits.some((h) => h.entry.kind === 'event')).toBe(true);
    for (const kinds of byRank) expect(kinds.indexOf('event') === -1 || kinds.indexOf('event') > kinds.lastIndexOf('place')).toBe(true);
    const ships = searchIndex(index, '三船殉難');
    expect(ships.length).toBeGreaterThanOrEqual(3);
    expect(ships.every((h) => h.entry.kind === 'event' && h.entry.id.startsWith('three-ships'))).toBe(true);
  });
  test('a variant in alt_name finds its place and reports the name that matched', () => {
    const [hit] = searchIndex(index, 'Shiritori');
    expect(hit).toMatchObject({ entry: { id: 'shiritoru' }, matched: 'Shiritori', rank: MATCH_RANK.exact });
  });
  test('each entry once, limit respected, blank and unknown queries find nothing', () => {
    const hits = searchIndex(index, 'o', 5);
    expect(hits).toHaveLength(5);
    expect(new Set(hits.map((h) => h.entry.id)).size).toBe(5);
    expect(searchIndex(index, '  ')).toEqual([]);
    expect(searchIndex(index, 'Vladivostok')).toEqual([]);
  });
});

describe('searchKey', () => {
  test.each([
    ['Ōtomari', 'otomari'], ['Ohtomari', 'otomari'], ['Tōkyō-wan', 'tokyowan'], ['Toukyou', 'tokyo'],
    ['Shūsenshi', 'shusenshi'], ['Шахтёрск', 'шахтерск'], ["Nevel'sk", 'nevelsk'], ['Ｍａｏｋａ', 'maoka'],
    ['Kholmsk', 'kholmsk'], ['Okhotsk', 'okhotsk'], ['Poronai', 'poronai'],
  ])('%s → %s', (input, key) => {
    expect(searchKey(input)).toBe(key);
  });
  test('kana voicing marks are kept (ガ is not カ)', () => {
    expect(searchKey('ガ')).not.toBe(searchKey('カ'));
  });
  test('matchRank', () => {
    expect(matchRank('maoka', 'maoka')).toBe(0);
    expect(matchRank('maoka', 'mao')).toBe(1);
    expect(matchRank('maoka', 'oka')).toBe(2);
    expect(matchRank('maoka', 'x')).toBeNull();
  });
});
