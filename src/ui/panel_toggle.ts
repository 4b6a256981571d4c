/**
 * On a phone the side panel is a bottom sheet: collapsed it shows only the
 * notices and the time controls (date, slider, play), so they stay in reach
 * without scrolling; the toggle opens the rest (names, events, legend). On wide
 * screens app.css hides the toggle and ignores the collapsed state.
 */
import type { AtlasState } from '../core/state.ts';
import { t } from './strings.ts';

/**
 * Wire the toggle button to the panel.
 * @param button - the #panel-toggle button (aria-controls the panel)
 * @param panel - the side panel; gets `data-collapsed` while collapsed (mutated)
 * @param collapseOn - clicks on elements matching this inside the panel close the sheet
 *   again (a picked event is then seen on the map, not under the sheet)
 * @returns a function that relabels the button for a state's language
 */
export function setupPanelToggle(button: HTMLButtonElement, panel: HTMLElement, collapseOn = '#event-list button'): (state: AtlasState) => void {
  let lang: AtlasState['lang'] = 'en';
  const show = (expanded: boolean) => {
    panel.toggleAttribute('data-collapsed', !expanded);
    button.setAttribute('aria-expanded', String(expanded));
    button.textContent = t(expanded ? 'page.hidePanel' : 'page.showPanel', lang);
  };
  button.addEventListener('click', () => show(button.getAttribute('aria-expanded') !== 'true'));
  panel.addEventListener('click', (event) => {
    // Only where the toggle is shown (a phone): elsewhere the panel never collapses.
    const onPhone = getComputedStyle(button).display !== 'none';
    if (onPhone && event.target instanceof Element && event.target.closest(collapseOn)) show(false);
  });
  show(false);
  return (state) => {
    if (state.lang === lang) return;
    lang = state.lang;
    show(button.getAttribute('aria-expanded') === 'true');
  };
}
