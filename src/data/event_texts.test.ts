import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatIssue } from './issues.ts';
import { SPLIT_LANGUAGES, eventTextsSchema, mergeEventTexts, missingEventTranslations, parseServedEvents, splitEventTexts } from './event_texts.ts';
import { parseDataFile } from './parse.ts';
import type { EventCollection } from './schema.ts';

const geoEvents = () => readFileSync(new URL('../../geo/events.geojson', import.meta.url), 'utf8');
const names = { en: 'events-x.en.json', ja: 'events-x.ja.json', ru: 'events-x.ru.json' };

function parsedEvents(value: unknown): EventCollection {
  const result = parseDataFile('events.geojson', JSON.stringify(value));
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.value;
}

describe('splitEventTexts', () => {
  test('serves every title, no long text, and the files of the languages', () => {
    const { events } = splitEventTexts(JSON.parse(geoEvents()), names);
    const raw = events as { texts: unknown; features: { properties: Record<string, unknown> & { accounts?: object[] } }[] };
    expect(raw.texts).toEqual(names);
    for (const { properties: p } of raw.features) {
      expect(p.text).toBeUndefined();
      expect(Object.keys(p.title as object).sort()).toEqual(['en', 'ja', 'ru']);
      for (const a of p.accounts ?? []) expect(a).not.toHaveProperty('claim');
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
    const served = parseServedEvents(JSON.stringify(events));
    if (!served.ok) throw new Error(served.issues.map(formatIssue).join('\n'));
    const merged = served.value;
    for (const lang of SPLIT_LANGUAGES) mergeEventTexts(merged, lang, eventTextsSchema.parse(JSON.parse(JSON.stringify(texts[lang]))));
    delete merged.texts;
    expect(merged).toEqual(parsedEvents(source));
  });
});

describe('parseServedEvents', () => {
  test('a served event starts with empty long texts; the full file parses as it is', () => {
    const { events } = splitEventTexts(JSON.parse(geoEvents()), names);
    const served = parseServedEvents(JSON.stringify(events));
    expect(served.ok).toBe(true);
    if (!served.ok) return;
    for (const { properties: p } of served.value.features) {
      expect(p.text).toEqual({});
      for (const a of p.accounts ?? []) expect(a.claim).toEqual({});
    }
    const full = parseServedEvents(geoEvents());
    expect(full.ok && full.value).toEqual(parsedEvents(JSON.parse(geoEvents())));
  });

  test('still names schema problems', () => {
    const { events } = splitEventTexts(JSON.parse(geoEvents()), names);
    (events as { features: { properties: { kind: string } }[] }).features[0]!.properties.kind = 'castle';
    const result = parseServedEvents(JSON.stringify(events));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatIssue(result.issues[0]!)).toContain('kind must be one of');
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
