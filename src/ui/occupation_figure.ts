/**
 * The people of the occupied municipalities as of the date, under the figures
 * (`#figures`, `dd[data-figure=occupied_population]`): who lived where Soviet
 * forces held the land, as core/occupation.ts sums it. Redrawn only when a
 * place changes hands or the language changes.
 */
import { textFromRange } from '../core/figures.ts';
import { controlSteps, occupationAsOf, type ControlledPlace } from '../core/occupation.ts';
import type { AtlasState } from '../core/state.ts';
import { stepAt } from '../core/time_steps.ts';
import { t } from './strings.ts';

/**
 * Build the figure into `container`, after what is there, from the first place held on.
 * @param container - the figures panel
 * @param places - places with a control date (and their counts)
 * @returns a function to call with each state
 */
export function setupOccupationFigure(container: HTMLElement, places: readonly ControlledPlace[]): (state: AtlasState) => void {
  const list = Object.assign(document.createElement('dl'), { className: 'figures-list figures-occupation' });
  const term = document.createElement('dt');
  const value = document.createElement('dd');
  value.dataset.figure = 'occupied_population';
  const note = Object.assign(document.createElement('p'), { className: 'figures-note' });
  list.append(term, value);
  const steps = controlSteps(places);
  let shown = '';
  return (state) => {
    const key = `${stepAt(steps, state.time)}|${state.lang}`;
    if (key === shown) return;
    shown = key;
    const o = occupationAsOf(places, state.time);
    // Like the other figures, shown once there is something to show.
    if (o.held === 0) {
      list.remove();
      note.remove();
      return;
    }
    if (!list.isConnected) container.append(list, note);
    // The share of the largest total: a range of shares would read as a second uncertainty.
    const pct = o.total.max === 0 ? 0 : Math.round((100 * o.people.max) / o.total.max);
    term.textContent = t('figures.occupied', state.lang);
    value.textContent = t('figures.occupiedValue', state.lang, { n: textFromRange(o.people, state.lang), pct, total: textFromRange(o.total, state.lang) });
    value.dataset.share = String(o.total.max === 0 ? 0 : o.people.max / o.total.max);
    note.textContent = t('figures.occupiedNote', state.lang, { held: o.held, of: o.of, uncounted: o.uncounted });
  };
}
