/**
 * Playback driven by elapsed time read from the freezable clock (core/clock.ts),
 * not by frame counts: one frame late means a bigger step, not a slower film.
 */
import { now } from '../core/clock.ts';
import type { AtlasState } from '../core/state.ts';
import { advancePlayback } from '../core/timeline.ts';

let running = false;

/**
 * Start the animation loop if it is not running; it stops itself when state.playing turns false.
 * @param getState - current state
 * @param set - state update
 */
export function startPlayback(getState: () => AtlasState, set: (partial: Partial<AtlasState>) => void): void {
  if (running) return;
  running = true;
  let last = now();
  const tick = () => {
    const state = getState();
    if (!state.playing) { running = false; return; }
    const t = now();
    const step = advancePlayback(state.time, t - last, state.speed, state.loop);
    last = t;
    set(step);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
