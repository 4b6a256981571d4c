/**
 * Main-thread time per frame, by whose code ran: a Chromium trace with the V8
 * sampling profiler (`disabled-by-default-v8.cpu_profiler`) and frame markers
 * (`BeginMainThreadFrame`), attributed through the bundle's source maps.
 *
 * Vite puts MapLibre and the app into one chunk, so a URL cannot tell them
 * apart: each sampled function's start position is looked up in the chunk's
 * source map and classified by its original file. A sample's weight is the
 * time to the next sample (as in DevTools), so it is wall-clock time, but
 * at most 4 sampling intervals (see `samplesOf`).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { ROOT } from '../tests/browser/app_server.ts';

/** The trace categories {@link summarizeTrace} needs. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'disabled-by-default-v8.cpu_profiler', 'toplevel'];

/** Whose code a sample belongs to. */
export type Owner = 'app' | 'appDeps' | 'maplibre' | 'gc' | 'idle' | 'native' | 'other';

/** Main-thread milliseconds of one frame, by owner. */
interface FrameCost {
  durationMs: number;
  /** Self time in the app's sources (src/) and the other packages bundled with it (zod...). */
  appMs: number;
  /** Self time in src/ only. */
  appSrcMs: number;
  /** Time with an app function anywhere on the stack: includes MapLibre calls the app makes (setData, setGlobalStateProperty). */
  appInclusiveMs: number;
  maplibreMs: number;
  gcMs: number;
  /** Everything but idle. */
  busyMs: number;
}

/** A function and its self time over the whole window. */
interface HotFunction {
  owner: Owner;
  /** Original file:line (from the source map) and minified name. */
  where: string;
  ms: number;
}

/** Summary of one traced window. */
export interface TraceSummary {
  frames: FrameCost[];
  windowMs: number;
  /** Main-thread non-idle time over the window, 0..1. */
  mainBusy: number;
  /** Worker threads' non-idle time over the window, 0..1 per worker, summed. */
  workerBusy: number;
  /**
   * The GPU process's main thread (SwiftShader rasterises there on this
   * machine): time in tasks over the window, 0..1.
   */
  gpuBusy: number;
  /** Main-thread non-idle milliseconds over the window, by owner. */
  mainMsByOwner: Partial<Record<Owner, number>>;
  /** Top functions by self time: main thread, the app's on the main thread, workers. */
  hotMain: HotFunction[];
  hotApp: HotFunction[];
  hotWorker: HotFunction[];
}

interface TraceEvent {
  name: string; ph: string; pid: number; tid: number; ts: number; id?: string;
  args?: { name?: string; data?: { startTime?: number; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } };
}
interface ProfileNode { id: number; parent?: number; callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number } }

/** A chunk's source map and the directory its `sources` are relative to. */
export interface ChunkMap {
  map: SourceMap;
  dir: string;
  /** Repository path of each `sources` entry, resolved once. */
  files?: Map<string, string>;
}

/** Source maps of the built chunks, by file name. */
export type ChunkMaps = Map<string, ChunkMap>;

/**
 * Read a chunk's source map.
 * @param mapFile - path of `<chunk>.js.map`
 */
export function readChunkMap(mapFile: string): ChunkMap {
  return { map: new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))), dir: dirname(mapFile) };
}

/**
 * Load the source map of every JS chunk in `assets/`.
 * @param distDir - a built app or baseline
 * @returns maps keyed by chunk file name (e.g. `index-abc.js`)
 */
export function loadChunkMaps(distDir: string): ChunkMaps {
  const maps: ChunkMaps = new Map();
  const assets = join(distDir, 'assets');
  for (const file of readdirSync(assets)) {
    if (!file.endsWith('.js.map')) continue;
    maps.set(file.slice(0, -'.map'.length), readChunkMap(join(assets, file)));
  }
  return maps;
}

/**
 * The original file of a generated position, relative to the repository.
 * @param chunk - the chunk's map
 * @param line - 0-based generated line
 * @param column - 0-based generated column
 * @returns e.g. `src/map/render_state.ts` and the 0-based original line, or null where nothing maps
 */
export function originalAt(chunk: ChunkMap, line: number, column: number): { file: string; line: number } | null {
  const entry = chunk.map.findEntry(line, column) as { originalSource?: string; originalLine?: number; generatedLine?: number };
  const source = entry.originalSource;
  if (source === undefined || entry.generatedLine !== line) return null;
  chunk.files ??= new Map();
  let file = chunk.files.get(source);
  if (file === undefined) {
    file = relative(ROOT, resolve(chunk.dir, source));
    // Vite writes a worker chunk's sources relative to the default outDir (dist/assets), not the real one.
    const bare = source.replace(/^(\.\.\/)+/, '');
    if (!existsSync(join(ROOT, file)) && existsSync(join(ROOT, bare))) file = bare;
    chunk.files.set(source, file);
  }
  return { file, line: entry.originalLine ?? 0 };
}

/**
 * Owner of an original file.
 * @param file - path relative to the repository, e.g. `src/map/render_state.ts` or `node_modules/maplibre-gl/dist/maplibre-gl.mjs`
 */
export function ownerFromSource(file: string): Owner {
  if (file.startsWith('node_modules/maplibre-gl/')) return 'maplibre';
  return file.startsWith('src/') || file.startsWith('geo/') ? 'app' : 'appDeps';
}

interface NodeInfo { owner: Owner | 'inherit'; where: string; parent?: number }

function classify(node: ProfileNode, maps: ChunkMaps): NodeInfo {
  const { url, functionName, lineNumber, columnNumber } = node.callFrame;
  const parent = node.parent;
  if (!url) {
    if (functionName === '(idle)') return { owner: 'idle', where: functionName, parent };
    if (functionName === '(garbage collector)') return { owner: 'gc', where: functionName, parent };
    if (functionName.startsWith('(')) return { owner: 'native', where: functionName, parent };
    // A browser API (postMessage, bufferSubData, a DOM setter): its caller's time.
    return { owner: 'inherit', where: functionName || '(anonymous)', parent };
  }
  const file = basename(url.split(/[?#]/)[0] ?? url);
  if (file.startsWith('maplibre-gl-worker')) return { owner: 'maplibre', where: `worker ${functionName}`, parent };
  const map = maps.get(file);
  if (!map) return { owner: 'other', where: `${file}:${lineNumber + 1} ${functionName}`, parent };
  const original = originalAt(map, lineNumber, columnNumber);
  if (!original) return { owner: 'appDeps', where: `${file} ${functionName}`, parent };
  return { owner: ownerFromSource(original.file), where: `${original.file}:${original.line + 1} ${functionName}`, parent };
}

/** Browser APIs take the owner of the nearest JS caller; their name records both. Mutates `info`. */
function resolveInherited(info: Map<number, NodeInfo>): void {
  const ownerOf = (id: number | undefined, depth = 0): Owner => {
    const i = id === undefined ? undefined : info.get(id);
    if (!i || depth > 200) return 'other';
    return i.owner === 'inherit' ? ownerOf(i.parent, depth + 1) : i.owner;
  };
  for (const i of info.values()) {
    if (i.owner !== 'inherit') continue;
    const owner = ownerOf(i.parent);
    i.owner = owner;
    i.where = `${i.where} (browser API, called by ${owner})`;
  }
}

interface Sample { t: number; weight: number; node: number }

/** Samples of one profile (one thread), with absolute times and weights. */
function samplesOf(events: TraceEvent[], pid: number, profileId: string, startTime: number, nodes: Map<number, ProfileNode>): Sample[] {
  const samples: Sample[] = [];
  let t = startTime;
  for (const e of events) {
    // Profile ids are per process.
    if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== profileId) continue;
    const data = e.args?.data;
    for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const ids = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    ids.forEach((node, i) => {
      t += Math.max(0, deltas[i] ?? 0);
      samples.push({ t, weight: 0, node });
    });
  }
  // A gap far above the sampling interval means the sampler (or the whole
  // renderer) was not scheduled: on a loaded 2-core machine such gaps would
  // be charged to whatever ran last. Each sample counts at most 4 intervals.
  const gaps = samples.slice(1).map((s, i) => s.t - samples[i]!.t).sort((a, b) => a - b);
  const cap = 4 * (gaps[Math.floor(gaps.length / 2)] ?? 0);
  for (let i = 0; i + 1 < samples.length; i++) samples[i]!.weight = Math.min(cap, samples[i + 1]!.t - samples[i]!.t) / 1000;
  return samples;
}

/** `pid:tid` of the thread whose profile runs the chunks of `maps` (Chromium's own WebUI pages run in other renderers). */
function pageMainThread(events: TraceEvent[], maps: ChunkMaps): string | undefined {
  const ours = new Set<string>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || !e.id || ours.has(`${e.pid}:${e.id}`)) continue;
    const nodes = e.args?.data?.cpuProfile?.nodes ?? [];
    if (nodes.some((n) => maps.has(basename((n.callFrame?.url ?? '').split(/[?#]/)[0] ?? '')))) ours.add(`${e.pid}:${e.id}`);
  }
  // The page's worker runs the worker chunk, which has no source map: only the main thread matches.
  const profile = events.find((e) => e.name === 'Profile' && ours.has(`${e.pid}:${e.id}`));
  return profile ? `${profile.pid}:${profile.tid}` : undefined;
}

function hot(totals: Map<string, HotFunction>, top: number): HotFunction[] {
  return [...totals.values()].sort((a, b) => b.ms - a.ms).slice(0, top).map((h) => ({ ...h, ms: Math.round(h.ms * 100) / 100 }));
}

/**
 * Attribute one trace's main-thread samples to frames and owners.
 * The traced renderer is the one with the most frames (other pages are idle).
 * A frame runs from one `BeginMainThreadFrame` to the next; time before the
 * first and after the last is left out.
 * @param trace - JSON from `browser.stopTracing()`
 * @param maps - from {@link loadChunkMaps}
 * @param options - `wholeProfile`: totals over the whole main-thread profile (a page load), not from frame to frame
 * @returns per-frame costs and hot functions
 * @throws Error when the trace has no frames or no main-thread profile
 */
export function summarizeTrace(trace: Buffer | string, maps: ChunkMaps, options: { wholeProfile?: boolean } = {}): TraceSummary {
  const parsed = JSON.parse(String(trace)) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents ?? [];
  const threadNames = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name' && e.args?.name) threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
  const frameStarts = new Map<string, number[]>();
  for (const e of events) {
    if (e.name !== 'BeginMainThreadFrame') continue;
    const key = `${e.pid}:${e.tid}`;
    const list = frameStarts.get(key) ?? [];
    list.push(e.ts);
    frameStarts.set(key, list);
  }
  const mainKey = pageMainThread(events, maps) ?? [...frameStarts.entries()].sort((a, b) => b[1].length - a[1].length)[0]?.[0];
  const starts = (mainKey && frameStarts.get(mainKey)) || [];
  if (!mainKey || starts.length < 2) throw new Error(`trace has ${starts.length} frame starts; need at least 2`);
  const pid = Number(mainKey.split(':')[0]);
  starts.sort((a, b) => a - b);

  const hotMain = new Map<string, HotFunction>(), hotWorker = new Map<string, HotFunction>();
  let mainSamples: Sample[] = [], mainInfo = new Map<number, NodeInfo>();
  let workerBusyMs = 0;
  let [windowStart, windowEnd] = options.wholeProfile ? [-Infinity, Infinity] : [starts[0]!, starts[starts.length - 1]!];
  for (const p of events) {
    if (p.name !== 'Profile' || p.pid !== pid || !p.id) continue;
    const thread = threadNames.get(`${p.pid}:${p.tid}`) ?? '';
    const isMain = `${p.pid}:${p.tid}` === mainKey;
    if (!isMain && !thread.includes('Worker')) continue;
    const nodes = new Map<number, ProfileNode>();
    const samples = samplesOf(events, p.pid, p.id, p.args?.data?.startTime ?? p.ts, nodes).filter((s) => s.t >= windowStart && s.t < windowEnd);
    const info = new Map<number, NodeInfo>();
    for (const [id, node] of nodes) info.set(id, classify(node, maps));
    resolveInherited(info);
    const totals = isMain ? hotMain : hotWorker;
    for (const s of samples) {
      const i = info.get(s.node);
      if (!i || i.owner === 'idle') continue;
      if (!isMain) workerBusyMs += s.weight;
      const entry = totals.get(i.where) ?? { owner: i.owner as Owner, where: i.where, ms: 0 };
      entry.ms += s.weight;
      totals.set(i.where, entry);
    }
    if (isMain) { mainSamples = samples; mainInfo = info; }
  }
  if (mainSamples.length === 0) throw new Error('trace has no main-thread CPU profile');
  if (options.wholeProfile) [windowStart, windowEnd] = [mainSamples[0]!.t, mainSamples[mainSamples.length - 1]!.t];

  const hasAppOnStack = new Map<number, boolean>();
  const appOnStack = (id: number): boolean => {
    const known = hasAppOnStack.get(id);
    if (known !== undefined) return known;
    const i = mainInfo.get(id);
    const result = !!i && (i.owner === 'app' || i.owner === 'appDeps' || (i.parent !== undefined && appOnStack(i.parent)));
    hasAppOnStack.set(id, result);
    return result;
  };
  const frames: FrameCost[] = [];
  let k = 0;
  for (let f = 0; f + 1 < starts.length; f++) {
    const [from, to] = [starts[f]!, starts[f + 1]!];
    const cost: FrameCost = { durationMs: (to - from) / 1000, appMs: 0, appSrcMs: 0, appInclusiveMs: 0, maplibreMs: 0, gcMs: 0, busyMs: 0 };
    while (k < mainSamples.length && mainSamples[k]!.t < to) {
      const s = mainSamples[k++]!;
      const owner = mainInfo.get(s.node)?.owner ?? 'other';
      if (owner === 'idle') continue;
      cost.busyMs += s.weight;
      if (owner === 'app' || owner === 'appDeps') cost.appMs += s.weight;
      if (owner === 'app') cost.appSrcMs += s.weight;
      if (owner === 'maplibre') cost.maplibreMs += s.weight;
      if (owner === 'gc') cost.gcMs += s.weight;
      if (appOnStack(s.node)) cost.appInclusiveMs += s.weight;
    }
    frames.push(cost);
  }
  const windowMs = (windowEnd - windowStart) / 1000;
  const mainBusy = frames.reduce((sum, f) => sum + f.busyMs, 0) / windowMs;
  // Tasks (the `toplevel` category) on the GPU main thread, as a union of intervals (tasks can nest).
  const gpuTasks = (events as (TraceEvent & { dur?: number })[])
    .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && threadNames.get(`${e.pid}:${e.tid}`) === 'CrGpuMain')
    .map((e) => [Math.max(e.ts, windowStart), Math.min(e.ts + (e.dur ?? 0), windowEnd)] as const)
    .sort((a, b) => a[0] - b[0]);
  let gpuMs = 0, covered = -Infinity;
  for (const [from, to] of gpuTasks) {
    if (to > Math.max(from, covered)) gpuMs += (to - Math.max(from, covered)) / 1000;
    covered = Math.max(covered, to);
  }
  const isApp = (h: HotFunction) => h.owner === 'app' || h.owner === 'appDeps';
  const mainMsByOwner: Partial<Record<Owner, number>> = {};
  for (const h of hotMain.values()) mainMsByOwner[h.owner] = Math.round(((mainMsByOwner[h.owner] ?? 0) + h.ms) * 10) / 10;
  return {
    frames, windowMs, mainBusy, workerBusy: workerBusyMs / windowMs, gpuBusy: gpuMs / windowMs, mainMsByOwner,
    hotMain: hot(hotMain, 12), hotApp: hot(new Map([...hotMain].filter(([, h]) => isApp(h))), 10), hotWorker: hot(hotWorker, 8),
  };
}
