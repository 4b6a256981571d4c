/**
 * A place chooser for the family panel: a combobox (ARIA 1.2 pattern, as the
 * search box) over the atlas's places by any name in any script
 * (core/search.ts). Type, ArrowDown/ArrowUp through the options, Enter picks
 * (the first option when none is active), Escape closes. Text typed but not
 * picked changes nothing: leaving the box shows the chosen place again.
 */
import { searchIndex, type SearchHit, type SearchIndex } from '../core/search.ts';
import { handleComboboxKeys } from './combobox_keys.ts';

/** What a picker needs. */
export interface PlacePickerOptions {
  /** The input's id; the listbox is `<id>-listbox`, its options `<id>-option-<n>`. */
  id: string;
  /** Places only (core/search.ts `placeEntry`). */
  index: SearchIndex;
  /** The list's accessible name (the field's label). */
  name: string;
  /** The place chosen now ('' for none). */
  value: string;
  /** A place's label as the map shows it, or the id itself for a place the atlas does not have. */
  labelOf(id: string): string;
  onPick(id: string): void;
}

/** Most options listed. */
const OPTIONS_MAX = 8;

/**
 * Build a picker.
 * @param options - id, index, current value, labels and the pick callback
 * @returns the input (label it from outside) and the listbox, to be placed after it
 */
export function placePicker(options: PlacePickerOptions): { input: HTMLInputElement; listbox: HTMLElement } {
  const { id, index, labelOf, onPick } = options;
  let value = options.value;
  const input = Object.assign(document.createElement('input'), { id, type: 'text', autocomplete: 'off', spellcheck: false, value: value ? labelOf(value) : '' });
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', `${id}-listbox`);
  const listbox = Object.assign(document.createElement('ul'), { id: `${id}-listbox`, className: 'family-options', hidden: true });
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', options.name);
  let hits: SearchHit[] = [];
  let active = -1;

  const setActive = (i: number) => {
    active = i;
    listbox.querySelectorAll('[role=option]').forEach((o, j) => o.setAttribute('aria-selected', String(j === i)));
    if (i < 0) input.removeAttribute('aria-activedescendant');
    else input.setAttribute('aria-activedescendant', `${id}-option-${i}`);
  };
  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const render = () => {
    hits = searchIndex(index, input.value, OPTIONS_MAX);
    listbox.replaceChildren(...hits.map((hit, i) => {
      const shown = labelOf(hit.entry.id);
      const option = Object.assign(document.createElement('li'), {
        id: `${id}-option-${i}`, textContent: shown.includes(hit.matched) ? shown : `${hit.matched} · ${shown}`,
      });
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.dataset.id = hit.entry.id;
      // mousedown, not click: the input keeps focus and the list is not closed first.
      option.addEventListener('mousedown', (e) => { e.preventDefault(); pick(i); });
      return option;
    }));
    const open = input.value.trim() !== '' && hits.length > 0;
    listbox.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    setActive(-1);
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    value = hit.entry.id;
    input.value = labelOf(value);
    close();
    onPick(value);
  };

  input.addEventListener('input', render);
  input.addEventListener('blur', () => {
    close();
    input.value = value ? labelOf(value) : '';
  });
  handleComboboxKeys(input, {
    render, isOpen: () => !listbox.hidden, count: () => hits.length, active: () => active, setActive, pick, close,
  });
  return { input, listbox };
}
