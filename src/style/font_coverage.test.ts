/**
 * The committed subset font must cover every character of the data and the UI:
 * data edited without `npm run fonts` would draw boxes on machines without CJK fonts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import manifest from '../map/font_manifest.json';
import { LANG_NAMES, LANGS, PUNCT, STRINGS } from '../ui/strings.ts';
import { displayFromTime, numberText } from '../core/format.ts';

const root = join(import.meta.dirname, '../..');

function covered(): Set<number> {
  const set = new Set<number>();
  for (const { unicodeRange } of manifest) {
    for (const r of unicodeRange) {
      const [a = 0, b = a] = r.replace('U+', '').split('-').map((h) => parseInt(h, 16));
      for (let c = a; c <= b; c++) set.add(c);
    }
  }
  return set;
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

describe('subset font', () => {
  const font = covered();
  const missing = (text: string) => [...new Set([...text].filter((ch) => (ch.codePointAt(0) as number) >= 0x20 && !font.has(ch.codePointAt(0) as number)))];
  test('covers every interface string', () => {
    expect(missing(strings([STRINGS, LANG_NAMES, PUNCT]).join(''))).toEqual([]);
  });
  test('covers the dates and numbers of every language', () => {
    const text = LANGS.flatMap((lang) => [numberText(1234567, lang), ...Array.from({ length: 12 }, (_, m) =>
      ['minute', 'day', 'month'].map((p) => displayFromTime(Date.UTC(1945, m, 15), p, lang)).join(' '))]);
    expect(missing(text.join(''))).toEqual([]);
  });
  test('covers every string in geo/ (run `npm run fonts` after editing data)', () => {
    const geo = join(root, 'geo');
    const text = readdirSync(geo).filter((f) => /\.(geo)?json$/.test(f))
      .flatMap((f) => strings(JSON.parse(readFileSync(join(geo, f), 'utf8')))).join('');
    expect(missing(text)).toEqual([]);
  });
});
