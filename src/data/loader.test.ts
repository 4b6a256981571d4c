import { describe, expect, test } from 'vitest';
import { loadResultFromParse, parseBorder } from './loader.ts';

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
