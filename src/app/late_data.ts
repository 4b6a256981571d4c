/**
 * What only popups (and the export) need arrives after the page is ready: the
 * bibliography, the routes' titles and notes, the events' details, and the
 * events' long texts (of the interface language, then of each language the
 * reader switches to). Each arrival
 * grows {@link LateData.version}, so an open popup is rebuilt once with it; a
 * file that fails is named in a notice (English stands in for a language's texts).
 */
import type { AtlasState, StateChange } from '../core/state.ts';
import type { Store } from '../core/store.ts';
import { loadEventTexts, type AtlasData, type LoadResult } from '../data/loader.ts';
import type { Source } from '../data/schema.ts';

/** Delay of the popups' data after `ready` when nothing needs it sooner (it stays out of the load). */
const POPUP_DATA_AFTER_READY_MS = 1500;

/** The late data. */
export interface LateData {
  /** The bibliography by id (empty until it arrives). */
  sources(): ReadonlyMap<string, Source>;
  /** Fetch the popups' data after the load has settled, or at once when something is selected. */
  startAfterReady(): void;
}

/**
 * Wire the late loads.
 * @param data - the loaded data with its lazy parts
 * @param store - the app store (its language and selection)
 * @param version - grown by one with each arrival
 * @param notify - shows a notice
 * @returns the late data
 */
export function wireLateData(
  data: AtlasData, store: Store<AtlasState, StateChange>, version: Store<number, number>, notify: (message: string) => void,
): LateData {
  let sources: ReadonlyMap<string, Source> = new Map();
  const arrived = <T>(result: LoadResult<T>) => {
    if (!result.ok) notify(result.message);
    version.set(1);
  };
  void data.sources.result.then((result) => {
    if (result.ok) sources = new Map(result.data.map((s) => [s.id, s]));
    arrived(result);
  });
  void data.routeTexts.result.then(arrived);
  void data.placeDetails.result.then(arrived);
  void data.eventDetails.result.then(arrived);
  void data.eventTexts.result.then(arrived);
  // Another language's event texts are fetched when the reader switches to it.
  const events = data.events.ok ? data.events.data : null;
  if (events) {
    store.subscribe((state, prev) => {
      if (!prev || prev.lang === state.lang) return;
      void loadEventTexts(events, state.lang).then(async (result) => {
        if (!result.ok) {
          notify(result.message);
          await loadEventTexts(events, 'en');
        }
        version.set(1);
      });
    });
  }
  const start = () => {
    data.sources.start(); data.routeTexts.start(); data.placeDetails.start(); data.eventDetails.start(); data.eventTexts.start();
  };
  return {
    sources: () => sources,
    startAfterReady() {
      store.subscribe((state) => { if (state.selection) start(); });
      setTimeout(start, POPUP_DATA_AFTER_READY_MS);
    },
  };
}
