/**
 * The one animation loop: while playback or the story runs, each frame turns
 * the real time elapsed (the freezable clock, core/clock.ts) into one state
 * change (core/clock_step.ts). One frame late means a bigger step, not a
 * slower film. The loop stops itself when nothing runs.
 */
import { now } from '../core/clock.ts';
import { clockStep, isAnimating, type StoryScript } from '../core/clock_step.ts';
import type { AtlasState, StateChange } from '../core/state.ts';
import type { Store } from '../core/store.ts';

/** The running loop. */
export interface AnimationLoop {
  /** Give the story's script (it comes with the story panel, a chunk loaded after the page). */
  setStory(script: StoryScript): void;
}

/**
 * Run the loop whenever the state says something plays.
 * @param store - the app store
 * @returns the loop, to give it the story
 */
export function runAnimationLoop(store: Store<AtlasState, StateChange>): AnimationLoop {
  let frame = 0;
  let last = 0;
  let script: StoryScript | null = null;
  const tick = () => {
    frame = 0;
    const state = store.get();
    if (!isAnimating(state)) return;
    const t = now();
    const change = clockStep(state, t - last, script);
    last = t;
    if (change) store.set(change);
    frame = requestAnimationFrame(tick);
  };
  store.subscribe((state) => {
    if (!isAnimating(state) || frame) return;
    last = now();
    frame = requestAnimationFrame(tick);
  });
  return { setStory: (story) => { script = story; } };
}
