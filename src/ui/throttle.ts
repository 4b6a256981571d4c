/**
 * Renderers that need not follow every frame of playback (lists, figures, the
 * announcer) run at most a few times a second while playing; every state
 * change outside playback, and the one that stops it, still renders at once.
 */
import { now } from '../core/clock.ts';
import type { AtlasState } from '../core/state.ts';

/** Options of {@link throttleWhilePlaying}. */
export interface ThrottleOptions {
  /** Least real time between two renders while playing, ms. @defaultValue 250 */
  intervalMs: number;
}

const defaultOptions: ThrottleOptions = { intervalMs: 250 };

/**
 * Wrap a renderer so it skips states while playing that come sooner than `intervalMs` after its last run.
 * @param render - the renderer
 * @param options - interval
 * @returns the throttled renderer
 * @example renderers.push(throttleWhilePlaying((s) => updateList(s)));
 */
export function throttleWhilePlaying<P extends unknown[]>(
  render: (state: AtlasState, ...rest: P) => void, options: Partial<ThrottleOptions> = {},
): (state: AtlasState, ...rest: P) => void {
  const { intervalMs } = { ...defaultOptions, ...options };
  let last = -Infinity;
  return (state, ...rest) => {
    const t = now();
    if (state.playing && t - last < intervalMs) return;
    last = t;
    render(state, ...rest);
  };
}
