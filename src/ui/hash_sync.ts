/**
 * Keeps the URL hash and the state in step: state -> hash with replaceState
 * (no history entry per slider move; not while playing, to spare the browser),
 * hash -> state when the reader edits the URL.
 */
import { mergeFamily } from '../core/family.ts';
import type { AtlasState, StateChange } from '../core/state.ts';
import type { Store } from '../core/store.ts';
import { hashFromState, stateFromHash } from './url_hash.ts';

/**
 * The change a link asks for: its fields, and the event it names selected and,
 * when the link has no date, its time. An unknown event selects nothing.
 * @param hash - e.g. "#event=maoka-landing"
 * @param eventStart - an event's start (epoch ms), or undefined when no such event exists
 * @returns the change
 */
export function changeFromHash(hash: string, eventStart: (id: string) => number | undefined): StateChange {
  // A shared link's family paths are added to the reader's own by the caller, never put in their place.
  const { event, family: _family, ...parsed } = stateFromHash(hash);
  if (event === undefined) return parsed;
  const start = eventStart(event);
  if (start === undefined) return { ...parsed, selection: null };
  return { time: start, ...parsed, selection: { kind: 'event', id: event } };
}

/**
 * Start syncing.
 * @param store - the app store
 * @param eventStart - an event's start, or undefined for an unknown id
 */
export function syncHash(store: Store<AtlasState, StateChange>, eventStart: (id: string) => number | undefined): void {
  let written = '';
  store.subscribe((state) => {
    if (state.playing) return;
    const hash = hashFromState(state);
    if (hash === written) return;
    written = hash;
    history.replaceState(null, '', hash);
  });
  window.addEventListener('hashchange', () => {
    if (location.hash === written) return;
    const { family } = stateFromHash(location.hash);
    store.set({ ...changeFromHash(location.hash, eventStart), ...(family ? { family: mergeFamily(store.get().family, family) } : {}) });
  });
}
