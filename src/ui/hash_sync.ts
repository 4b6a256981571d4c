/**
 * Keeps the URL hash and the state in step: state -> hash with replaceState
 * (no history entry per slider move; not while playing, to spare the browser),
 * hash -> state when the reader edits the URL.
 */
import { mergeFamily } from '../core/family.ts';
import type { AtlasState, StateChange } from '../core/state.ts';
import type { Store } from '../core/store.ts';
import { hashFromState, stateFromHash } from './url_hash.ts';

/** What a link may name, as the data knows it. */
export interface LinkTargets {
  /** An event's start (epoch ms), or undefined when no such event exists. */
  eventStart(id: string): number | undefined;
  /** Whether a place exists. */
  hasPlace(id: string): boolean;
}

/**
 * The change a link asks for: its fields, and the event or place it names
 * selected. An event link without a date opens at the event's time; a place
 * link without a camera flies to the place. An unknown id selects nothing.
 * @param hash - e.g. "#event=maoka-landing", "#place=maoka"
 * @param targets - the events and places of the data
 * @returns the change
 */
export function changeFromHash(hash: string, targets: LinkTargets): StateChange {
  // A shared link's family paths are added to the reader's own by the caller, never put in their place.
  const { event, place, family: _family, ...parsed } = stateFromHash(hash);
  if (event !== undefined) {
    const start = targets.eventStart(event);
    if (start === undefined) return { ...parsed, selection: null };
    return { time: start, ...parsed, selection: { kind: 'event', id: event } };
  }
  if (place !== undefined) {
    if (!targets.hasPlace(place)) return { ...parsed, selection: null };
    return { ...parsed, selection: { kind: 'place', id: place }, ...(parsed.camera ? {} : { flight: { kind: 'selection' } as const }) };
  }
  return parsed;
}

/**
 * Start syncing.
 * @param store - the app store
 * @param targets - the events and places of the data
 */
export function syncHash(store: Store<AtlasState, StateChange>, targets: LinkTargets): void {
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
    store.set({ ...changeFromHash(location.hash, targets), ...(family ? { family: mergeFamily(store.get().family, family) } : {}) });
  });
}
