/**
 * The app's one store of {@link AtlasState}. A language whose interface strings
 * are not loaded yet is applied once they are (or failed: English), so that no
 * panel ever renders in a language it cannot show; the latest language asked
 * for wins.
 */
import { isLang, type Lang } from '../core/lang.ts';
import { updateState, type AtlasState, type StateChange } from '../core/state.ts';
import { createStore, type Store } from '../core/store.ts';
import { hasStrings, loadStrings } from '../ui/strings.ts';

/**
 * Create the store.
 * @param initial - the state at start (its language's strings already loaded)
 * @returns the store
 */
export function createAppStore(initial: AtlasState): Store<AtlasState, StateChange> {
  const store = createStore(initial, updateState);
  let langWanted: Lang = initial.lang;
  return {
    ...store,
    set(change) {
      if (!isLang(change.lang)) { store.set(change); return; }
      langWanted = change.lang;
      if (hasStrings(change.lang)) { store.set(change); return; }
      const { lang, ...rest } = change;
      void loadStrings(lang).then(() => { if (langWanted === lang) store.set({ lang }); });
      if (Object.keys(rest).length > 0) store.set(rest);
    },
  };
}
