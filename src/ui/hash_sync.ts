/**
 * Keeps the URL hash and the state in step: state -> hash with replaceState
 * (no history entry per slider move; not while playing, to spare the browser),
 * hash -> state when the user edits the URL.
 */
import type { AtlasState } from '../core/state.ts';
import { hashFromState, stateFromHash } from './url_hash.ts';

/**
 * Start syncing. Adds a renderer to `renderers` (mutates the array).
 * @param getState - current state
 * @param set - state update
 * @param renderers - the app's list of state listeners
 * @param isKnownEvent - whether an `event` id from the hash exists; an unknown one selects nothing
 */
export function syncHash(
  getState: () => AtlasState,
  set: (partial: Partial<AtlasState>) => void,
  renderers: ((state: AtlasState, prev: AtlasState | null) => void)[],
  isKnownEvent: (id: string) => boolean = () => true,
): void {
  let written = '';
  const write = (state: AtlasState) => {
    if (state.playing) return;
    const hash = hashFromState(state);
    if (hash === written) return;
    written = hash;
    history.replaceState(null, '', hash);
  };
  renderers.push((state) => write(state));
  write(getState());
  window.addEventListener('hashchange', () => {
    if (location.hash === written) return;
    const parsed = stateFromHash(location.hash);
    const known = parsed.event !== undefined && isKnownEvent(parsed.event);
    set({ ...parsed, ...(known ? { selection: { kind: 'event', id: parsed.event! } } : {}) });
  });
}
