import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { eventDetailsSchema, mergeEventDetails, splitEventDetails, type RawEventDetails } from './event_details.ts';
import { mergeEventTexts, parseServedEvents, SPLIT_LANGUAGES, eventTextsSchema, splitEventTexts } from './event_texts.ts';
import { formatIssue } from './issues.ts';
import { parseDataFile } from './parse.ts';

const geoEvents = () => readFileSync(new URL('../../geo/events.geojson', import.meta.url), 'utf8');
const names = { en: 'e.en.json', ja: 'e.ja.json', ru: 'e.ru.json' };

/** The build's split: texts by language, then the details. */
function served() {
  const split = splitEventTexts(JSON.parse(geoEvents()), names);
  const events = split.events as { features: RawEventDetails[]; details?: string };
  const details = splitEventDetails(events, 'e.details.json');
  return { events, texts: split.texts, details };
}

describe('splitEventDetails', () => {
  test('the served events carry no sources, notes or confidence; the file is named', () => {
    const { events } = served();
    expect(events.details).toBe('e.details.json');
    for (const { properties: p } of events.features) {
      expect(p).not.toHaveProperty('sources');
      expect(p).not.toHaveProperty('time_note');
      expect(p).not.toHaveProperty('confidence');
      for (const a of p!.accounts ?? []) expect(a).not.toHaveProperty('sources');
      for (const f of Object.values(p!.figures ?? {})) expect(f).not.toHaveProperty('note');
    }
  });

  test('parsed (lists empty) and merged back with the texts, the served events are the source file', () => {
    const { events, texts, details } = served();
    const parsed = parseServedEvents(JSON.stringify(events));
    if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join('\n'));
    for (const { properties: p } of parsed.value.features) expect(p.sources).toEqual([]);
    mergeEventDetails(parsed.value, eventDetailsSchema.parse(JSON.parse(JSON.stringify(details))));
    for (const lang of SPLIT_LANGUAGES) mergeEventTexts(parsed.value, lang, eventTextsSchema.parse(JSON.parse(JSON.stringify(texts[lang]))));
    delete parsed.value.texts;
    delete parsed.value.details;
    const source = parseDataFile('events.geojson', geoEvents());
    expect(source.ok && source.value).toEqual(parsed.value);
  });
});
