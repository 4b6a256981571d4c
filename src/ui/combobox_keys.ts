/**
 * The keys of a combobox's text input (WAI-ARIA combobox pattern), shared by
 * the search and the family path's place picker: arrows move the active
 * option (opening the list first), Enter picks the active one or the first,
 * Escape closes the list.
 */

/** What the keys act on; the caller keeps the list and its active option. */
export interface ComboboxKeys {
  /** Fill and show the list for the input's text (it stays hidden without options). */
  render(): void;
  isOpen(): boolean;
  /** Number of options shown. */
  count(): number;
  active(): number;
  setActive(index: number): void;
  pick(index: number): void;
  /** Escape: close an open list; `whenClosed` runs instead when it is already closed. */
  close(): void;
  whenClosed?(): void;
}

/**
 * Wire the keys to the input.
 * @param input - the combobox's text input
 * @param keys - the list's state and actions
 */
export function handleComboboxKeys(input: HTMLInputElement, keys: ComboboxKeys): void {
  input.addEventListener('keydown', (event) => {
    const open = keys.isOpen();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        keys.render();
        if (!keys.isOpen()) return;
      }
      const n = keys.count(), active = keys.active();
      keys.setActive(event.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n);
    } else if (event.key === 'Enter') {
      if (!open) return;
      event.preventDefault();
      keys.pick(Math.max(0, keys.active()));
    } else if (event.key === 'Escape' && (open || keys.whenClosed)) {
      event.preventDefault();
      if (open) keys.close();
      else keys.whenClosed?.();
    }
  });
}
