/**
 * A state subscriber that runs only when the interface language changes (and
 * on its first call): for texts that follow the language and nothing else.
 */
import type { Lang } from '../core/lang.ts';
import type { AtlasState } from '../core/state.ts';

/**
 * @param render - applies the texts of a language
 * @returns a subscriber for the store
 */
export function onLanguage(render: (lang: Lang) => void): (state: AtlasState, prev: AtlasState | null) => void {
  return (state, prev) => { if (!prev || prev.lang !== state.lang) render(state.lang); };
}
