/**
 * Stepped time: the instants at which something time-dependent changes (an
 * event's start and start + 24 h, a figure's date). Between two steps the
 * answer is the same, so the map and the panels need updating only when time
 * crosses a step, not every frame.
 */

/**
 * Sorted unique finite instants.
 * @param instants - epoch ms, any order, duplicates and non-finite values allowed
 * @returns ascending, without duplicates
 */
export function timeSteps(instants: Iterable<number>): number[] {
  const finite = [...instants].filter((t) => Number.isFinite(t));
  return [...new Set(finite)].sort((a, b) => a - b);
}

/** The step value before the first instant (earlier than any date in the data). */
export const BEFORE_ALL_STEPS = -1e15;

/**
 * The last step at or before `time`, by binary search: a filter `x <= step`
 * (x one of the steps) equals `x <= time`.
 * @param steps - from {@link timeSteps}
 * @param time - epoch ms
 * @returns a step, or {@link BEFORE_ALL_STEPS} when time is before the first
 * @example stepAt([10, 20, 30], 25) // 20
 */
export function stepAt(steps: readonly number[], time: number): number {
  let lo = 0, hi = steps.length;
  // Invariant: steps[i] <= time for i < lo, steps[i] > time for i >= hi.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((steps[mid] as number) <= time) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? BEFORE_ALL_STEPS : (steps[lo - 1] as number);
}
