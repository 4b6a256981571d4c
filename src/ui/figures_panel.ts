/**
 * `#figures`: evacuated, Soviet dead, Japanese military dead, civilian dead,
 * captured and ships lost as of the current date, summed by core/figures.ts (its header states the rule
 * against double counting). Updates as the slider moves.
 */
import { displayFromTime } from '../core/format.ts';
import { SUMMED_FIGURES, figuresAsOf, textFromRange, type FigureEvent } from '../core/figures.ts';
import type { AtlasState } from '../core/state.ts';
import { stepAt, timeSteps } from '../core/time_steps.ts';
import { throttleWhilePlaying } from './throttle.ts';
import { t } from './strings.ts';

/**
 * Build the panel into `container`.
 * @param container - an empty element in the side panel
 * @param events - events with parsed start times and their figures
 * @returns a function to call with each state; it rewrites the heading when
 *   the displayed date changes and the figures only when the set of started
 *   events or the language changes; at most 4 times a second while playing
 */
export function setupFiguresPanel(container: HTMLElement, events: readonly FigureEvent[]): (state: AtlasState) => void {
  const heading = Object.assign(document.createElement('h2'), { id: 'figures-heading' });
  const list = Object.assign(document.createElement('dl'), { className: 'figures-list' });
  const note = Object.assign(document.createElement('p'), { className: 'figures-note' });
  // Not a <dd> of the list: a <dd> without its <dt> is invalid (axe: definition-list).
  const none = Object.assign(document.createElement('p'), { className: 'figures-none' });
  container.setAttribute('aria-labelledby', 'figures-heading');
  container.replaceChildren(heading, list, note);
  // The totals change only when an event starts or a span event ends: the
  // last such instant at or before the time (binary search) names the state,
  // so the sums and the list are redone only when it or the language changes.
  const starts = timeSteps(events.flatMap((e) => (e.endMs === undefined ? [e.startMs] : [e.startMs, e.endMs])));
  let shownHeading = '', shownKey = '';
  return throttleWhilePlaying((state) => {
    const date = displayFromTime(state.time, 'minute', state.lang);
    const headingText = t('figures.heading', state.lang, { date });
    if (headingText !== shownHeading) heading.textContent = shownHeading = headingText;
    const key = `${stepAt(starts, state.time)}|${state.lang}`;
    if (key === shownKey) return;
    shownKey = key;
    const totals = figuresAsOf(events, state.time);
    note.textContent = t('figures.note', state.lang);
    const rows: HTMLElement[] = [];
    for (const figure of SUMMED_FIGURES) {
      const range = totals[figure];
      if (!range) continue;
      const dd = Object.assign(document.createElement('dd'), { textContent: textFromRange(range, state.lang) });
      dd.dataset.figure = figure;
      rows.push(Object.assign(document.createElement('dt'), { textContent: t(`figure.${figure}`, state.lang) }), dd);
    }
    none.textContent = t('figures.none', state.lang);
    list.replaceChildren(...rows);
    // The list while there are figures, the sentence while there are none.
    (rows.length ? none : list).replaceWith(rows.length ? list : none);
  });
}
