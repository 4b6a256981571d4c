/**
 * The time panel: date display, hour slider with event ticks, play/pause,
 * speed, day steps, previous/next event, loop, and the keyboard shortcuts.
 * DOM hooks per docs/CONTRACT.md. Controls only emit intents (partial states).
 */
import { displayFromTime } from '../core/format.ts';
import { SPEEDS, type AtlasState, type StateChange } from '../core/state.ts';
import {
  TIMELINE_END, TIMELINE_HOURS, TIMELINE_START, hoursFromTime, nextEventTime, previousEventTime, stepTime, timeFromHours,
} from '../core/timeline.ts';
import { t, type Lang, type StringKey } from './strings.ts';

/** Receives the state change a control asks for. */
export type TimeIntent = (change: StateChange) => void;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

/**
 * Build the panel into `container`.
 * @param container - the #time-panel element
 * @param eventTimes - event instants (epoch ms) for ticks and prev/next
 * @param getState - current state (read on each action)
 * @param emit - intent callback
 * @returns a function that updates the controls from a state
 */
export function setupTimeControls(
  container: HTMLElement, eventTimes: readonly number[], getState: () => AtlasState, emit: TimeIntent,
): (state: AtlasState) => void {
  const display = el('output', { id: 'date-display', className: 'date-display' });
  const slider = el('input', { type: 'range', id: 'date-slider', min: '0', max: String(TIMELINE_HOURS), step: '1' });
  slider.setAttribute('list', 'event-ticks');
  const ticks = el('datalist', { id: 'event-ticks' });
  for (const t of eventTimes) if (t >= TIMELINE_START && t <= TIMELINE_END) ticks.append(el('option', { value: String(hoursFromTime(t)) }));
  const play = el('button', { id: 'play', type: 'button' });
  const speedText = document.createTextNode('');
  const speed = el('select', { id: 'speed' });
  const speedLabel = el('label');
  speedLabel.append(speedText, speed);
  const back = el('button', { id: 'step-back', type: 'button' });
  const forward = el('button', { id: 'step-forward', type: 'button' });
  const prev = el('button', { id: 'prev-event', type: 'button' });
  const next = el('button', { id: 'next-event', type: 'button' });
  const loop = el('input', { type: 'checkbox', id: 'loop' });
  const loopText = document.createTextNode('');
  const loopLabel = el('label');
  loopLabel.append(loop, loopText);
  const help = el('p', { className: 'keyboard-help' });
  const row1 = el('div', { className: 'time-row' });
  row1.append(play, speedLabel, loopLabel);
  const row2 = el('div', { className: 'time-row' });
  row2.append(back, prev, next, forward);
  container.replaceChildren(display, slider, ticks, row1, row2, help);

  /** Texts that only change with the language. */
  const relabel = (lang: Lang) => {
    slider.setAttribute('aria-label', t('time.date', lang));
    speedText.data = `${t('time.speed', lang)} `;
    const speeds = SPEEDS.includes(getState().speed) ? SPEEDS : [...SPEEDS, getState().speed];
    speed.replaceChildren(...speeds.map((s) => el('option', { value: String(s), textContent: `${s} ${t('time.speedUnit', lang)}` })));
    const buttons: [HTMLButtonElement, StringKey, StringKey][] = [
      [back, 'time.stepBack', 'time.stepBackTitle'], [forward, 'time.stepForward', 'time.stepForwardTitle'],
      [prev, 'time.prevEvent', 'time.prevEventTitle'], [next, 'time.nextEvent', 'time.nextEventTitle'],
    ];
    for (const [button, text, title] of buttons) {
      button.textContent = t(text, lang);
      button.title = t(title, lang);
    }
    loopText.data = ` ${t('time.loop', lang)}`;
    help.textContent = t('time.keyboardHelp', lang);
  };
  let shownLang: Lang | null = null;

  const toEvent = (dir: 1 | -1) => {
    const t = getState().time;
    const target = dir > 0 ? nextEventTime(t, eventTimes) : previousEventTime(t, eventTimes);
    if (target !== null) emit({ time: target, playing: false });
  };
  const step = (unit: 'hour' | 'day', dir: 1 | -1) => emit({ time: stepTime(getState().time, unit, dir), playing: false });
  slider.addEventListener('input', () => emit({ time: timeFromHours(Number(slider.value)), playing: false }));
  play.addEventListener('click', () => emit({ playing: !getState().playing }));
  speed.addEventListener('change', () => emit({ speed: Number(speed.value) }));
  loop.addEventListener('change', () => emit({ loop: loop.checked }));
  back.addEventListener('click', () => step('day', -1));
  forward.addEventListener('click', () => step('day', 1));
  prev.addEventListener('click', () => toEvent(-1));
  next.addEventListener('click', () => toEvent(1));

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || !isTimeKeyTarget(event.target, slider, event.key)) return;
    const actions: Record<string, () => void> = {
      ' ': () => emit({ playing: !getState().playing }),
      ArrowLeft: () => step(event.shiftKey ? 'day' : 'hour', -1),
      ArrowRight: () => step(event.shiftKey ? 'day' : 'hour', 1),
      PageUp: () => toEvent(-1),
      PageDown: () => toEvent(1),
      Home: () => emit({ time: TIMELINE_START, playing: false }),
      End: () => emit({ time: TIMELINE_END, playing: false }),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });

  // Called every frame while playing: write only what changed (each DOM write
  // invalidates style/layout; the bench found this file rewriting all of it per frame).
  let shownDate = '', shownHours = Number.NaN, shownPlay = '', shownSpeed = Number.NaN;
  return (state) => {
    const langChanged = state.lang !== shownLang;
    if (langChanged) relabel(state.lang);
    shownLang = state.lang;
    const date = displayFromTime(state.time, 'minute', state.lang);
    if (date !== shownDate) {
      display.textContent = date;
      slider.setAttribute('aria-valuetext', date);
      shownDate = date;
    }
    const hours = hoursFromTime(state.time);
    if (hours !== shownHours) {
      slider.value = String(hours);
      shownHours = hours;
    }
    const playText = t(state.playing ? 'time.pause' : 'time.play', state.lang);
    if (playText !== shownPlay || play.getAttribute('aria-pressed') !== String(state.playing)) {
      play.textContent = playText;
      play.setAttribute('aria-pressed', String(state.playing));
      shownPlay = playText;
    }
    if (state.speed !== shownSpeed || langChanged) {
      if (![...speed.options].some((o) => o.value === String(state.speed))) {
        speed.append(el('option', { value: String(state.speed), textContent: `${state.speed} ${t('time.speedUnit', state.lang)}` }));
      }
      speed.value = String(state.speed);
      shownSpeed = state.speed;
    }
    if (loop.checked !== state.loop) loop.checked = state.loop;
  };
}

/**
 * Keys act on the timeline when focus is on the page, the map, the slider or a
 * button (after clicking an event, arrows still move time), not while the user
 * types, picks a radio or option, or presses a button or link with Space.
 */
function isTimeKeyTarget(target: EventTarget | null, slider: HTMLInputElement, key: string): boolean {
  if (!(target instanceof HTMLElement)) return true;
  if (target === slider) return true;
  if (target.closest('input, select, textarea, [contenteditable="true"]')) return false;
  if (key === ' ' && target.closest('button, a, summary')) return false;
  return true;
}
