/**
 * Issue #16: the en, ja and ru versions of every text in geo/ carry the same
 * numbers and dates (src/data/text_numbers.ts says how each language's way of
 * writing them is read). A difference fails here unless it is listed below
 * with the reason the languages truly differ.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { numberDifference } from '../src/data/text_numbers.ts';

const FILES = ['events', 'routes', 'places', 'names', 'railways', 'fronts'] as const;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const read = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../geo', `${name}.geojson`), 'utf8')) as { features: { properties: Record<string, Json> }[] };

/**
 * True differences, by `file feature field lang`, with the difference they are allowed
 * (any other difference in the same text still fails) and why.
 */
const EXCEPTIONS: Record<string, { diff: string; why: string }> = {
  'events soviet-declaration-of-war text ja': { diff: 'en only: 1945; ja only: —', why: 'ja says 同年 (the same year) for the repeated 1945' },
  'events yuzhno-sakhalin-oblast text ja': { diff: 'en only: 1946, 1947; ja only: —', why: 'ja says 同年 for the repeated 1946 and 1947' },
  'places rubetsu note ja': { diff: 'en only: 1945; ja only: —', why: 'ja says 同年10月 for Oct 1945' },
  'events maoka-telephone-operators text ja': { diff: 'en only: 9; ja only: —', why: 'the monument\'s name, 九人の乙女の碑, writes nine in kanji' },
  'events three-ships-ogasawara-maru title ja': { diff: 'en only: 3; ja only: —', why: 'the incident\'s Japanese name, 三船殉難事件, writes three in kanji' },
  'events three-ships-shinko-maru title ja': { diff: 'en only: 3; ja only: —', why: 'as above (三船殉難事件)' },
  'events three-ships-taito-maru title ja': { diff: 'en only: 3; ja only: —', why: 'as above (三船殉難事件)' },
  'events three-ships-incident title ja': { diff: 'en only: 3; ja only: —', why: 'as above (三船殉難事件)' },
  'events etorofu-landing text ja': { diff: 'en only: —; ja only: 2', why: '"the second company" is 2個目の中隊 (an ordinal in digits)' },
  'events shikotan-landing accounts.2.claim ja': { diff: 'en only: 4; ja only: —', why: '"the four southern islands" is the name 北方四島' },
  'events shikotan-landing confidence ja': { diff: 'en only: 4; ja only: —', why: 'as above (北方四島)' },
  'events l19-lost text ru': { diff: 'en only: —; ru only: 19', why: 'ru names the submarine (Л-19) twice where en says "it"' },
  'events sakhalin-koreans-left-behind confidence ja': { diff: 'en only: 2; ja only: —', why: '"the two figures" is 二つの数字 (kanji)' },
  'routes landing-shikotan ships.2 ja': { diff: 'en only: —; ja only: 3', why: '"third ship" is 3隻目 (an ordinal in digits)' },
  'routes kuril-shikotan-maoka-1947 note ru': { diff: 'en only: 2; ru only: —', why: '"two-year-old" is one word, двухлетний' },
  'places koton_fd note ja': { diff: 'en only: 2; ja only: —', why: '"joins the two" is 両者を併せた (both)' },
  'places koton_fd note ru': { diff: 'en only: 2; ru only: —', why: '"joins the two" is объединяет обе (both)' },
  'places takeda_beach note ja': { diff: 'en only: 2; ja only: —', why: '"the two capes" is 両岬 (both capes)' },
};

/** Every difference in the texts of geo/, as `file feature field lang: difference`. */
function differences(files: Record<string, { features: { properties: Record<string, Json> }[] }>): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (value: Json, field: string, where: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${field}.${i}`, where));
    else if (value && typeof value === 'object') {
      if (typeof value.en === 'string') {
        for (const lang of ['ja', 'ru'] as const) {
          const other = value[lang];
          const diff = typeof other === 'string' ? numberDifference(value.en, other, lang) : null;
          if (diff) found.set(`${where} ${field} ${lang}`, diff);
        }
      } else for (const [k, v] of Object.entries(value)) walk(v, field ? `${field}.${k}` : k, where);
    }
  };
  for (const [name, data] of Object.entries(files)) for (const { properties: p } of data.features) walk(p, '', `${name} ${String(p.id)}`);
  return found;
}

const unexplained = (found: Map<string, string>) =>
  [...found].filter(([key, diff]) => EXCEPTIONS[key]?.diff !== diff).map(([key, diff]) => `${key}: ${diff}`);

describe('the three versions of each text carry the same numbers and dates', () => {
  const files = Object.fromEntries(FILES.map((name) => [name, read(name)]));

  test('in every text of geo/ (events, routes, places, names, railways, fronts)', () => {
    const found = differences(files);
    expect(found.size).toBeGreaterThan(0); // the exceptions below are real: the check reads the texts
    expect(unexplained(found)).toEqual([]);
  });

  test('every exception is still needed (a fixed text leaves the list)', () => {
    const found = differences(files);
    expect(Object.keys(EXCEPTIONS).filter((key) => found.get(key) !== EXCEPTIONS[key]!.diff)).toEqual([]);
  });

  test('a planted difference in a Russian popup text fails, named by file, feature and field', () => {
    const events = structuredClone(files.events!);
    const toro = events.features.find((f) => f.properties.id === 'toro-landing')!.properties;
    const text = toro.text as { en: string; ru: string };
    text.ru = text.ru.replace('365-й', '366-й');
    expect(unexplained(differences({ events }))).toEqual(['events toro-landing text ru: en only: 365; ru only: 366']);
  });
});
