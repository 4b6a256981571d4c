/**
 * The timeline: its range, its two phases, stepping and event navigation.
 * Pure: times are epoch ms (UTC); nothing here reads a clock or the DOM.
 *
 * Two phases share one time axis (slider value = hours since TIMELINE_START):
 *
 * ```
 *  8 Aug 1945 ── campaign, by the hour ── 5 Sep 24:00 │ 7 Sep 1945 ── aftermath, by the day ── 31 Dec 1949 24:00
 *  speed: h/s                                          │ speed × 24: days/s
 * ```
 *
 * The slider shows one phase at a time, full width (ui/time_controls.ts): on a
 * 370 px slider the campaign gets 12.8 px a day instead of 3.9 on one
 * non-linear slider of both phases (measured at 390 and 1280 px wide).
 */
import { timeFromIso } from './dates.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** First instant on the slider: 1945-08-08T00:00+09:00, the eve of the Soviet declaration taking effect. */
export const TIMELINE_START = timeFromIso('1945-08-08T00:00+09:00') as number;
/** Last instant of the campaign phase (inclusive): 1945-09-05T24:00+09:00. */
export const CAMPAIGN_END = timeFromIso('1945-09-06T00:00+09:00') as number;
/** First slider position of the aftermath phase: 1945-09-07T00:00+09:00 (a whole day after the campaign's end). */
export const AFTERMATH_START = CAMPAIGN_END + DAY_MS;
/** Last instant on the slider (inclusive): 1949-12-31T24:00+09:00, after the last repatriation voyage of 1949. */
export const TIMELINE_END = timeFromIso('1950-01-01T00:00+09:00') as number;
/** Number of hours on the whole axis; the slider's values lie in 0..TIMELINE_HOURS. */
export const TIMELINE_HOURS = Math.round((TIMELINE_END - TIMELINE_START) / HOUR_MS);

/** A step unit in milliseconds. */
const STEP_MS = { hour: HOUR_MS, day: DAY_MS, week: 7 * DAY_MS } as const;
/** A step unit: an hour, a day or a week. */
export type StepUnit = keyof typeof STEP_MS;

/** One phase of the timeline as the slider shows it. */
export interface Phase {
  id: 'campaign' | 'aftermath';
  /** First and last instant (inclusive), epoch ms. */
  start: number;
  end: number;
  /** An arrow key's step, and Shift+arrow's and the step buttons'. */
  step: StepUnit;
  bigStep: StepUnit;
  /** Simulated time per real second = `speed` hours × this (24: the speed reads as days per second). */
  rate: number;
}

/** The campaign (hours) and the aftermath (days), in time order. */
export const PHASES: readonly [Phase, Phase] = [
  { id: 'campaign', start: TIMELINE_START, end: CAMPAIGN_END, step: 'hour', bigStep: 'day', rate: 1 },
  { id: 'aftermath', start: AFTERMATH_START, end: TIMELINE_END, step: 'day', bigStep: 'week', rate: 24 },
];

/**
 * The phase an instant belongs to: the campaign up to and including its end, the aftermath after.
 * @param time - epoch ms
 * @returns the phase
 */
export function phaseFromTime(time: number): Phase {
  return clampTime(time) <= CAMPAIGN_END ? PHASES[0] : PHASES[1];
}

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
 * Step by exactly one hour, day or week, keeping the time of day (the day
 * buttons of docs/CONTRACT.md move 24 h, so 15 Aug 12:00 goes to 16 Aug 12:00).
 * @param time - epoch ms
 * @param unit - 'hour', 'day' or 'week'
 * @param direction - +1 forward, -1 back
 * @returns epoch ms, clamped to the range
 */
export function stepTime(time: number, unit: StepUnit, direction: 1 | -1): number {
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
 * Advance playback by real elapsed time (not frames), so speed is independent
 * of the frame rate. Playback stays in the phase it runs in: the campaign at
 * `speed` hours a second stops (or loops) at 5 Sep 24:00, the aftermath runs
 * at `speed` days a second to the end of 1949.
 * @param time - current instant, epoch ms
 * @param elapsedMs - real milliseconds since the last tick
 * @param speed - simulated hours per real second in the campaign (days in the aftermath)
 * @param loop - wrap to the phase's start at its end instead of stopping
 * @returns the new instant and whether playback continues
 */
export function advancePlayback(time: number, elapsedMs: number, speed: number, loop: boolean): PlaybackStep {
  const phase = phaseFromTime(time);
  const next = Math.max(phase.start, time) + (Math.max(0, elapsedMs) / 1000) * speed * phase.rate * HOUR_MS;
  if (next < phase.end) return { time: clampTime(next), playing: true };
  if (loop) return { time: phase.start, playing: true };
  return { time: phase.end, playing: false };
}
