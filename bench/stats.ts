/**
 * Small statistics for the benchmark: nearest-rank percentiles (always an
 * observed value), medians and frame rates.
 */

/**
 * Nearest-rank percentile.
 * @param values - any order; NaN and null are ignored
 * @param p - 0..100
 * @returns the smallest value with at least p % of the values at or below it, or NaN when empty
 * @example percentile([1, 2, 3, 4], 50) === 2
 */
export function percentile(values: readonly (number | null)[], p: number): number {
  const sorted = values.filter((v): v is number => v !== null && !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/**
 * Median as the 50th nearest-rank percentile.
 * @param values - numbers
 */
export function median(values: readonly (number | null)[]): number {
  return percentile(values, 50);
}

/**
 * Arithmetic mean.
 * @param values - numbers; NaN is ignored
 * @returns the mean, or NaN when empty
 */
export function mean(values: readonly number[]): number {
  const kept = values.filter((v) => !Number.isNaN(v));
  return kept.length ? kept.reduce((s, v) => s + v, 0) / kept.length : NaN;
}

/**
 * Frames per second over a window: frames seen from its start to the last frame.
 * Counting from the window's start (not the first frame) still gives a rate
 * when a single frame outlasts the window.
 * @param frameTimes - animation-frame timestamps, ms, increasing
 * @param startMs - when the window started, same clock
 * @returns frames per second, or NaN without frames
 */
export function fpsFromFrameTimes(frameTimes: readonly number[], startMs: number): number {
  const last = frameTimes[frameTimes.length - 1];
  return last === undefined || last <= startMs ? NaN : (frameTimes.length * 1000) / (last - startMs);
}

/**
 * Round for the results file.
 * @param value - a number
 * @param digits - decimals
 */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * Ratios of paired windows, round by round (page A's window and page B's of the
 * same round share the machine's load of that moment), and their median: the
 * verdict is the median of the rounds' ratios, not a ratio of two medians.
 * @param numerators - page A's figure per round
 * @param denominators - page B's figure per round; a round without one gives NaN
 * @returns each round's ratio and their median (NaN without rounds)
 * @example pairedRatios([10, 20], [20, 25]) // { ratios: [0.5, 0.8], median: 0.5 }
 */
export function pairedRatios(numerators: readonly number[], denominators: readonly number[]): { ratios: number[]; median: number } {
  const ratios = numerators.map((n, i) => n / (denominators[i] ?? NaN));
  return { ratios, median: median(ratios) };
}
