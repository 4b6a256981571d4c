/**
 * The interface language: a radio group (DOM hook: inputs `name="lang"` with
 * values `en`, `ja`, `ru`, docs/CONTRACT.md) and the page texts that follow
 * it (`<html lang>`, the title, headings and landmark labels). Switching is
 * instant: nothing is reloaded.
 */
import type { AtlasState } from '../core/state.ts';
import { LANGS, LANG_NAMES, t, type Lang } from './strings.ts';
import { onLanguage } from './on_language.ts';

/**
 * Build the language radios into `fieldset`. Each option is written in its own
 * language (and marked with its `lang`), so a reader finds theirs whatever is shown.
 * @param fieldset - the #lang-choice element
 * @param onPick - intent callback with the chosen language
 * @returns a function that checks the radio of a state's language and relabels the group
 */
export function setupLanguageControl(fieldset: HTMLElement, onPick: (lang: Lang) => void): (state: AtlasState, prev: AtlasState | null) => void {
  const legend = document.createElement('legend');
  legend.className = 'visually-hidden';
  fieldset.replaceChildren(legend);
  const inputs = LANGS.map((lang) => {
    const label = document.createElement('label');
    label.lang = lang;
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'lang';
    input.value = lang;
    input.addEventListener('change', () => { if (input.checked) onPick(lang); });
    label.append(input, ' ', LANG_NAMES[lang]);
    fieldset.append(label);
    return input;
  });
  // Called on every state change, every frame while playing: touch the group only when the language changed.
  return onLanguage((lang) => {
    legend.textContent = t('lang.heading', lang);
    for (const input of inputs) input.checked = input.value === lang;
  });
}

/** Element id -> string key for the texts index.html leaves empty. */
const PAGE_TEXTS = {
  'atlas-title': 'page.title',
  'atlas-subtitle': 'page.subtitle',
  'events-heading': 'events.heading',
  'places-heading': 'places.inView',
} as const;

/** Element id -> string key for landmark labels (aria-label). */
const PAGE_LABELS = { map: 'page.map', 'time-panel': 'time.heading', 'atlas-side': 'page.panel' } as const;

/**
 * Put the page's own texts in a language: `<html lang>`, the document title,
 * headings and landmark labels. Elements that are absent are skipped.
 * @param doc - the document (mutated)
 * @param lang - interface language
 */
export function applyPageLanguage(doc: Document, lang: Lang): void {
  doc.documentElement.lang = lang;
  doc.title = t('page.documentTitle', lang);
  for (const [id, key] of Object.entries(PAGE_TEXTS)) {
    const node = doc.getElementById(id);
    if (node) node.textContent = t(key, lang);
  }
  for (const [id, key] of Object.entries(PAGE_LABELS)) doc.getElementById(id)?.setAttribute('aria-label', t(key, lang));
}
