/**
 * Bytes a visitor downloads, raw and gzip, by owner: MapLibre, the app's own
 * code, fonts and data.
 *
 * Two measures (bench/results.json `payload`):
 * - **page load** (`appGzipBytes`, `dataGzipBytes`, `fontGzipBytes`,
 *   `maplibreGzipBytes`, and the target's `appPlusDataGzipBytes`): the files a
 *   browser with an empty cache requests from the page's origin for one cold load
 *   of the page in one interface language (`#lang=en|ja|ru`), from navigation
 *   until `window.atlas.ready` resolves: HTML, JS (workers included), CSS, data,
 *   fonts. Each file counts once, as gzip -9 of its body (the built file).
 *   The figures are those of the language with the largest app + data;
 *   `pageLoad.byLanguage` has each.
 * - **all files** (`allFiles*GzipBytes`): every file of the build the same way
 *   (source maps excepted), including chunks and data loaded only on a
 *   reader's action (the own-data worker, another language's texts).
 *
 * In both, the JS chunk that holds MapLibre and the app together is split by the source map (each generated character
 * belongs to the original file of the mapping before it) and each part is
 * gzipped on its own. CSS rules are split by class (`.maplibregl-*`). JS
 * chunks no page names (imported by code) are also reported as `lazyJs`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AtlasSession } from '../tests/browser/harness.ts';
import { originalAt, ownerFromSource, readChunkMap, type ChunkMap } from './trace_attribution.ts';

/** Raw and gzip bytes. */
interface Bytes {
  raw: number;
  gzip: number;
}

/** The payload, by part. */
export interface Payload {
  maplibre: Bytes & { js: Bytes; css: Bytes };
  /** The app's code: src/ and the packages bundled with it (zod...), its CSS and index.html. */
  app: Bytes & { js: Bytes; srcJs: Bytes; depsJs: Bytes; css: Bytes; html: Bytes; lazyJs: Bytes };
  fonts: Bytes & { files: number };
  /** geo/ files as built; `basemap` is the land and border part of it. */
  data: Bytes & { basemap: Bytes };
  /** The whole JS chunk gzipped in one piece (the parts above are gzipped separately). */
  appChunkGzip: number;
  /** Raw bytes of the JS chunk by package (`src`, `zod`, `maplibre-gl`...). */
  chunkBytesByPackage: Record<string, number>;
}

/** Gzip level used for every figure (what a server with precompressed assets sends). */
const GZIP_LEVEL = 9;

const bytesOf = (text: string | Buffer): Bytes => {
  const buffer = typeof text === 'string' ? Buffer.from(text) : text;
  return { raw: buffer.length, gzip: buffer.length ? gzipSync(buffer, { level: GZIP_LEVEL }).length : 0 };
};
const add = (...parts: Bytes[]): Bytes => ({ raw: parts.reduce((s, p) => s + p.raw, 0), gzip: parts.reduce((s, p) => s + p.gzip, 0) });

/**
 * Split a bundled chunk's text by the owner of each character.
 * @param code - the chunk
 * @param map - its source map
 * @returns the text of each part
 */
function splitChunk(code: string, map: ChunkMap): { maplibre: string; src: string; deps: string; byPackage: Record<string, number> } {
  const parts = { maplibre: [] as string[], src: [] as string[], deps: [] as string[] };
  const byPackage: Record<string, number> = {};
  // Text before a line's first mapping (the rest of a multi-line template
  // literal, e.g. MapLibre's shaders) belongs to the file of the mapping before it.
  let carried = { key: 'deps' as keyof typeof parts, pkg: '(unmapped)' };
  code.split('\n').forEach((line, l) => {
    let runStart = 0, runOwner: keyof typeof parts = carried.key;
    const flush = (end: number) => { if (end > runStart) parts[runOwner].push(line.slice(runStart, end)); };
    for (let c = 0; c < line.length; c++) {
      const original = originalAt(map, l, c);
      if (original) {
        const owner = ownerFromSource(original.file);
        const key = owner === 'maplibre' ? 'maplibre' : owner === 'app' ? 'src' : 'deps';
        carried = { key, pkg: original.file.match(/^node_modules\/((@[^/]+\/)?[^/]+)/)?.[1] ?? original.file.split('/')[0]! };
      }
      byPackage[carried.pkg] = (byPackage[carried.pkg] ?? 0) + 1;
      if (carried.key !== runOwner) { flush(c); runStart = c; runOwner = carried.key; }
    }
    flush(line.length);
    parts[runOwner].push('\n');
  });
  return { maplibre: parts.maplibre.join(''), src: parts.src.join(''), deps: parts.deps.join(''), byPackage };
}

/**
 * Split minified CSS into MapLibre's rules and the rest, by top-level block.
 * @param css - a stylesheet
 */
function splitCss(css: string): { maplibre: string; app: string } {
  let maplibre = '', app = '', depth = 0, start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) {
      const block = css.slice(start, i + 1);
      // MapLibre's own rules; the app's overrides name its `atlas-` classes.
      if (block.includes('maplibregl') && !block.includes('atlas')) maplibre += block;
      else app += block;
      start = i + 1;
    }
  }
  return { maplibre, app: app + css.slice(start) };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Measure a built app.
 * @param distDir - the output of `vite build`
 * @param counted - which files to count, by path relative to `distDir` (e.g.
 *   `assets/index-abc.js`) @defaultValue every file
 * @returns bytes by part; source maps are not counted (never downloaded)
 */
export function measurePayload(distDir: string, counted: (name: string) => boolean = () => true): Payload {
  const js = { maplibre: '', src: '', deps: '' };
  const css = { maplibre: '', app: '' };
  let html = '', chunks = '';
  const lazy: Buffer[] = [];
  const pages = filesUnder(distDir).filter((f) => f.endsWith('.html')).map((f) => readFileSync(f, 'utf8')).join('');
  const byPackage: Record<string, number> = {};
  const fonts: Buffer[] = [], data: Buffer[] = [], basemap: Buffer[] = [];
  for (const path of filesUnder(distDir)) {
    const name = relative(distDir, path);
    if (name.endsWith('.map') || name.startsWith('.') || !counted(name)) continue;
    const text = readFileSync(path);
    if (name.startsWith('fonts/')) fonts.push(text);
    else if (/\.(geo)?json$/.test(name)) (/^assets\/(land|border)-/.test(name) ? basemap : data).push(text);
    else if (name.endsWith('.html')) html += text;
    else if (name.endsWith('.css')) {
      const split = splitCss(String(text));
      css.maplibre += split.maplibre;
      css.app += split.app;
    } else if (/maplibre-gl-worker/.test(name)) js.maplibre += text;
    else if (/\.m?js$/.test(name)) {
      // Not named by a page: loaded later (e.g. the worker that checks a user's own file).
      if (!pages.includes(basename(name))) lazy.push(text);
      chunks += text;
      const mapFile = `${path}.map`;
      const split = statSync(mapFile, { throwIfNoEntry: false })
        ? splitChunk(String(text), readChunkMap(mapFile))
        : { maplibre: '', src: '', deps: String(text), byPackage: {} };
      for (const [pkg, n] of Object.entries(split.byPackage)) byPackage[pkg] = (byPackage[pkg] ?? 0) + n;
      js.maplibre += split.maplibre;
      js.src += split.src;
      js.deps += split.deps;
    }
  }
  const maplibreJs = bytesOf(js.maplibre), maplibreCss = bytesOf(css.maplibre);
  const srcJs = bytesOf(js.src), depsJs = bytesOf(js.deps), appCss = bytesOf(css.app), appHtml = bytesOf(html);
  const fontBytes = fonts.map(bytesOf), dataBytes = data.map(bytesOf), basemapBytes = basemap.map(bytesOf);
  return {
    maplibre: { ...add(maplibreJs, maplibreCss), js: maplibreJs, css: maplibreCss },
    app: { ...add(srcJs, depsJs, appCss, appHtml), js: add(srcJs, depsJs), srcJs, depsJs, css: appCss, html: appHtml, lazyJs: add(...lazy.map(bytesOf)) },
    fonts: { ...add(...fontBytes), files: fonts.length },
    data: { ...add(...dataBytes, ...basemapBytes), basemap: add(...basemapBytes) },
    appChunkGzip: bytesOf(chunks).gzip,
    chunkBytesByPackage: Object.fromEntries(Object.entries(byPackage).sort((a, b) => b[1] - a[1])),
  };
}

/** Page-load figures of one interface language. */
export interface PageLoad {
  lang: string;
  /** Files requested from the page's origin until `ready`, relative to the build directory. */
  files: string[];
  payload: Payload;
}

/** What a page load requested: the files of the build among the URLs of the page's origin. */
function builtFilesOf(urls: Iterable<string>, baseUrl: string, distDir: string): string[] {
  const built = new Set(filesUnder(distDir).map((f) => relative(distDir, f)));
  const files = new Set<string>();
  for (const url of urls) {
    if (!url.startsWith(baseUrl)) continue;
    const path = decodeURIComponent(new URL(url).pathname.slice(new URL(baseUrl).pathname.length));
    const name = path === '' || path.endsWith('/') ? `${path}index.html` : path;
    if (built.has(name)) files.add(name);
  }
  return [...files].sort();
}

/**
 * The sum a target is checked against: app code and data, gzip.
 * @param payload - a measure
 */
export const appPlusData = (payload: Payload): number => payload.app.gzip + payload.data.gzip;

/**
 * Open the atlas once in a fresh context (empty HTTP cache) and list the built
 * files it requested until `window.atlas.ready`, workers' requests included.
 * @param session - the harness's session (serves the build at `session.baseUrl`)
 * @param lang - interface language, set by the link (`#lang=`)
 * @returns the files and their bytes
 */
export async function measurePageLoad(session: AtlasSession, lang: string): Promise<PageLoad> {
  const urls: string[] = [];
  let recording = true;
  const opened = await session.openAtlas(`lang=${lang}`, {
    // On the context, like the harness's own route, so workers' requests are seen too.
    prepare: async (context) => {
      await context.route('**/*', (route) => {
        if (recording) urls.push(route.request().url());
        return route.fallback();
      });
    },
  });
  recording = false;
  await opened.close();
  const files = builtFilesOf(urls, session.baseUrl, session.distDir);
  const listed = new Set(files);
  return { lang, files, payload: measurePayload(session.distDir, (name) => listed.has(name)) };
}
