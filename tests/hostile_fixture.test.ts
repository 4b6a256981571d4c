/**
 * tests/fixtures/hostile/ must stay what the browser test relies on: valid
 * per schema everywhere except the `javascript:` source URL.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatIssue } from '../src/data/issues.ts';
import { parseDataFile } from '../src/data/parse.ts';
import type { DataFileName } from '../src/data/schema.ts';

const read = (name: string) => readFileSync(new URL(`fixtures/hostile/${name}`, import.meta.url), 'utf8');

describe('the hostile fixture', () => {
  test.each(['places.geojson', 'routes.geojson', 'events.geojson'] as const)('%s is valid per schema', (name: DataFileName) => {
    const result = parseDataFile(name, read(name));
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });

  test('sources.json fails only on the javascript: URL', () => {
    const result = parseDataFile('sources.json', read('sources.json'));
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      'geo/sources.json: source "src_js": url must be an http or https URL, got "javascript:alert(1)"',
    ]);
  });

  test('carries markup in the texts it is meant to test', () => {
    for (const name of ['places.geojson', 'routes.geojson', 'events.geojson', 'sources.json']) {
      expect(read(name)).toContain('<img src=x onerror=window.__pwned=1>');
    }
  });
});
