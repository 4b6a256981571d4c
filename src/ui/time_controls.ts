/**
 * The time panel: date display, the phase switch (the invasion by the hour,
 * the aftermath to 1949 by the day), the slider with event ticks, play/pause,
 * speed, day (or week) steps, previous/next event, loop, and the keyboard
 * shortcuts. The slider shows the phase of the current time at full width
 * (core/timeline.ts says why). DOM hooks per docs/CONTRACT.md. Controls only
 * emit intents (partial states).
 */
import { displayFromTime } from '../core/format.ts';
import { SPEEDS, type AtlasState, type StateChange } from '../core/state.ts';
import {
  PHASES, TIMELINE_END, TIMELINE_START, hoursFromTime, nextEventTime, phaseFromTime, previousEventTime, stepTime, timeFromHours,
  type Phase, type StepUnit,
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
  const phaseChoice = el('fieldset', { id: 'phase-choice', className: 'phase-choice' });
  const phaseLegend = el('legend', { className: 'visually-hidden' });
  const phaseRadios = PHASES.map((phase) => {
    const input = el('input', { type: 'radio', name: 'phase', value: phase.id });
    const label = el('label');
    label.append(input, document.createTextNode(''));
    return { phase, input, label };
  });
  phaseChoice.append(phaseLegend, ...phaseRadios.map((r) => r.label));
  const slider = el('input', { type: 'range', id: 'date-slider', step: '1' });
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
  // Filled by ui/time_chart.ts once the data is in (the chart belongs under the slider).
  const chartBox = el('div', { id: 'time-chart-box', className: 'time-chart-box' });
  container.replaceChildren(display, phaseChoice, slider, ticks, chartBox, row1, row2, help);

  /** Texts that only change with the language or the phase. */
  const relabel = (lang: Lang, phase: Phase) => {
    const weeks = phase.bigStep === 'week';
    slider.setAttribute('aria-label', t('time.date', lang));
    phaseLegend.textContent = t('time.phase', lang);
    for (const r of phaseRadios) (r.label.lastChild as Text).data = ` ${t(r.phase.id === 'campaign' ? 'time.phaseCampaign' : 'time.phaseAftermath', lang)}`;
    speedText.data = `${t('time.speed', lang)} `;
    const speeds = SPEEDS.includes(getState().speed) ? SPEEDS : [...SPEEDS, getState().speed];
    speed.replaceChildren(...speeds.map((s) => el('option', { value: String(s), textContent: speedOptionText(s, lang, phase) })));
    const buttons: [HTMLButtonElement, StringKey, StringKey][] = [
      [back, weeks ? 'time.stepBackWeek' : 'time.stepBack', weeks ? 'time.stepBackWeekTitle' : 'time.stepBackTitle'],
      [forward, weeks ? 'time.stepForwardWeek' : 'time.stepForward', weeks ? 'time.stepForwardWeekTitle' : 'time.stepForwardTitle'],
      [prev, 'time.prevEvent', 'time.prevEventTitle'], [next, 'time.nextEvent', 'time.nextEventTitle'],
    ];
    for (const [button, text, title] of buttons) {
      button.textContent = t(text, lang);
      button.title = t(title, lang);
    }
    loopText.data = ` ${t('time.loop', lang)}`;
    help.textContent = t(weeks ? 'time.keyboardHelpAftermath' : 'time.keyboardHelp', lang);
  };
  let shownLang: Lang | null = null;
  let shownPhase: Phase | null = null;
  // Where the reader last was in each phase: the switch goes back there.
  const lastTime = new Map<Phase['id'], number>();
  for (const r of phaseRadios) {
    r.input.addEventListener('change', () => {
      if (r.input.checked) emit({ time: lastTime.get(r.phase.id) ?? r.phase.start, playing: false });
    });
  }

  const toEvent = (dir: 1 | -1) => {
    const t = getState().time;
    const target = dir > 0 ? nextEventTime(t, eventTimes) : previousEventTime(t, eventTimes);
    if (target !== null) emit({ time: target, playing: false });
  };
  const step = (unit: StepUnit, dir: 1 | -1) => emit({ time: stepTime(getState().time, unit, dir), playing: false });
  const phaseNow = () => phaseFromTime(getState().time);
  slider.addEventListener('input', () => emit({ time: timeFromHours(Number(slider.value)), playing: false }));
  play.addEventListener('click', () => emit({ playing: !getState().playing }));
  speed.addEventListener('change', () => emit({ speed: Number(speed.value) }));
  loop.addEventListener('change', () => emit({ loop: loop.checked }));
  back.addEventListener('click', () => step(phaseNow().bigStep, -1));
  forward.addEventListener('click', () => step(phaseNow().bigStep, 1));
  prev.addEventListener('click', () => toEvent(-1));
  next.addEventListener('click', () => toEvent(1));

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || !isTimeKeyTarget(event.target, slider, event.key)) return;
    const actions: Record<string, () => void> = {
      ' ': () => emit({ playing: !getState().playing }),
      ArrowLeft: () => step(event.shiftKey ? phaseNow().bigStep : phaseNow().step, -1),
      ArrowRight: () => step(event.shiftKey ? phaseNow().bigStep : phaseNow().step, 1),
      PageUp: () => toEvent(-1),
      PageDown: () => toEvent(1),
      // The ends of the phase the slider shows, as for any range input.
      Home: () => emit({ time: phaseNow().start, playing: false }),
      End: () => emit({ time: phaseNow().end, playing: false }),
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
    const phase = phaseFromTime(state.time);
    lastTime.set(phase.id, state.time);
    const langChanged = state.lang !== shownLang || phase !== shownPhase;
    if (langChanged) relabel(state.lang, phase);
    shownLang = state.lang;
    if (phase !== shownPhase) {
      slider.min = String(hoursFromTime(phase.start));
      slider.max = String(hoursFromTime(phase.end));
      slider.step = phase.step === 'hour' ? '1' : '24';
      for (const r of phaseRadios) r.input.checked = r.phase === phase;
      shownPhase = phase;
      shownHours = Number.NaN;
    }
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
        speed.append(el('option', { value: String(state.speed), textContent: speedOptionText(state.speed, state.lang, phase) }));
      }
      speed.value = String(state.speed);
      shownSpeed = state.speed;
    }
    if (loop.checked !== state.loop) loop.checked = state.loop;
  };
}

/** "6 h/s" in the campaign, "6 days/s" in the aftermath (core/timeline.ts: the phase's rate). */
function speedOptionText(speed: number, lang: Lang, phase: Phase): string {
  return `${speed} ${t(phase.rate === 1 ? 'time.speedUnit' : 'time.speedUnitDays', lang)}`;
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
