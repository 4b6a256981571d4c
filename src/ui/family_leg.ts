/**
 * One leg of a family path in the panel: where to (a place picker), how, when
 * (a day or a month, "about"), the voyage of a ship leg (an atlas voyage or
 * another ship by name), a note, and under them what the atlas knows of the
 * leg's places and days with the sources. Each problem the checker finds is
 * written next to its field and named by the field's aria-describedby; the
 * value stays as typed. All text goes in with textContent.
 */
import { displayFromTime } from '../core/format.ts';
import { FAMILY_LIMITS, FAMILY_MODES, familyDateSpan, type FamilyLeg, type FamilyProblem } from '../core/family.ts';
import type { LegContext } from '../core/family_routes.ts';
import type { SearchIndex } from '../core/search.ts';
import type { AtlasState } from '../core/state.ts';
import { placePicker } from './place_picker.ts';
import { PUNCT, t, type Lang, type StringKey } from './strings.ts';

/** What the panel knows of the atlas, for labels and the "what the atlas knows" lists. */
export interface FamilyAtlas {
  /** Places only, for the pickers. */
  index: SearchIndex;
  /** A place's label in the state's name mode, or the id itself for an unknown place. */
  placeLabel(id: string, state: AtlasState): string;
  /** Route ids a ship leg may name as its voyage. */
  voyages: readonly string[];
  /** A route's label (from → to, dates). */
  routeLabel(id: string, state: AtlasState): string;
  /** An event's title in a language. */
  eventTitle(id: string, lang: Lang): string;
  /** A source's title, or its id until the bibliography arrives. */
  sourceTitle(id: string): string;
  /** What the atlas knows of a leg's places and days. */
  legContext(leg: FamilyLeg): LegContext;
}

/** The select value of "another ship". */
const OTHER_SHIP = '__other';

/** A leg in the panel: its element and how to show the checker's problems again. */
export interface LegView {
  element: HTMLLIElement;
  /** Rewrite the problems, the "from" place, how the date reads and what the atlas knows. */
  refresh(leg: FamilyLeg, problems: readonly FamilyProblem[], state: AtlasState): void;
}

/**
 * Build one leg.
 * @param idBase - ids of its fields start with it (`family-0-1`)
 * @param n - the leg's number as shown (1-based)
 * @param leg - its data
 * @param atlas - labels and what the atlas knows
 * @param state - name mode and language
 * @param onChange - receives the fields changed
 * @param onRemove - the leg's remove button
 * @returns the view
 */
export function legView(
  idBase: string, n: number, leg: FamilyLeg, atlas: FamilyAtlas, state: AtlasState,
  onChange: (patch: Partial<FamilyLeg> & { voyage?: FamilyLeg['voyage'] | undefined }) => void, onRemove: () => void,
): LegView {
  const lang = state.lang;
  const element = el('li', { className: 'family-leg' });
  element.dataset.leg = String(n - 1);
  const heading = el('h4', { textContent: t('family.leg', lang, { n }) });
  const problem = (field: string) => el('span', { id: `${idBase}-${field}-problem`, className: 'family-problem' });
  const wrap = (...children: HTMLElement[]) => { const d = el('div', { className: 'family-row' }); d.append(...children); return d; };
  const row = (labelKey: StringKey, control: HTMLElement, ...after: HTMLElement[]) =>
    wrap(el('label', { htmlFor: control.id, textContent: t(labelKey, lang) }), control, ...after);

  const fromText = el('span', { id: `${idBase}-from` });
  const fromProblem = problem('from');
  const fromRow = wrap(el('span', { className: 'family-label', textContent: `${t('family.from', lang)}: ` }), fromText, fromProblem);

  const to = placePicker({ id: `${idBase}-to`, name: t('family.to', lang), index: atlas.index, value: leg.to, labelOf: (id) => atlas.placeLabel(id, state), onPick: (id) => onChange({ to: id }) });
  to.input.placeholder = t('family.placeHint', lang);
  const toProblem = problem('to');

  const mode = el('select', { id: `${idBase}-mode` });
  mode.append(...FAMILY_MODES.map((m) => el('option', { value: m, textContent: t(`family.mode.${m}`, lang), selected: m === leg.mode })));
  mode.addEventListener('change', () => onChange({ mode: mode.value as FamilyLeg['mode'] }));
  const modeProblem = problem('mode');

  const about = leg.date.startsWith('~');
  const date = el('input', { id: `${idBase}-date`, type: 'text', value: leg.date.replace(/^~/, ''), placeholder: '1945-08-18', maxLength: 20, inputMode: 'numeric' });
  const aboutBox = el('input', { id: `${idBase}-about`, type: 'checkbox', checked: about });
  const aboutLabel = el('label', { className: 'family-about' });
  aboutLabel.append(aboutBox, ` ${t('family.about', lang)}`);
  const dateHint = el('span', { id: `${idBase}-date-hint`, className: 'family-hint', textContent: t('family.dateHint', lang) });
  const dateReads = el('span', { id: `${idBase}-date-reads`, className: 'family-hint' });
  const dateProblem = problem('date');
  const writeDate = () => {
    // "~" typed into the box means "about" too.
    const typed = date.value.trim();
    if (typed.startsWith('~')) { aboutBox.checked = true; date.value = typed.slice(1); }
    onChange({ date: `${aboutBox.checked ? '~' : ''}${date.value.trim()}` });
  };
  date.addEventListener('input', writeDate);
  aboutBox.addEventListener('change', writeDate);

  const voyage = el('select', { id: `${idBase}-voyage` });
  voyage.append(
    el('option', { value: '', textContent: t('family.voyage.none', lang) }),
    ...atlas.voyages.map((id) => el('option', { value: id, textContent: atlas.routeLabel(id, state) })),
    el('option', { value: OTHER_SHIP, textContent: t('family.voyage.other', lang) }),
  );
  voyage.value = typeof leg.voyage === 'object' ? OTHER_SHIP : leg.voyage ?? '';
  const ship = el('input', { id: `${idBase}-ship`, type: 'text', maxLength: FAMILY_LIMITS.name, value: typeof leg.voyage === 'object' ? leg.voyage.ship : '' });
  const voyageProblem = problem('voyage');
  const voyageRow = row('family.voyage', voyage, voyageProblem);
  const shipRow = row('family.ship', ship);
  voyage.addEventListener('change', () => onChange({ voyage: voyage.value === OTHER_SHIP ? { ship: ship.value } : voyage.value || undefined }));
  ship.addEventListener('input', () => onChange({ voyage: { ship: ship.value } }));

  const note = el('textarea', { id: `${idBase}-note`, rows: 2, maxLength: FAMILY_LIMITS.note, value: leg.note ?? '' });
  note.addEventListener('input', () => onChange({ note: note.value || undefined }));

  const remove = el('button', { type: 'button', id: `${idBase}-remove`, className: 'family-remove', textContent: t('family.removeLeg', lang, { n }) });
  remove.addEventListener('click', onRemove);

  const known = el('details', { className: 'family-known' });
  const knownSummary = el('summary');
  const knownBody = el('div');
  known.append(knownSummary, knownBody);

  element.append(
    heading, fromRow,
    row('family.to', to.input, to.listbox, toProblem),
    row('family.mode', mode, modeProblem),
    row('family.date', date, dateHint, dateReads, dateProblem), wrap(aboutLabel),
    voyageRow, shipRow, row('family.note', note), remove, known,
  );
  describe(to.input, toProblem);
  describe(mode, modeProblem);
  describe(date, dateHint, dateReads, dateProblem);
  describe(voyage, voyageProblem);

  const problemFields: Record<FamilyProblem['field'], [HTMLElement, HTMLElement | null]> = {
    home: [fromProblem, null], from: [fromProblem, null], to: [toProblem, to.input], mode: [modeProblem, mode],
    date: [dateProblem, date], voyage: [voyageProblem, voyage],
  };
  const refresh = (current: FamilyLeg, problems: readonly FamilyProblem[], now: AtlasState) => {
    fromText.textContent = current.from ? atlas.placeLabel(current.from, now) : t('family.noPlace', lang);
    for (const [span, control] of Object.values(problemFields)) { span.textContent = ''; control?.removeAttribute('aria-invalid'); }
    for (const p of problems) {
      const [span, control] = problemFields[p.field];
      span.textContent = t(`family.problem.${p.code}`, lang);
      control?.setAttribute('aria-invalid', 'true');
    }
    const span = familyDateSpan(current.date);
    const shown = span && displayFromTime(span.startMs, span.precision, lang);
    dateReads.textContent = shown ? t('family.dateReads', lang, { date: span.about ? t('family.aboutDate', lang, { date: shown }) : shown }) : '';
    const atSea = current.mode === 'ship' || current.mode === 'boat';
    voyageRow.hidden = !atSea;
    shipRow.hidden = !atSea || voyage.value !== OTHER_SHIP;
    showKnown(knownSummary, knownBody, atlas.legContext(current), atlas, now);
  };
  refresh(leg, [], state);
  return { element, refresh };
}

/** A new element with some properties set (textContent, never innerHTML). */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

/** Point a control's aria-describedby at its hint and problem elements. */
function describe(control: HTMLElement, ...by: HTMLElement[]): void {
  control.setAttribute('aria-describedby', by.map((e) => e.id).join(' '));
}

/** The lists of what the atlas knows of a leg, each item with its date and sources. */
function showKnown(summary: HTMLElement, body: HTMLElement, context: LegContext, atlas: FamilyAtlas, state: AtlasState): void {
  const lang = state.lang;
  const count = context.events.length + context.sailings.length + context.dangers.length;
  summary.textContent = t('family.known', lang, { n: count });
  if (count === 0) { body.replaceChildren(Object.assign(document.createElement('p'), { textContent: t('family.knownNone', lang) })); return; }
  const groups: [StringKey, readonly { id: string; startMs: number; sources: readonly string[]; places?: readonly string[] }[]][] = [
    ['family.events', context.events], ['family.sailings', context.sailings], ['family.dangers', context.dangers],
  ];
  body.replaceChildren(...groups.filter(([, items]) => items.length > 0).flatMap(([key, items]) => {
    const heading = Object.assign(document.createElement('h5'), { textContent: t(key, lang) });
    const list = document.createElement('ul');
    list.append(...items.map((item) => {
      const li = document.createElement('li');
      // An event by its date and title; a sailing by its label, which gives its dates.
      const title = 'places' in item && item.places
        ? `${displayFromTime(item.startMs, 'day', lang)}${PUNCT.separator}${atlas.eventTitle(item.id, lang)}` : atlas.routeLabel(item.id, state);
      const sources = Object.assign(document.createElement('span'), {
        className: 'family-sources', textContent: t('family.sources', lang, { list: item.sources.map((s) => atlas.sourceTitle(s)).join('; ') }),
      });
      li.append(title, document.createElement('br'), sources);
      return li;
    }));
    return [heading, list];
  }));
}
