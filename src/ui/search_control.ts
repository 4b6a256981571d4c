/**
 * The search box: a combobox (ARIA 1.2 pattern) over place names in every
 * script and romanisation and over event titles. Keyboard: type, ArrowDown /
 * ArrowUp through the options, Enter picks (the first option when none is
 * active), Escape closes the list (a second Escape clears the box). The
 * control only emits the picked entry; main.ts selects it and moves the map.
 */
import { labelFromProperties } from '../core/names.ts';
import { buildSearchIndex, eventEntry, placeEntry, searchIndex, type SearchHit } from '../core/search.ts';
import type { AtlasState } from '../core/state.ts';
import type { EventFeature, PlaceFeature } from '../data/schema.ts';
import { PUNCT, t, type Lang } from './strings.ts';
import { handleComboboxKeys } from './combobox_keys.ts';

/** What the user picked. */
export interface SearchPick { kind: 'place' | 'event'; id: string }

/**
 * Build the search box into `container`.
 * @param container - an empty element in the side panel
 * @param places - place features
 * @param events - event features
 * @param getState - current state (name mode, script and language of the option texts)
 * @param onPick - called with the picked place or event
 * @returns a function to call with each state (re-applies texts when the language changes)
 */
export function setupSearchControl(
  container: HTMLElement, places: readonly PlaceFeature[], events: readonly EventFeature[],
  getState: () => AtlasState, onPick: (pick: SearchPick) => void,
): (state: AtlasState) => void {
  const index = buildSearchIndex([
    ...places.map((f) => placeEntry(f.properties.id, f.properties)),
    ...events.map((f) => eventEntry(f.properties.id, f.properties.title)),
  ]);
  const placeById = new Map(places.map((f) => [f.properties.id, f.properties]));
  const eventById = new Map(events.map((f) => [f.properties.id, f.properties]));

  const label = Object.assign(document.createElement('label'), { htmlFor: 'search-input', id: 'search-label' });
  const input = Object.assign(document.createElement('input'), { id: 'search-input', type: 'search', autocomplete: 'off', spellcheck: false });
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', 'search-listbox');
  const listbox = Object.assign(document.createElement('div'), { id: 'search-listbox', hidden: true });
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-labelledby', 'search-label');
  const status = Object.assign(document.createElement('p'), { id: 'search-status', className: 'visually-hidden' });
  status.setAttribute('role', 'status');
  container.replaceChildren(label, input, listbox, status);

  let hits: SearchHit[] = [];
  let active = -1;
  let lang: Lang = getState().lang;

  const optionText = (hit: SearchHit): string => {
    const s = getState();
    if (hit.entry.kind === 'event') {
      const title = eventById.get(hit.entry.id)?.title;
      return (title && (title[s.lang] ?? title.en)) || hit.matched;
    }
    const p = placeById.get(hit.entry.id);
    const shown = p ? labelFromProperties(p, s.names, s.script).split('\n') : [];
    // The name typed stays visible, with the names the map shows beside it.
    return shown.includes(hit.matched) ? shown.join(PUNCT.separator) : [hit.matched, ...shown].join(PUNCT.separator);
  };

  const setActive = (i: number) => {
    active = i;
    listbox.querySelectorAll('[role=option]').forEach((option, j) => option.setAttribute('aria-selected', String(j === i)));
    if (i < 0) { input.removeAttribute('aria-activedescendant'); return; }
    const option = document.getElementById(`search-option-${i}`);
    input.setAttribute('aria-activedescendant', `search-option-${i}`);
    option?.scrollIntoView({ block: 'nearest' });
  };

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };

  const render = () => {
    hits = searchIndex(index, input.value);
    const groups: HTMLElement[] = [];
    for (const kind of ['place', 'event'] as const) {
      const members = hits.map((hit, i) => ({ hit, i })).filter(({ hit }) => hit.entry.kind === kind);
      if (members.length === 0) continue;
      const name = t(kind === 'place' ? 'search.places' : 'search.events', lang);
      const group = document.createElement('div');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', name);
      const heading = Object.assign(document.createElement('div'), { className: 'search-group-label', textContent: name });
      heading.setAttribute('aria-hidden', 'true');
      group.append(heading);
      for (const { hit, i } of members) {
        const option = Object.assign(document.createElement('div'), { id: `search-option-${i}`, className: 'search-option', textContent: optionText(hit) });
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.dataset.kind = hit.entry.kind;
        option.dataset.id = hit.entry.id;
        // mousedown, not click: the input keeps focus and does not close the list first.
        option.addEventListener('mousedown', (event) => { event.preventDefault(); pick(i); });
        group.append(option);
      }
      groups.push(group);
    }
    listbox.replaceChildren(...groups);
    const open = input.value.trim() !== '' && hits.length > 0;
    listbox.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    status.textContent = input.value.trim() === '' ? '' : hits.length ? t('search.count', lang, { n: hits.length }) : t('search.none', lang);
    setActive(-1);
  };

  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.matched;
    close();
    onPick({ kind: hit.entry.kind, id: hit.entry.id });
  };

  input.addEventListener('input', render);
  input.addEventListener('blur', close);
  handleComboboxKeys(input, {
    render, isOpen: () => !listbox.hidden, count: () => hits.length, active: () => active, setActive, pick, close,
    whenClosed: () => { input.value = ''; },
  });

  const applyTexts = () => {
    label.textContent = t('search.label', lang);
    input.placeholder = t('search.placeholder', lang);
  };
  applyTexts();
  return (state) => {
    if (state.lang === lang) return;
    lang = state.lang;
    applyTexts();
    if (!listbox.hidden) render();
  };
}
