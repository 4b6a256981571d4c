/**
 * Subsets Noto Sans JP (from @fontsource/noto-sans-jp, which ships it in
 * unicode-range chunks) to exactly the characters the atlas shows: every
 * string in geo/*.geojson and geo/*.json, every character of the UI strings
 * (src/ui/strings*.ts) and date formats (src/core/format.ts), the story's chapter titles (src/core/story_chapters.ts) and printable ASCII (dates, numbers, figures).
 *
 * Pipeline: each fontsource chunk holding a needed character is subset to
 * those characters (subset-font, as TrueType), the pieces are merged into one
 * font (fonteditor-core; all chunks come from the same font, so metrics agree),
 * and the merge is subset once more to WOFF2. One file instead of one per
 * chunk: the per-file overhead was half the bytes (69 files, 190 kB -> 1 file).
 *
 * Output (committed, reproducible: `npm run fonts`):
 * - public/fonts/atlas.woff2;
 * - src/map/font_manifest.json: file + exact unicode-range, read by the map
 *   style's `font-faces`;
 * - public/fonts/atlas.css: the same face for the page's own text.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Font, type FontEditor, type TTF } from 'fonteditor-core';
import subsetFont from 'subset-font';

const root = join(import.meta.dirname, '..');
const fontsource = join(root, 'node_modules/@fontsource/noto-sans-jp');
const outDir = join(root, 'public/fonts');
const manifestPath = join(root, 'src/map/font_manifest.json');

/** Every string value in a JSON document, recursively. */
function stringsIn(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => stringsIn(v, out));
  return out;
}

function neededCodePoints(): Set<number> {
  const text: string[] = [];
  const geo = join(root, 'geo');
  if (existsSync(geo)) {
    for (const file of readdirSync(geo).sort()) {
      if (!/\.(geo)?json$/.test(file)) continue;
      try {
        stringsIn(JSON.parse(readFileSync(join(geo, file), 'utf8')), text);
      } catch {
        console.warn(`skipping ${file}: not valid JSON`);
      }
    }
  }
  // The UI strings and the month names of the date formats.
  for (const file of ['src/ui/strings.ts', 'src/ui/strings_en.ts', 'src/ui/strings_ja.ts', 'src/ui/strings_ru.ts', 'src/core/format.ts', 'src/core/story_chapters.ts']) text.push(readFileSync(join(root, file), 'utf8'));
  for (let c = 0x20; c < 0x7f; c++) text.push(String.fromCodePoint(c));
  const points = new Set<number>();
  for (const s of text) for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (cp >= 0x20 && cp !== 0x7f) points.add(cp);
  }
  return points;
}

interface Chunk {
  name: string;
  file: string;
  ranges: [number, number][];
}

/** Chunks and their unicode ranges, read from fontsource's 400.css. */
function chunks(): Chunk[] {
  const css = readFileSync(join(fontsource, '400.css'), 'utf8');
  const result: Chunk[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    const name = /noto-sans-jp-(.+)-400-normal/.exec(file)?.[1] ?? file;
    const ranges = range.split(',').map((r): [number, number] => {
      const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(a as string, 16), parseInt((b ?? a) as string, 16)];
    });
    result.push({ name, file, ranges });
  }
  return result;
}

/** Compact CSS unicode-range list from code points. */
function unicodeRange(points: number[]): string[] {
  const sorted = [...points].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
    const a = (sorted[i] as number).toString(16).toUpperCase(), b = (sorted[j] as number).toString(16).toUpperCase();
    out.push(i === j ? `U+${a}` : `U+${a}-${b}`);
    i = j + 1;
  }
  return out;
}

async function main(): Promise<void> {
  const needed = neededCodePoints();
  const assigned = new Map<Chunk, number[]>();
  const missing: number[] = [];
  const all = chunks();
  for (const cp of [...needed].sort((a, b) => a - b)) {
    // fontsource chunks may overlap (latin vs latin-ext); the first listed wins, as in CSS.
    const chunk = all.find((c) => c.ranges.some(([a, b]) => cp >= a && cp <= b));
    if (!chunk) { missing.push(cp); continue; }
    assigned.set(chunk, [...(assigned.get(chunk) ?? []), cp]);
  }
  let merged: FontEditor.Font | null = null;
  const blanks: TTF.Glyph[] = [];
  for (const [chunk, points] of assigned) {
    const source = readFileSync(join(fontsource, 'files', chunk.file));
    const piece = await subsetFont(source, String.fromCodePoint(...points), { targetFormat: 'truetype' });
    const font = Font.create(piece, { type: 'ttf', hinting: true, kerning: true });
    // merge() drops glyphs without contours, i.e. spaces such as U+3000: keep them aside.
    blanks.push(...font.get().glyf.filter((g) => g.unicode?.length && !g.contours?.length));
    if (merged) merged.merge(font, { scale: 1 });
    else merged = font;
  }
  if (!merged) throw new Error('no characters to subset');
  // Every piece keeps its own space and .notdef; a code point may map to one glyph only.
  const seen = new Set<number>();
  const glyphs = merged.get().glyf;
  for (const glyph of glyphs) {
    if (glyph.unicode) glyph.unicode = glyph.unicode.filter((u: number) => !seen.has(u) && (seen.add(u), true));
  }
  for (const blank of blanks) {
    const unicode = blank.unicode.filter((u) => !seen.has(u));
    unicode.forEach((u) => seen.add(u));
    if (unicode.length) glyphs.push({ ...blank, unicode });
  }
  const ttf = Buffer.from(merged.write({ type: 'ttf', hinting: true, kerning: true }) as ArrayBuffer);
  const text = String.fromCodePoint(...[...assigned.values()].flat());
  const woff2 = await subsetFont(ttf, text, { targetFormat: 'woff2' });

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const file = 'atlas.woff2';
  writeFileSync(join(outDir, file), woff2);
  const manifest = [{ file, unicodeRange: unicodeRange([...seen]), bytes: woff2.length }];
  const total = woff2.length;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  const css = manifest.map((m) =>
    `@font-face { font-family: 'Atlas Noto Sans JP'; font-weight: 400; font-display: swap; ` +
    `src: url(./${m.file}) format('woff2'); unicode-range: ${m.unicodeRange.join(', ')}; }`).join('\n');
  writeFileSync(join(outDir, 'atlas.css'), css + '\n');
  console.log(`${needed.size} characters, ${manifest.length} files, ${total} bytes`);
  if (missing.length) console.warn(`not in Noto Sans JP: ${missing.map((c) => String.fromCodePoint(c)).join(' ')}`);
}

await main();
