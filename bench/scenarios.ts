/**
 * The benchmark's measurements on open pages: cold load, playback (frame rate
 * and traced main-thread time per frame) and scrubbing. Pages come from the
 * browser-test harness; the baseline page and generated data are served by
 * context routes on the app's own origin, so neither needs an app change.
 */
import { writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { waitForIdle, type AtlasSession, type AtlasWindow, type OpenedAtlas } from '../tests/browser/harness.ts';
import {
  installReadyTrap, readyAtMs, recordFrames, scrubTrial, startCameraLoop, stopCameraLoop, waitFrames, type ScrubTrial,
} from './page_probes.ts';
import { fpsFromFrameTimes } from './stats.ts';
import { summarizeTrace, TRACE_CATEGORIES, type ChunkMaps, type TraceSummary } from './trace_attribution.ts';

/** Lengths of the measurement windows (ms). */
export interface Timing {
  /** Camera (and playback) running before a window starts. */
  warmupMs: number;
  fpsWindowMs: number;
  /** A traced window lasts at least this long and `traceMinFrames` frames, at most `traceMaxMs`. */
  traceMs: number;
  traceMinFrames: number;
  traceMaxMs: number;
}

/**
 * A page to open: the app or the peer (either optionally with one geo/ file
 * replaced), or the baseline.
 */
export interface PageSpec {
  kind: 'app' | 'baseline' | 'peer';
  /** For the app and the peer: a geo/ file name and the local file served in its place. */
  data?: { file: string; path: string };
}

const MIME: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.geojson': 'application/geo+json', '.json': 'application/json',
};

/** Where, under the app's URL, the build of the bench's pages (baseline and peer) is served. */
const BASELINE_PREFIX = 'bench-baseline/';

/** How to open the bench's pages: their build directory and their paths with the query. */
export interface BaselineSite {
  dir: string;
  /** e.g. `bench/baseline.html?w=900&h=700&bounds=...&padding=10,24,10,96`. */
  page: string;
  /** e.g. `bench/peer.html?w=900&h=700&bounds=...&padding=10,24,10,96`. */
  peerPage: string;
}

async function prepare(context: BrowserContext, baseUrl: string, spec: PageSpec, baseline?: BaselineSite): Promise<void> {
  await installReadyTrap(context);
  const prefix = new URL(BASELINE_PREFIX, baseUrl);
  if (spec.kind !== 'app') {
    if (!baseline) throw new Error(`the ${spec.kind} page needs its BaselineSite`);
    const dir = baseline.dir;
    await context.route((url) => url.href.startsWith(prefix.href), async (route) => {
      const path = normalize(decodeURIComponent(new URL(route.request().url()).pathname.slice(prefix.pathname.length)));
      if (path.startsWith('..')) return route.abort('accessdenied');
      return route.fulfill({ path: join(dir, path), contentType: MIME[extname(path)] ?? 'application/octet-stream' });
    });
  }
  const data = spec.data;
  if (data) {
    // Vite names the asset `<stem>-<hash>.<ext>`; serve the generated file instead.
    const [stem, ext] = data.file.split('.');
    const pattern = new RegExp(`/assets/${stem}-[\\w-]+\\.${ext}$`);
    await context.route(pattern, (route) => route.fulfill({ path: data.path, contentType: MIME[`.${ext}`] }));
  }
}

/**
 * Open a page and wait until its `window.atlas.ready` resolved.
 * @param timeoutMs - generated data takes long to load
 * @returns the page and its load time (navigation start to ready, page clock)
 */
export async function openPage(session: AtlasSession, spec: PageSpec, baseline?: BaselineSite, timeoutMs = 60_000): Promise<OpenedAtlas & { readyMs: number }> {
  const opened = await session.openAtlas('', {
    waitReady: false,
    path: spec.kind === 'app' ? '' : BASELINE_PREFIX + ((spec.kind === 'peer' ? baseline?.peerPage : baseline?.page) ?? ''),
    prepare: (context) => prepare(context, session.baseUrl, spec, baseline),
  });
  try {
    await opened.page.waitForFunction(() => '__benchReadyAt' in window, null, { timeout: timeoutMs, polling: 50 });
  } catch (error) {
    await opened.close();
    throw new Error(`${spec.kind} did not become ready in ${timeoutMs} ms; console: ${opened.consoleErrors.join(' | ')}`, { cause: error });
  }
  return { ...opened, readyMs: await readyAtMs(opened.page) };
}

/**
 * Cold loads, each in a fresh browser context (empty HTTP cache), app and
 * baseline alternating ABBA so that drift in machine load hits both alike.
 * One unmeasured load of each comes first.
 * @param loads - measured loads of each page
 * @returns load times in ms
 */
export async function coldLoads(session: AtlasSession, baseline: BaselineSite, loads: number): Promise<{ app: number[]; baseline: number[] }> {
  const times = { app: [] as number[], baseline: [] as number[] };
  for (let i = -1; i < loads; i++) {
    const order: ('app' | 'baseline')[] = i % 2 === 0 ? ['app', 'baseline'] : ['baseline', 'app'];
    for (const kind of order) {
      const opened = await openPage(session, { kind }, baseline);
      await opened.close();
      if (i >= 0) times[kind].push(opened.readyMs);
    }
  }
  return times;
}

/**
 * One extra cold load with the trace on (not counted in the load times):
 * where the main thread's time goes until ready, by owner.
 * @param maps - source maps of the page's chunks
 */
export async function traceLoad(session: AtlasSession, spec: PageSpec, baseline: BaselineSite, maps: ChunkMaps): Promise<TraceSummary & { readyMs: number }> {
  await session.browser.startTracing(undefined, { categories: TRACE_CATEGORIES });
  let readyMs = NaN;
  let raw: Buffer;
  try {
    const opened = await openPage(session, spec, baseline);
    readyMs = opened.readyMs;
    await opened.close();
  } finally {
    raw = await session.browser.stopTracing();
  }
  return { ...summarizeTrace(raw, maps, { wholeProfile: true }), readyMs };
}

/**
 * Baseline frame rate: one window of the camera loop, then back to idle.
 * @returns frames per second
 */
export async function baselineFps(page: Page, timing: Timing): Promise<number> {
  await startCameraLoop(page);
  try {
    await page.waitForTimeout(timing.warmupMs);
    const seen = await recordFrames(page, timing.fpsWindowMs);
    return fpsFromFrameTimes(seen.frameTimes, seen.startMs);
  } finally {
    await stopCameraLoop(page);
    await waitForIdle(page, 60_000);
  }
}

/**
 * One fps window of the app (or the peer) playing from `from` at its default speed with the
 * camera loop, then paused and idle again (so a baseline window measured next
 * does not share the machine with it).
 * @param from - epoch ms to play from
 * @returns frames per second and tiles (re)loaded per second by source
 */
export async function appFps(page: Page, timing: Timing, from: number): Promise<{ fps: number; tilesPerS: Record<string, number> }> {
  await page.evaluate((t) => (window as unknown as AtlasWindow).atlas.set({ time: t, playing: true }), from);
  await startCameraLoop(page);
  try {
    await page.waitForTimeout(timing.warmupMs);
    const seen = await recordFrames(page, timing.fpsWindowMs);
    const span = (seen.frameTimes.at(-1) ?? 0) - seen.startMs;
    return {
      fps: fpsFromFrameTimes(seen.frameTimes, seen.startMs),
      tilesPerS: Object.fromEntries(Object.entries(seen.tilesLoaded).map(([source, n]) => [source, (n * 1000) / Math.max(span, 1)])),
    };
  } finally {
    await page.evaluate(() => (window as unknown as AtlasWindow).atlas.set({ playing: false }));
    await stopCameraLoop(page);
    await waitForIdle(page, 60_000);
  }
}

/** The app while playing. */
export interface PlaybackResult {
  fps: number;
  /** Tiles (re)loaded per second during the fps window, by source. */
  tilesPerS: Record<string, number>;
  trace: TraceSummary;
}

/**
 * Play from the app's current time at its default ("normal") speed with the
 * camera loop of the baseline: an fps window, then a traced window. The app is
 * left playing: close the page afterwards, since with large data it has
 * minutes of tile reloads queued and would slow whatever runs next.
 * @param maps - source maps of the app's chunks
 */
export async function appPlayback(browser: Browser, page: Page, timing: Timing, maps: ChunkMaps): Promise<PlaybackResult> {
  await page.evaluate(() => (window as unknown as AtlasWindow).atlas.set({ playing: true }));
  await startCameraLoop(page);
  await page.waitForTimeout(timing.warmupMs);
  const seen = await recordFrames(page, timing.fpsWindowMs);
  const span = (seen.frameTimes.at(-1) ?? 0) - seen.startMs;
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await waitFrames(page, timing.traceMinFrames, timing.traceMs, timing.traceMaxMs);
  const raw = await browser.stopTracing();
  if (process.env.BENCH_KEEP_TRACES) writeFileSync(`${process.env.BENCH_KEEP_TRACES}-${Date.now()}.json`, raw);
  const trace = summarizeTrace(raw, maps);
  return {
    fps: fpsFromFrameTimes(seen.frameTimes, seen.startMs),
    tilesPerS: Object.fromEntries(Object.entries(seen.tilesLoaded).map(([source, n]) => [source, (n * 1000) / Math.max(span, 1)])),
    trace,
  };
}

/**
 * Trace the baseline's camera loop, for comparison with the app's frames.
 * @param maps - source maps of the baseline's chunks
 */
export async function traceBaseline(browser: Browser, page: Page, timing: Timing, maps: ChunkMaps): Promise<TraceSummary> {
  await startCameraLoop(page);
  try {
    await page.waitForTimeout(timing.warmupMs);
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await waitFrames(page, timing.traceMinFrames, timing.traceMs, timing.traceMaxMs);
    return summarizeTrace(await browser.stopTracing(), maps);
  } finally {
    await stopCameraLoop(page);
    await waitForIdle(page, 60_000);
  }
}

/**
 * Chained slider scrubs: first from `start` to `end`, then to each target and
 * finally back to `end`, starting a target only while the budget still has
 * room for it and the way back (estimated from the scrubs so far).
 * @param start - the slider's current position, hours
 * @param targets - positions to scrub to, hours
 * @param end - where to leave the slider, hours
 * @param budgetMs - time for all scrubs after the first
 * @returns one result per scrub
 */
export async function scrubs(page: Page, start: number, targets: readonly number[], end: number, budgetMs: number): Promise<ScrubTrial[]> {
  const trials: ScrubTrial[] = [];
  const started = Date.now();
  const scrub = async (from: number, to: number) => {
    if (from !== to) trials.push(await scrubTrial(page, from, to, 300_000));
  };
  await scrub(start, end);
  const first = Date.now();
  let from = end;
  for (const to of targets) {
    const average = (Date.now() - started) / Math.max(1, trials.length);
    if (Date.now() - first + 2 * average > budgetMs) break;
    await scrub(from, to);
    from = to;
  }
  await scrub(from, end);
  return trials;
}
