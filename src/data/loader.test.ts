import { describe, expect, test } from 'vitest';
import { loadEventTexts, loadResultFromParse, parseBorder } from './loader.ts';
import type { EventCollection } from './schema.ts';

describe('loadResultFromParse', () => {
  test('passes data through', () => {
    expect(loadResultFromParse('sources.json', { ok: true, value: [] })).toEqual({ ok: true, data: [] });
  });
  test('names the file and shows at most three issues', () => {
    const issues = [1, 2, 3, 4, 5].map((i) => ({ file: 'geo/events.geojson', feature: `e${i}`, message: 'is wrong' }));
    const result = loadResultFromParse('events.geojson', { ok: false, issues });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.startsWith('geo/events.geojson: feature "e1"')).toBe(true);
    expect(result.message).toContain('(+2 more)');
    expect(result.message).not.toContain('"e4"');
  });
});

describe('parseBorder', () => {
  test('accepts a FeatureCollection', () => {
    expect(parseBorder('{"type":"FeatureCollection","features":[]}').ok).toBe(true);
  });
  test.each(['', '{', '[]', '{"type":"Feature"}'])('rejects %j', (text) => {
    expect(parseBorder(text).ok).toBe(false);
  });
});

describe('loadEventTexts', () => {
  const events = (texts?: { ja?: string; ru?: string }): EventCollection => ({
    type: 'FeatureCollection',
    ...(texts ? { texts } : {}),
    features: [{
      type: 'Feature', geometry: null,
      properties: {
        id: 'e1', kind: 'battle', start_date: '1945-08-20T00:00+09:00', date_precision: 'day', places: [], figures: {}, sources: ['s'],
        title: { en: 'T', ja: 'T-ja', ru: 'T-ru' }, text: { en: 'Body' }, accounts: [{ claim: { en: 'Claim' }, sources: ['s'], assessment: 'accepted' }],
      },
    }],
  });
  const refuse = (() => { throw new Error('no fetch expected'); }) as unknown as typeof fetch;

  test('the full file (dev server, no texts member) and English need no fetch', async () => {
    await expect(loadEventTexts(events(), 'ja', refuse)).resolves.toEqual({ ok: true, data: true });
    await expect(loadEventTexts(events({ ja: 'events-x.ja.json' }), 'en', refuse)).resolves.toEqual({ ok: true, data: true });
  });

  test('fetches the language\'s file once and merges it in place', async () => {
    const urls: string[] = [];
    const fetcher = (async (url: string) => {
      urls.push(url);
      return new Response(JSON.stringify({ e1: { text: 'Body-ru', claims: ['Claim-ru'] } }));
    }) as unknown as typeof fetch;
    const collection = events({ ru: 'events-x.ru.json' });
    await expect(loadEventTexts(collection, 'ru', fetcher)).resolves.toEqual({ ok: true, data: true });
    await loadEventTexts(collection, 'ru', fetcher);
    expect(urls).toHaveLength(1);
    expect(urls[0]).toMatch(/events-x\.ru\.json$/);
    const p = collection.features[0]!.properties;
    expect(p.text).toEqual({ en: 'Body', ru: 'Body-ru' });
    expect(p.accounts?.[0]?.claim).toEqual({ en: 'Claim', ru: 'Claim-ru' });
  });

  test('a failed fetch is named and leaves English', async () => {
    const fetcher = (async () => new Response('', { status: 404 })) as unknown as typeof fetch;
    const collection = events({ ja: 'events-x.ja.json' });
    await expect(loadEventTexts(collection, 'ja', fetcher)).resolves.toEqual({ ok: false, file: 'events.ja.json', message: 'geo/events.ja.json could not be loaded (HTTP 404)' });
    expect(collection.features[0]!.properties.text).toEqual({ en: 'Body' });
  });
});
