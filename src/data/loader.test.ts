import { describe, expect, test } from 'vitest';
import { lazyRouteTexts, loadEventTexts, loadResultFromParse, parseBorder } from './loader.ts';
import type { EventCollection, RouteCollection } from './schema.ts';

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
  const events = (texts?: { en?: string; ja?: string; ru?: string }): EventCollection => ({
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

  test('the full file (dev server, no texts member) needs no fetch', async () => {
    await expect(loadEventTexts(events(), 'ja', refuse)).resolves.toEqual({ ok: true, data: true });
    await expect(loadEventTexts(events(), 'en', refuse)).resolves.toEqual({ ok: true, data: true });
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

  test('English is a file of its own too', async () => {
    const fetcher = (async () => new Response(JSON.stringify({ e1: { text: 'Body-en', claims: ['Claim-en'] } }))) as unknown as typeof fetch;
    const collection = events({ en: 'events-x.en.json' });
    const p = collection.features[0]!.properties;
    p.text = {} as typeof p.text;
    p.accounts![0]!.claim = {} as typeof p.text;
    await expect(loadEventTexts(collection, 'en', fetcher)).resolves.toEqual({ ok: true, data: true });
    expect(p.text).toEqual({ en: 'Body-en' });
    expect(p.accounts?.[0]?.claim).toEqual({ en: 'Claim-en' });
  });

  test('a failed fetch is named and leaves English', async () => {
    const fetcher = (async () => new Response('', { status: 404 })) as unknown as typeof fetch;
    const collection = events({ ja: 'events-x.ja.json' });
    await expect(loadEventTexts(collection, 'ja', fetcher)).resolves.toEqual({ ok: false, file: 'events.ja.json', message: 'geo/events.ja.json could not be loaded (HTTP 404)' });
    expect(collection.features[0]!.properties.text).toEqual({ en: 'Body' });
  });
});

describe('lazyRouteTexts', () => {
  const routes = (texts?: string): RouteCollection => ({
    type: 'FeatureCollection',
    ...(texts ? { texts } : {}),
    features: [{
      type: 'Feature', geometry: { type: 'LineString', coordinates: [[142, 46], [142.1, 46]] },
      properties: {
        id: 'r1', kind: 'landing', side: 'soviet', mode: 'sea', title: {} as RouteCollection['features'][number]['properties']['title'],
        start_date: '1945-08-20T00:00+09:00', end_date: '1945-08-20T06:00+09:00', from: 'a', to: 'b', units: [], ships: [], people: null, sources: ['s'],
      },
    }],
  });

  test('fetches nothing before start(), then merges the titles and notes', async () => {
    const urls: string[] = [];
    const fetcher = (async (url: string) => {
      urls.push(url);
      return new Response(JSON.stringify({ r1: { title: { en: 'Landing', ja: '上陸', ru: 'Высадка' }, note: { en: 'A note.', ja: '注記。', ru: 'Заметка.' } } }));
    }) as unknown as typeof fetch;
    const collection = routes('routes-x.texts.json');
    const lazy = lazyRouteTexts({ ok: true, data: collection }, fetcher);
    await Promise.resolve();
    expect(urls).toEqual([]);
    lazy.start();
    await expect(lazy.result).resolves.toEqual({ ok: true, data: true });
    expect(urls).toHaveLength(1);
    expect(urls[0]).toMatch(/routes-x\.texts\.json$/);
    expect(collection.features[0]!.properties.title).toEqual({ en: 'Landing', ja: '上陸', ru: 'Высадка' });
    expect(collection.features[0]!.properties.note).toEqual({ en: 'A note.', ja: '注記。', ru: 'Заметка.' });
  });

  test('the full file (no texts member) needs no fetch', async () => {
    const refuse = (() => { throw new Error('no fetch expected'); }) as unknown as typeof fetch;
    const lazy = lazyRouteTexts({ ok: true, data: routes() }, refuse);
    lazy.start();
    await expect(lazy.result).resolves.toEqual({ ok: true, data: true });
  });
});
