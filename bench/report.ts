/**
 * The benchmark's targets and its printed table.
 */

/** One target of the performance issue, checked (not asserted) against a result. */
export interface TargetCheck {
  name: string;
  /** e.g. `<= 1.25`. */
  target: string;
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
 * Check every target. NaN (not measured) fails.
 * @param r - the measured figures
 * @returns one check per target, in the order
 */
export function checkTargets(r: TargetInputs): TargetCheck[] {
  const atMost = (name: string, value: number, limit: number): TargetCheck => ({ name, target: `<= ${limit}`, value, pass: value <= limit });
  const atLeast = (name: string, value: number, limit: number): TargetCheck => ({ name, target: `>= ${limit}`, value, pass: value >= limit });
  return [
    atMost('cold load, app / baseline', r.coldLoadRatio, 1.25),
    atMost('playback real: app JS ms/frame p95', r.realFrameJsP95Ms, 2),
    atLeast('playback real: fps app / baseline', r.realFpsRatio, 0.9),
    atMost('playback 10k routes: app JS ms/frame p95', r.routes10kFrameJsP95Ms, 4),
    atLeast('playback 10k routes: fps app / baseline', r.routes10kFpsRatio, 0.8),
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
