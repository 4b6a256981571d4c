/**
 * Announces events in an aria-live region while playing, so screen-reader
 * users hear what the map shows as time runs. A user who moves the slider
 * by hand sees the list and is not interrupted.
 */
import { displayFromTime } from '../core/format.ts';
import type { AtlasState } from '../core/state.ts';
import type { ListedEvent } from './event_list.ts';

/**
 * Create the announcer.
 * @param region - the aria-live element (role=status)
 * @param events - sorted events
 * @returns a function to call with each state and the id of the event now current
 */
export function setupAnnouncer(region: HTMLElement, events: readonly ListedEvent[]): (state: AtlasState, currentId: string | null) => void {
  let last: string | null = null;
  return (state, currentId) => {
    if (state.playing && currentId && currentId !== last) {
      const event = events.find((e) => e.feature.properties.id === currentId);
      if (event) {
        const title = event.feature.properties.title;
        region.textContent = `${displayFromTime(state.time, 'minute', state.lang)}: ${title[state.lang] ?? title.en}`;
      }
    }
    last = currentId;
  };
}
