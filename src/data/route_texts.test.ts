import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatIssue } from './issues.ts';
import { parseDataFile } from './parse.ts';
import { mergeRouteTexts, parseServedRoutes, routeTextsSchema, splitRouteTexts } from './route_texts.ts';

const geoRoutes = () => readFileSync(new URL('../../geo/routes.geojson', import.meta.url), 'utf8');

describe('splitRouteTexts', () => {
  test('serves the routes without titles, notes, units, ships and people notes, and names the file', () => {
    const { routes, texts } = splitRouteTexts(JSON.parse(geoRoutes()), 'routes-x.texts.json');
    const raw = routes as { texts: string; features: { properties: Record<string, unknown> & { id: string } }[] };
    expect(raw.texts).toBe('routes-x.texts.json');
    for (const { properties: p } of raw.features) {
      expect(p).not.toHaveProperty('title');
      expect(p).not.toHaveProperty('note');
      expect(p).not.toHaveProperty('units');
      expect(p).not.toHaveProperty('ships');
      expect(p.people ?? {}).not.toHaveProperty('note');
      expect(Object.keys(texts[p.id]!.title).sort()).toEqual(['en', 'ja', 'ru']);
    }
  });

  test('leaves its input as it was', () => {
    const source = JSON.parse(geoRoutes());
    const copy = structuredClone(source);
    splitRouteTexts(source, 'routes-x.texts.json');
    expect(source).toEqual(copy);
  });

  test('parsed and merged back, the served routes are the source file', () => {
    const { routes, texts } = splitRouteTexts(JSON.parse(geoRoutes()), 'routes-x.texts.json');
    const served = parseServedRoutes(JSON.stringify(routes));
    if (!served.ok) throw new Error(served.issues.map(formatIssue).join('\n'));
    for (const { properties: p } of served.value.features) expect(p.title).toEqual({});
    mergeRouteTexts(served.value, routeTextsSchema.parse(JSON.parse(JSON.stringify(texts))));
    delete served.value.texts;
    const source = parseDataFile('routes.geojson', geoRoutes());
    expect(source.ok && source.value).toEqual(served.value);
  });
});

describe('parseServedRoutes', () => {
  test('the full file parses as it is', () => {
    const full = parseServedRoutes(geoRoutes());
    const source = parseDataFile('routes.geojson', geoRoutes());
    expect(full.ok && full.value).toEqual(source.ok && source.value);
  });

  test('still names schema problems', () => {
    const { routes } = splitRouteTexts(JSON.parse(geoRoutes()), 'routes-x.texts.json');
    (routes as { features: { properties: { kind: string } }[] }).features[0]!.properties.kind = 'flight';
    const result = parseServedRoutes(JSON.stringify(routes));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatIssue(result.issues[0]!)).toContain('kind must be one of');
  });
});
