/**
 * The campaign timeline: its range, hour stepping and event navigation.
 * Pure: times are epoch ms (UTC); nothing here reads a clock or the DOM.
 */
import { timeFromIso } from './dates.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** First instant on the slider: 1945-08-08T00:00+09:00, the eve of the Soviet declaration taking effect. */
export const TIMELINE_START = timeFromIso('1945-08-08T00:00+09:00') as number;
/** Last instant on the slider (inclusive): 1945-09-05T24:00+09:00. */
export const TIMELINE_END = timeFromIso('1945-09-06T00:00+09:00') as number;
/** Number of hour steps on the slider; the slider runs 0..TIMELINE_HOURS. */
export const TIMELINE_HOURS = Math.round((TIMELINE_END - TIMELINE_START) / HOUR_MS);

/** One hour and one day in milliseconds. */
const STEP_MS = { hour: HOUR_MS, day: DAY_MS } as const;

/**
 * Clamp an instant into the timeline range.
 * @param time - epoch ms; NaN is treated as the start
 * @returns epoch ms within [TIMELINE_START, TIMELINE_END]
 */
export function clampTime(time: number): number {
  if (!Number.isFinite(time)) return time === Infinity ? TIMELINE_END : TIMELINE_START;
  return Math.min(TIMELINE_END, Math.max(TIMELINE_START, time));
}

/**
 * Slider position from an instant.
 * @param time - epoch ms
 * @returns whole hours since TIMELINE_START (rounded down), clamped to the range
 */
export function hoursFromTime(time: number): number {
  return Math.floor((clampTime(time) - TIMELINE_START) / HOUR_MS);
}

/**
 * Instant from a slider position.
 * @param hours - hours since TIMELINE_START (may be fractional)
 * @returns epoch ms, clamped to the range
 */
export function timeFromHours(hours: number): number {
  return clampTime(TIMELINE_START + hours * HOUR_MS);
}

/**
 * Step by exactly one hour or one day, keeping the time of day (the day
 * buttons of docs/CONTRACT.md move 24 h, so 15 Aug 12:00 goes to 16 Aug 12:00).
 * @param time - epoch ms
 * @param unit - 'hour' or 'day'
 * @param direction - +1 forward, -1 back
 * @returns epoch ms, clamped to the range
 */
export function stepTime(time: number, unit: 'hour' | 'day', direction: 1 | -1): number {
  return clampTime(clampTime(time) + direction * STEP_MS[unit]);
}

/**
 * The first event time strictly after `time`.
 * @param time - epoch ms
 * @param eventTimes - event instants (epoch ms), any order
 * @returns the next instant inside the timeline, or null when none is left
 */
export function nextEventTime(time: number, eventTimes: readonly number[]): number | null {
  let best: number | null = null;
  for (const t of eventTimes) {
    if (t > time && t <= TIMELINE_END && (best === null || t < best)) best = t;
  }
  return best;
}

/**
 * The last event time strictly before `time`.
 * @param time - epoch ms
 * @param eventTimes - event instants (epoch ms), any order
 * @returns the previous instant inside the timeline, or null when none
 */
export function previousEventTime(time: number, eventTimes: readonly number[]): number | null {
  let best: number | null = null;
  for (const t of eventTimes) {
    if (t < time && t >= TIMELINE_START && (best === null || t > best)) best = t;
  }
  return best;
}

/** Result of advancing playback. */
export interface PlaybackStep {
  /** New instant, epoch ms. */
  time: number;
  /** False once playback reached the end without looping. */
  playing: boolean;
}

/**
 * Advance playback by real elapsed time (not frames), so speed is independent of the frame rate.
 * @param time - current instant, epoch ms
 * @param elapsedMs - real milliseconds since the last tick
 * @param speed - simulated hours per real second
 * @param loop - wrap to the start at the end instead of stopping
 * @returns the new instant and whether playback continues
 */
export function advancePlayback(time: number, elapsedMs: number, speed: number, loop: boolean): PlaybackStep {
  const next = time + (Math.max(0, elapsedMs) / 1000) * speed * HOUR_MS;
  if (next < TIMELINE_END) return { time: clampTime(next), playing: true };
  if (loop) return { time: TIMELINE_START, playing: true };
  return { time: TIMELINE_END, playing: false };
}
