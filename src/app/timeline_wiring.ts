/**
 * The timeline: its one clock (playback and the story, ui/animation_loop.ts), the time controls, the event list (which marks the
 * event current at the slider's time and opens an event when picked), and the
 * announcer that reads events aloud while playing. The list and the announcer
 * need not follow every frame of playback (the date display does).
 */
import type { AtlasState, StateChange } from '../core/state.ts';
import type { Store } from '../core/store.ts';
import { runAnimationLoop, type AnimationLoop } from '../ui/animation_loop.ts';
import { setupAnnouncer } from '../ui/announcer.ts';
import { byId } from '../ui/dom.ts';
import { setEventListLanguage, setupEventList, type ListedEvent } from '../ui/event_list.ts';
import { onLanguage } from '../ui/on_language.ts';
import { throttleWhilePlaying } from '../ui/throttle.ts';
import { setupTimeControls } from '../ui/time_controls.ts';

/**
 * Build the panels, subscribe them and start the one clock of playback and the story.
 * @param store - the app store
 * @param events - the atlas's events with valid dates, sorted
 * @returns the loop, which the story panel gives its script
 */
export function wireTimeline(store: Store<AtlasState, StateChange>, events: readonly ListedEvent[]): AnimationLoop {
  const loop = runAnimationLoop(store);
  store.subscribe(setupTimeControls(byId('time-panel'), events.map((e) => e.startMs), store.get, store.set));
  const list = byId('event-list') as HTMLOListElement;
  const markCurrent = setupEventList(list, events, (id) => {
    const picked = events.find((e) => e.feature.properties.id === id);
    if (picked) store.set({ time: picked.startMs, playing: false, selection: { kind: 'event', id }, flight: { kind: 'selection' } });
  });
  store.subscribe(onLanguage((lang) => setEventListLanguage(list, events, lang)));
  const announce = setupAnnouncer(byId('announcer'), events);
  // The list holds the atlas's events only: an event of the reader's own file marks none.
  const selectedEvent = (s: AtlasState) => (s.selection?.kind === 'event' && !s.selection.user ? s.selection.id : null);
  store.subscribe(throttleWhilePlaying((s: AtlasState) => announce(s, markCurrent(s.time, selectedEvent(s)))));
  return loop;
}
