/**
 * The benchmark's targets and its printed tables.
 */
import { round } from './stats.ts';

/** One target of the performance issue, checked (not asserted) against a result. */
export interface TargetCheck {
  name: string;
  /** e.g. `<= 2`: the target on this project's machine (SwiftShader WebGL on 2 cores). */
  target: string;
  /** e.g. `<= 1.25`: the goal that stands for hardware WebGL, where there is one. */
  goal: string;
  value: number;
  pass: boolean;
}

/** Figures the targets are checked against (keys as in bench/results.json). */
export interface TargetInputs {
  coldLoadRatio: number;
  realFrameJsP95Ms: number;
  realFpsRatio: number;
  routes10kFrameJsP95Ms: number;
  routes10kFpsRatio: number;
  routes1kFpsRatio: number;
  voyages1kFpsRatio: number;
  realScrubFramesP95: number;
  appPlusDataGzipBytes: number;
}

/** The first view's app + data, in bytes (SI kilobytes): 160 KB since the finer basemap (issue #12; 100 KB before). */
const PAYLOAD_BUDGET_BYTES = 160_000;

/**
 * Ratios to the limit (the baseline page, the same basemap without the app):
 * the target on this machine and the goal for hardware WebGL (issue #12).
 */
const RATIO_TARGETS = {
  coldLoad: { machine: 2.0, hardware: 1.25 },
  realFps: { machine: 0.7, hardware: 0.9 },
  routes10kFps: { machine: 0.55, hardware: 0.8 },
} as const;

/**
 * Check every target. NaN (not measured) fails.
 * @param r - the measured figures
 * @returns one check per target, in the order
 */
export function checkTargets(r: TargetInputs): TargetCheck[] {
  const atMost = (name: string, value: number, limit: number, goal?: number): TargetCheck =>
    ({ name, target: `<= ${limit}`, goal: goal === undefined ? '' : `<= ${goal}`, value, pass: value <= limit });
  const atLeast = (name: string, value: number, limit: number, goal?: number): TargetCheck =>
    ({ name, target: `>= ${limit}`, goal: goal === undefined ? '' : `>= ${goal}`, value, pass: value >= limit });
  const t = RATIO_TARGETS;
  return [
    atMost('cold load, app / baseline', r.coldLoadRatio, t.coldLoad.machine, t.coldLoad.hardware),
    atMost('playback real: app JS ms/frame p95', r.realFrameJsP95Ms, 2),
    atLeast('playback real: fps app / baseline', r.realFpsRatio, t.realFps.machine, t.realFps.hardware),
    atMost('playback 10k routes: app JS ms/frame p95', r.routes10kFrameJsP95Ms, 4),
    atLeast('playback 10k routes: fps app / baseline', r.routes10kFpsRatio, t.routes10kFps.machine, t.routes10kFps.hardware),
    // Issue #14: 1,000 voyages of the aftermath play no worse than 1,000 campaign routes.
    atLeast('playback 1k voyages: fps app / baseline, vs 1k routes', r.voyages1kFpsRatio, r.routes1kFpsRatio),
    atMost('scrub real: frames p95', r.realScrubFramesP95, 2),
    atMost('payload: page load, app code + data, gzip bytes', r.appPlusDataGzipBytes, PAYLOAD_BUDGET_BYTES),
  ];
}

/**
 * A plain-text table with aligned columns.
 * @param header - column titles
 * @param rows - cells (numbers are printed as given)
 * @returns the table, lines joined with `\n`
 */
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((row) => row.map((c) => (typeof c === 'number' ? (Number.isNaN(c) ? '–' : String(c)) : c)));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row: string[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** One page's playback figures in a scenario (keys as in bench/results.json); NaN where not measured. */
export interface PagePlayback {
  fps: number;
  frameJsP50Ms: number;
  frameJsP95Ms: number;
  /** MapLibre's own main-thread time per frame (not the page's code), p95. */
  frameMaplibreP95Ms: number;
  /** Share of the traced window the map's workers were busy (tiling, filtering), 0..1 per worker summed. */
  workerBusy: number;
  /** Tiles (re)loaded per second while playing, by source. */
  tilesLoadedPerS: Record<string, number>;
}

/** A scenario's figures for the side-by-side table: the app, the peer (when it ran) and the limit. */
export interface ScenarioSideBySide {
  name: string;
  app: PagePlayback;
  peer?: PagePlayback;
  /** The baseline's frame rate, paired with the app's windows. */
  limitFps: number;
  /** The baseline's traced camera loop (the same for every scenario). */
  limitTrace?: Pick<PagePlayback, 'frameMaplibreP95Ms' | 'workerBusy'>;
  /** Medians of the rounds' ratios: app / limit, peer / limit, app / peer. */
  appVsLimit: number;
  peerVsLimit?: number;
  appVsPeer?: number;
}

/**
 * The app, the peer and the limit side by side, a block of rows per scenario.
 * The limit's frame JS is not shown: it runs no code of its own while the camera moves.
 * @param scenarios - in the order to print
 * @returns the table (columns: scenario, measure, app, peer, limit)
 */
export function sideBySideTable(scenarios: readonly ScenarioSideBySide[]): string {
  const tiles = (p?: PagePlayback) => (p ? round(Object.values(p.tilesLoadedPerS).reduce((a, b) => a + b, 0), 1) : NaN);
  const rows = scenarios.flatMap((s) => [
    [s.name, 'fps', s.app.fps, s.peer?.fps ?? NaN, s.limitFps],
    ['', 'fps / limit', s.appVsLimit, s.peerVsLimit ?? NaN, 1],
    ['', 'fps app / peer', s.appVsPeer ?? NaN, s.peer ? 1 : NaN, NaN],
    ['', 'frame JS p50 / p95 ms', `${s.app.frameJsP50Ms} / ${s.app.frameJsP95Ms}`, s.peer ? `${s.peer.frameJsP50Ms} / ${s.peer.frameJsP95Ms}` : NaN, NaN],
    ['', 'MapLibre main thread p95 ms', s.app.frameMaplibreP95Ms, s.peer?.frameMaplibreP95Ms ?? NaN, s.limitTrace?.frameMaplibreP95Ms ?? NaN],
    ['', 'worker busy', s.app.workerBusy, s.peer?.workerBusy ?? NaN, s.limitTrace?.workerBusy ?? NaN],
    ['', 'tiles loaded / s', tiles(s.app), tiles(s.peer), NaN],
  ]);
  return formatTable(['scenario', 'measure', 'app', 'peer', 'limit'], rows);
}
