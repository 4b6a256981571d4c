/**
 * Stepped time for the map's filters. MapLibre 6.17 reloads every tile of a
 * source whose layer filter or data-driven property reads a global-state key
 * when that key changes (style.ts `_applyGlobalStateChanges` -> `_reloadSource`).
 * Fed the clock every frame, `routes`, `routes_end` and `events` were re-tiled
 * 29/29/57 times a second while playing (bench, real data: fps 0.69 of bare
 * MapLibre; 10k routes: 0.01). The filters therefore read a key that only
 * changes when time crosses one of the instants they compare with (a route's
 * end, an event's start and start + 24 h): between two such instants every
 * filter gives the same answer, so the map need not know the exact time.
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

/** Options of {@link SteppedClock}. */
export interface SteppedClockOptions {
  /** Least real time between two forward steps while playing, ms. @defaultValue 300 */
  minIntervalMs: number;
}

const defaultOptions: SteppedClockOptions = { minIntervalMs: 300 };

/**
 * Decides when the stepped key is sent to the map: at once when paused or
 * when time goes back (a filter must never show the future), at most every
 * `minIntervalMs` while playing forward (what is meanwhile finished is drawn
 * by the small per-frame active source, so nothing is missing on screen).
 */
export class SteppedClock {
  /** The step last sent to the map. */
  applied: number | null = null;
  private appliedAt = -Infinity;
  private readonly options: SteppedClockOptions;

  /**
   * @param steps - from {@link timeSteps}
   * @param options - throttling
   */
  constructor(readonly steps: readonly number[], options: Partial<SteppedClockOptions> = {}) {
    this.options = { ...defaultOptions, ...options };
  }

  /**
   * The step to send now, or null when the map's key stays. Mutates `applied`.
   * @param time - epoch ms of the state
   * @param playing - whether playback runs
   * @param realNow - real clock, ms (core/clock.ts `now()`)
   * @returns the new step, or null
   */
  update(time: number, playing: boolean, realNow: number): number | null {
    const step = stepAt(this.steps, time);
    if (step === this.applied) return null;
    const back = this.applied !== null && step < this.applied;
    if (playing && !back && realNow - this.appliedAt < this.options.minIntervalMs) return null;
    this.applied = step;
    this.appliedAt = realNow;
    return step;
  }
}
