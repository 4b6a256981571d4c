/**
 * A freezable clock, after maplibre's `src/util/time_control.ts`: playback
 * reads `now()` so tests and benchmarks can pin or step time.
 */

let frozen: number | null = null;

/**
 * Current time in milliseconds (performance.now() scale) or the frozen value.
 * @returns milliseconds
 */
export function now(): number {
  return frozen ?? performance.now();
}

/**
 * Freeze the clock at a value, or unfreeze with null. Mutates module state.
 * @param time - milliseconds to return from now(), or null for the real clock
 */
export function setNow(time: number | null): void {
  frozen = time;
}
