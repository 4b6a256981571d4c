import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatIssue } from './issues.ts';
import { eventTextsSchema, mergeEventTexts, missingEventTranslations, splitEventTexts } from './event_texts.ts';
import { parseDataFile } from './parse.ts';
import type { EventCollection } from './schema.ts';

const geoEvents = () => readFileSync(new URL('../../geo/events.geojson', import.meta.url), 'utf8');
const names = { ja: 'events-x.ja.json', ru: 'events-x.ru.json' };

function parsedEvents(value: unknown): EventCollection {
  const result = parseDataFile('events.geojson', JSON.stringify(value));
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.value;
}

describe('splitEventTexts', () => {
  test('serves English long texts, every title and the files of the other languages', () => {
    const { events } = splitEventTexts(JSON.parse(geoEvents()), names);
    const parsed = parsedEvents(events);
    expect(parsed.texts).toEqual(names);
    for (const { properties: p } of parsed.features) {
      expect(Object.keys(p.text)).toEqual(['en']);
      expect(Object.keys(p.title).sort()).toEqual(['en', 'ja', 'ru']);
      for (const a of p.accounts ?? []) expect(Object.keys(a.claim)).toEqual(['en']);
    }
  });

  test('leaves its input as it was', () => {
    const source = JSON.parse(geoEvents());
    const copy = structuredClone(source);
    splitEventTexts(source, names);
    expect(source).toEqual(copy);
  });

  test('merging every language back gives the source file', () => {
    const source = JSON.parse(geoEvents());
    const { events, texts } = splitEventTexts(source, names);
    const merged = parsedEvents(events);
    for (const lang of ['ja', 'ru'] as const) mergeEventTexts(merged, lang, eventTextsSchema.parse(JSON.parse(JSON.stringify(texts[lang]))));
    delete merged.texts;
    expect(merged).toEqual(parsedEvents(source));
  });
});

describe('missingEventTranslations', () => {
  test('the repository data has every text in en, ja and ru', () => {
    expect(missingEventTranslations(parsedEvents(JSON.parse(geoEvents())), 'geo/events.geojson')).toEqual([]);
  });

  test('names each missing text', () => {
    const source = JSON.parse(geoEvents());
    const p = source.features[0].properties;
    delete p.text.ru;
    const issues = missingEventTranslations(parsedEvents(source), 'geo/events.geojson').map(formatIssue);
    expect(issues).toEqual([`geo/events.geojson: feature "${p.id}": text.ru is missing (every event text needs en, ja and ru)`]);
  });
});
