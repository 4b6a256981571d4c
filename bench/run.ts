/**
 * `npm run bench`: builds the app (the browser-test harness's cached
 * production build) and the bench's pages, the baseline (the limit: bare
 * MapLibre, the same basemap) and the peer (the same basemap and data animated
 * by date filters, the approach of OpenHistoricalMap's `maplibre-gl-dates`),
 * drives headless Chromium over them and writes bench/results.json.
 *
 * Environment: `BENCH_QUICK=1` shortens every window (for development, not
 * for results); `BENCH_SCENARIOS=real,routes10k` runs only those scenarios;
 * `BENCH_KEEP_TRACES=bench/out/trace` keeps each playback trace as `<prefix>-<ms>.json`
 * (open it in DevTools' Performance panel).
 */
import { cpus, loadavg, release, totalmem } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOME_BOUNDS, HOME_PADDING } from '../src/core/state.ts';
import { timeFromIso } from '../src/core/dates.ts';
import { hoursFromTime, phaseFromTime, type Phase } from '../src/core/timeline.ts';
import { ROOT } from '../tests/browser/app_server.ts';
import { startAtlas, type AtlasWindow } from '../tests/browser/harness.ts';
import { BASELINE_DIST, BASELINE_PAGE, PEER_PAGE, buildBaseline } from './baseline_build.ts';
import { BENCH_DATA_SETS, writeBenchData } from './generate_data.ts';
import { randomFromSeed } from '../scripts/seeded_random.ts';
import { appPlusData, measurePageLoad, measurePayload, type PageLoad } from './payload.ts';
import { checkTargets, formatTable, sideBySideTable, type PagePlayback } from './report.ts';
import type { ScrubTrial } from './page_probes.ts';
import {
  appFps, appPlayback, baselineFps, coldLoads, openPage, scrubs, traceBaseline, traceLoad, type BaselineSite, type PageSpec, type Timing,
} from './scenarios.ts';
import { mean, median, pairedRatios, percentile, round } from './stats.ts';
import { loadChunkMaps, type TraceSummary } from './trace_attribution.ts';

const QUICK = process.env.BENCH_QUICK === '1';
const ONLY = process.env.BENCH_SCENARIOS?.split(',');
const TIMING: Timing = QUICK
  ? { warmupMs: 500, fpsWindowMs: 2000, traceMs: 2000, traceMinFrames: 3, traceMaxMs: 10_000 }
  : { warmupMs: 1000, fpsWindowMs: 5000, traceMs: 4000, traceMinFrames: 5, traceMaxMs: 20_000 };
const COLD_LOADS = QUICK ? 2 : 6;
/** Paired baseline/app fps windows per scenario. */
const FPS_ROUNDS = QUICK ? 1 : 3;
/** Scrub targets per scenario and the time for the scrubs after the first (to the playback start). */
const SCRUBS = {
  real: { count: QUICK ? 6 : 20, budgetMs: QUICK ? 20_000 : 60_000 },
  generated: { count: QUICK ? 4 : 10, budgetMs: QUICK ? 20_000 : 40_000 },
};
/** Playback starts here in every campaign window: Soviet advance, evacuation convoys and the Maoka landing ahead. */
const PLAY_FROM = timeFromIso('1945-08-18T00:00+09:00') as number;
/** Aftermath scenarios (voyages1k) play from here, in the middle of the repatriation, at days per second. */
const PLAY_FROM_AFTERMATH = timeFromIso('1947-06-01T00:00+09:00') as number;
/** Scenarios in which the peer plays too (issue #12): the real data and 10,000 routes. */
const PEER_SCENARIOS = ['real', 'routes10k'];

const started = Date.now();
const log = (message: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

/**
 * Slider positions to scrub to, in the phase the slider shows from the scenario's start: seeded,
 * at least 2 steps from the previous one (an hour in the campaign, a day in the aftermath).
 */
function scrubTargets(count: number, seed: number, phase: Phase): number[] {
  const random = randomFromSeed(seed);
  const [first, last] = [hoursFromTime(phase.start), hoursFromTime(phase.end)];
  const step = phase.step === 'hour' ? 1 : 24;
  const targets: number[] = [];
  let previous = first;
  while (targets.length < count) {
    const next = first + step * Math.floor(random() * ((last - first) / step + 1));
    if (Math.abs(next - previous) >= 2 * step) targets.push((previous = next));
  }
  return targets;
}

function frameStats(trace: TraceSummary) {
  const of = (key: keyof TraceSummary['frames'][number], p: number) => round(percentile(trace.frames.map((f) => f[key]), p));
  return {
    frameJsP50Ms: of('appMs', 50), frameJsP95Ms: of('appMs', 95), frameJsSrcP95Ms: of('appSrcMs', 95),
    frameJsInclusiveP50Ms: of('appInclusiveMs', 50), frameJsInclusiveP95Ms: of('appInclusiveMs', 95),
    frameMaplibreP50Ms: of('maplibreMs', 50), frameMaplibreP95Ms: of('maplibreMs', 95),
    frameGcP95Ms: of('gcMs', 95), frameBusyP50Ms: of('busyMs', 50), frameBusyP95Ms: of('busyMs', 95),
    frameDurationP50Ms: of('durationMs', 50), tracedFrames: trace.frames.length,
    mainBusy: round(trace.mainBusy), workerBusy: round(trace.workerBusy), gpuBusy: round(trace.gpuBusy),
    hotMain: trace.hotMain, hotApp: trace.hotApp, hotWorker: trace.hotWorker,
  };
}

/** Tiles (re)loaded per second by source, the mean over a page's fps windows. */
function tilesPerS(windows: readonly { tilesPerS: Record<string, number> }[]): Record<string, number> {
  const sources = Object.keys(Object.assign({}, ...windows.map((w) => w.tilesPerS)));
  return Object.fromEntries(sources.map((k) => [k, round(mean(windows.map((w) => w.tilesPerS[k] ?? 0)), 1)]));
}

/** The app's frame rate against the peer's, round by round. */
function fpsVsPeer(app: readonly number[], peer: readonly number[]) {
  const vsPeer = pairedRatios(app, peer);
  return { fpsVsPeer: round(vsPeer.median), fpsVsPeerRatios: vsPeer.ratios.map((x) => round(x)) };
}

function machine(chromium: string) {
  const version = (pkg: string) => (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGB: round(totalmem() / 2 ** 30, 1), kernel: release(),
    node: process.version, chromium, playwrightCore: version('playwright-core'), maplibreGl: version('maplibre-gl'), vite: version('vite'),
    loadAverageAtStart: loadavg().map((x) => round(x)),
  };
}

async function main(): Promise<void> {
  const results: Record<string, unknown> = { date: new Date().toISOString(), quick: QUICK };
  log('generating data');
  const data = new Map(BENCH_DATA_SETS.map((set) => [set.name, { file: set.file, path: writeBenchData(set) }]));
  log('building the baseline and peer pages');
  await buildBaseline();
  log('building the app (the harness build, cached when unchanged) and launching Chromium');
  const session = await startAtlas();
  const distDir = session.distDir;
  results.machine = machine(session.browser.version());
  const playback: Record<string, unknown> = {}, scrub: Record<string, unknown> = {};
  try {
    const probe = await openPage(session, { kind: 'app' });
    const size = await probe.page.evaluate(() => {
      const canvas = (window as unknown as AtlasWindow).atlas.map.getCanvas();
      return { w: canvas.clientWidth, h: canvas.clientHeight };
    });
    await probe.close();
    const bounds = HOME_BOUNDS.flat().join(',');
    const query = `?w=${size.w}&h=${size.h}&bounds=${bounds}&padding=${Object.values(HOME_PADDING).join(',')}`;
    const baseline: BaselineSite = { dir: BASELINE_DIST, page: BASELINE_PAGE + query, peerPage: PEER_PAGE + query };

    log(`cold loads (${COLD_LOADS} of each, map ${size.w}x${size.h} px)`);
    const cold = await coldLoads(session, baseline, COLD_LOADS);
    results.coldLoad = {
      appMedianMs: round(median(cold.app)), baselineMedianMs: round(median(cold.baseline)),
      ratio: round(median(cold.app) / median(cold.baseline)), appMs: cold.app.map((x) => round(x)), baselineMs: cold.baseline.map((x) => round(x)),
    };

    const appMaps = loadChunkMaps(distDir), baseMaps = loadChunkMaps(BASELINE_DIST);
    log('traced cold loads (not counted above)');
    for (const kind of ['app', 'baseline'] as const) {
      const t = await traceLoad(session, { kind }, baseline, kind === 'app' ? appMaps : baseMaps);
      (results.coldLoad as Record<string, unknown>)[`${kind}Trace`] = {
        readyMs: round(t.readyMs), mainMsByOwner: t.mainMsByOwner, workerBusyMs: round(t.workerBusy * t.windowMs),
        hotMain: t.hotMain, hotApp: t.hotApp,
      };
    }
    const basePage = await openPage(session, { kind: 'baseline' }, baseline);
    log('baseline: traced camera loop');
    playback.baselineTrace = frameStats(await traceBaseline(session.browser, basePage.page, TIMING, baseMaps));
    const scenarios: { name: string; spec: PageSpec; from: number }[] = [
      { name: 'real', spec: { kind: 'app' } as PageSpec, from: PLAY_FROM },
      ...BENCH_DATA_SETS.map((set) => ({
        name: set.name, spec: { kind: 'app', data: data.get(set.name) } as PageSpec, from: set.period === 'aftermath' ? PLAY_FROM_AFTERMATH : PLAY_FROM,
      })),
    ].filter((s) => !ONLY || ONLY.includes(s.name));
    const peerResults: Record<string, unknown> = {};
    for (const [index, { name, spec, from }] of scenarios.entries()) {
      log(`${name}: loading`);
      const app = await openPage(session, spec, baseline, 300_000);
      // The peer is given the same data (a generated file replaces the same geo/ file).
      const peer = PEER_SCENARIOS.includes(name) ? await openPage(session, { ...spec, kind: 'peer' }, baseline, 300_000) : null;
      let result: Awaited<ReturnType<typeof appPlayback>>, trials: ScrubTrial[];
      let peerResult: Awaited<ReturnType<typeof appPlayback>> | null = null;
      const baseFps: number[] = [], appWindows: Awaited<ReturnType<typeof appFps>>[] = [], peerWindows: typeof appWindows = [];
      try {
        const plan = name === 'real' ? SCRUBS.real : SCRUBS.generated;
        log(`${name}: scrubs (app ready in ${round(app.readyMs / 1000, 1)} s; up to ${plan.count + 2} scrubs, ${plan.budgetMs / 1000} s after the first)`);
        // The slider shows the phase of the current time: an aftermath scenario starts there.
        const phase = phaseFromTime(from);
        if (phase.id === 'aftermath') await app.page.evaluate((t) => (window as unknown as AtlasWindow).atlas.set({ time: t }), from);
        const start = phase.id === 'aftermath' ? hoursFromTime(from) : 0;
        trials = await scrubs(app.page, start, scrubTargets(plan.count, 8 + index, phase), hoursFromTime(from), plan.budgetMs);
        // Paired windows, baseline then peer then app (each idle while another runs), so that drifts in
        // the machine's load hit all alike; the verdict is the median of the rounds' ratios.
        for (let r = 0; r < FPS_ROUNDS; r++) {
          log(`${name}: fps round ${r + 1} of ${FPS_ROUNDS}, baseline${peer ? ', peer' : ''} then app`);
          baseFps.push(await baselineFps(basePage.page, TIMING));
          if (peer) peerWindows.push(await appFps(peer.page, TIMING, from));
          appWindows.push(await appFps(app.page, TIMING, from));
        }
        log(`${name}: playback, traced window`);
        await app.page.evaluate((t) => (window as unknown as AtlasWindow).atlas.set({ time: t }), from);
        result = await appPlayback(session.browser, app.page, TIMING, appMaps);
        // Left playing: closed before the peer's traced window.
        await app.close();
        if (peer) {
          log(`${name}: peer playback, traced window`);
          await peer.page.evaluate((t) => (window as unknown as AtlasWindow).atlas.set({ time: t }), from);
          peerResult = await appPlayback(session.browser, peer.page, TIMING, baseMaps);
        }
      } finally {
        await app.close();
        await peer?.close();
      }
      const appFpsList = appWindows.map((w) => w.fps), peerFpsList = peerWindows.map((w) => w.fps);
      const vsLimit = pairedRatios(appFpsList, baseFps);
      playback[name] = {
        loadMs: round(app.readyMs), fps: round(median(appFpsList)), baselineFps: round(median(baseFps)), fpsRatio: round(vsLimit.median),
        fpsApp: appFpsList.map((x) => round(x)), fpsBaseline: baseFps.map((x) => round(x)), fpsRatios: vsLimit.ratios.map((x) => round(x)),
        ...(peer ? fpsVsPeer(appFpsList, peerFpsList) : {}),
        tilesLoadedPerS: tilesPerS(appWindows),
        ...frameStats(result.trace),
      };
      if (peer && peerResult) {
        const peerVsLimit = pairedRatios(peerFpsList, baseFps);
        peerResults[name] = {
          loadMs: round(peer.readyMs), fps: round(median(peerFpsList)), baselineFps: round(median(baseFps)), fpsRatio: round(peerVsLimit.median),
          fpsPeer: peerFpsList.map((x) => round(x)), fpsBaseline: baseFps.map((x) => round(x)), fpsRatios: peerVsLimit.ratios.map((x) => round(x)),
          tilesLoadedPerS: tilesPerS(peerWindows),
          ...frameStats(peerResult.trace),
        };
      }
      const changed = trials.filter((t) => t.changed);
      const p = (key: 'shownFrames' | 'firstChangeFrames' | 'settledFrames' | 'shownMs' | 'settledMs', q: number) => percentile(changed.map((t) => t[key]), q);
      scrub[name] = {
        framesP50: p('shownFrames', 50), framesP95: p('shownFrames', 95), firstChangeFramesP95: p('firstChangeFrames', 95),
        settledFramesP95: p('settledFrames', 95), msP50: p('shownMs', 50), msP95: p('shownMs', 95), settledMsP95: p('settledMs', 95),
        trials: trials.length, unchanged: trials.length - changed.length, detail: trials,
      };
    }
    playback.peer = peerResults;
    await basePage.close();
  } finally {
    await session.close();
  }
  results.playback = playback;
  results.scrub = scrub;
  log('payload: a cold page load in each language, and every built file');
  results.payload = await payloadResults(distDir);
  (results.machine as Record<string, unknown>).loadAverageAtEnd = loadavg().map((x) => round(x));
  results.durationS = round((Date.now() - started) / 1000, 0);
  report(results);
}

/**
 * Payload figures (definitions in bench/payload.ts): the page load of the
 * heaviest language under the keys the target reads, and every built file.
 */
async function payloadResults(distDir: string): Promise<Record<string, unknown>> {
  const session = await startAtlas();
  const loads: PageLoad[] = [];
  try {
    for (const lang of ['en', 'ja', 'ru']) loads.push(await measurePageLoad(session, lang));
  } finally {
    await session.close();
  }
  const heaviest = loads.reduce((a, b) => (appPlusData(b.payload) > appPlusData(a.payload) ? b : a));
  const page = heaviest.payload;
  const all = measurePayload(distDir);
  const gzipOf = (p: typeof page) => ({
    appGzipBytes: p.app.gzip, dataGzipBytes: p.data.gzip, fontGzipBytes: p.fonts.gzip, maplibreGzipBytes: p.maplibre.gzip, appPlusDataGzipBytes: appPlusData(p),
  });
  return {
    ...gzipOf(page),
    pageLoad: {
      lang: heaviest.lang,
      byLanguage: Object.fromEntries(loads.map((l) => [l.lang, { ...gzipOf(l.payload), files: l.files }])),
      detail: page,
    },
    allFilesAppGzipBytes: all.app.gzip, allFilesDataGzipBytes: all.data.gzip, allFilesFontGzipBytes: all.fonts.gzip,
    allFilesMaplibreGzipBytes: all.maplibre.gzip, allFilesAppPlusDataGzipBytes: appPlusData(all),
    allFilesAppInitialGzipBytes: all.app.gzip - all.app.lazyJs.gzip, detail: all,
  };
}

/** A page's playback figures in a scenario, as written into the results. */
type Scenario = PagePlayback & { baselineFps: number; fpsRatio: number };

function report(results: Record<string, unknown>): void {
  const r = results as {
    coldLoad: { ratio: number; appMedianMs: number; baselineMedianMs: number; appMs: number[]; baselineMs: number[] };
    playback: Record<string, ReturnType<typeof frameStats> & {
      fps: number; baselineFps: number; fpsRatio: number; fpsRatios: number[]; loadMs: number; fpsVsPeer?: number; tilesLoadedPerS: Record<string, number>;
    }>;
    scrub: Record<string, { framesP50: number; framesP95: number; msP95: number; unchanged: number }>;
    payload: {
      appGzipBytes: number; dataGzipBytes: number; fontGzipBytes: number; maplibreGzipBytes: number; appPlusDataGzipBytes: number;
      pageLoad: { lang: string }; allFilesAppGzipBytes: number; allFilesDataGzipBytes: number; allFilesFontGzipBytes: number; allFilesMaplibreGzipBytes: number;
    };
  };
  const nan = { frameJsP95Ms: NaN, fpsRatio: NaN, framesP95: NaN };
  const targets = checkTargets({
    coldLoadRatio: r.coldLoad?.ratio ?? NaN,
    realFrameJsP95Ms: (r.playback.real ?? nan).frameJsP95Ms, realFpsRatio: (r.playback.real ?? nan).fpsRatio,
    routes10kFrameJsP95Ms: (r.playback.routes10k ?? nan).frameJsP95Ms, routes10kFpsRatio: (r.playback.routes10k ?? nan).fpsRatio,
    routes1kFpsRatio: (r.playback.routes1k ?? nan).fpsRatio, voyages1kFpsRatio: (r.playback.voyages1k ?? nan).fpsRatio,
    realScrubFramesP95: (r.scrub.real ?? nan).framesP95, appPlusDataGzipBytes: r.payload.appPlusDataGzipBytes,
  });
  results.targets = targets;
  const file = join(ROOT, 'bench', QUICK ? 'out/results-quick.json' : 'results.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  const peers = (results.playback as { peer?: Record<string, Scenario> }).peer ?? {};
  const limitTrace = (results.playback as { baselineTrace?: Scenario }).baselineTrace;
  const scenarios = Object.entries(r.playback).filter(([name]) => name !== 'baselineTrace' && name !== 'peer');
  const rows = scenarios.map(([name, p]) => {
    const s = r.scrub[name];
    // The rounds' spread beside their median: on this machine one round can differ from the next by 0.2.
    const spread = p.fpsRatios?.length ? `${Math.min(...p.fpsRatios)}–${Math.max(...p.fpsRatios)}` : '–';
    return [name, round(p.loadMs / 1000, 1), p.fps, p.baselineFps, p.fpsRatio, spread, p.frameJsP50Ms, p.frameJsP95Ms, p.frameJsInclusiveP95Ms, p.frameMaplibreP95Ms, p.workerBusy, s?.framesP50 ?? NaN, s?.framesP95 ?? NaN, s?.msP95 ?? NaN];
  });
  const pairs = r.coldLoad.appMs.map((a, i) => round(a / (r.coldLoad.baselineMs[i] ?? NaN)));
  console.log(`\nCold load to ready: app ${r.coldLoad.appMedianMs} ms, baseline ${r.coldLoad.baselineMedianMs} ms (medians), ratio ${r.coldLoad.ratio}`
    + ` (load pairs ${Math.min(...pairs)}–${Math.max(...pairs)})\n`);
  console.log(formatTable(['scenario', 'load s', 'fps', 'base fps', 'ratio', 'rounds', 'JS p50', 'JS p95', 'incl p95', 'MapLibre p95', 'worker', 'scrub p50', 'scrub p95', 'scrub ms p95'], rows));
  const kb = (n: number) => round(n / 1000, 1);
  const p = r.payload;
  console.log(`\nPayload gzip KB, page load (${p.pageLoad.lang}): MapLibre ${kb(p.maplibreGzipBytes)}, app ${kb(p.appGzipBytes)}, data ${kb(p.dataGzipBytes)}, fonts ${kb(p.fontGzipBytes)}`);
  console.log(`Payload gzip KB, all files: MapLibre ${kb(p.allFilesMaplibreGzipBytes)}, app ${kb(p.allFilesAppGzipBytes)}, data ${kb(p.allFilesDataGzipBytes)}, fonts ${kb(p.allFilesFontGzipBytes)}\n`);
  console.log('App, peer (date filters, maplibre-gl-dates) and limit (the baseline) side by side:\n');
  console.log(sideBySideTable(scenarios.filter(([name]) => peers[name]).map(([name, p]) => {
    const peer = peers[name] as Scenario;
    return { name, app: p, peer, limitFps: p.baselineFps, limitTrace, appVsLimit: p.fpsRatio, peerVsLimit: peer.fpsRatio, appVsPeer: p.fpsVsPeer };
  })));
  console.log('');
  console.log(formatTable(['target', 'this machine', 'hardware WebGL', 'value', 'result'],
    targets.map((t) => [t.name, t.target, t.goal, t.value, t.pass ? 'pass' : 'FAIL'])));
  console.log(`\n${QUICK ? 'quick run (not for results): ' : ''}written ${file} in ${results.durationS as number} s`);
}

await main();
