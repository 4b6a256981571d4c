/**
 * `#family-path`, "Your family's path": several people or families, each with
 * a name, a hometown (a place picker over every name in every script) and legs
 * (ui/family_leg.ts); the checker's problems beside their fields; "Share link"
 * (`#family-share`) puts the paths in the address, with a notice of what it
 * reveals, or refuses above {@link FAMILY_LINK_MAX}. The panel writes the
 * state's `family`; when the paths change from elsewhere (a link, a file,
 * `window.atlas.set`) or the language or name mode changes, it is rebuilt,
 * keeping the focus where it was.
 */
import './family_panel.css';
import { FAMILY_LIMITS, familyDayFromTime, familyFromUnknown, familyProblems, type FamilyKnown, type FamilyLeg, type FamilyPath } from '../core/family.ts';
import type { AtlasState, StateChange } from '../core/state.ts';
import { FAMILY_LINK_MAX, linkValueFromFamily } from './family_link.ts';
import { legView, type FamilyAtlas, type LegView } from './family_leg.ts';
import { placePicker } from './place_picker.ts';
import { t } from './strings.ts';
import { hashFromState } from './url_hash.ts';

/**
 * Build the panel.
 * @param panel - the empty `<details id="family-path">`
 * @param atlas - labels, voyages and what the atlas knows
 * @param known - the checker's place and voyage ids
 * @param getState - the current state
 * @param set - the store's set
 * @returns the store subscriber that keeps the panel drawn
 */
export function setupFamilyPanel(
  panel: HTMLDetailsElement, atlas: FamilyAtlas, known: FamilyKnown,
  getState: () => AtlasState, set: (change: StateChange) => void,
): (state: AtlasState, prev: AtlasState | null) => void {
  const summary = document.createElement('summary');
  summary.id = 'family-heading';
  const help = Object.assign(document.createElement('p'), { className: 'family-help' });
  const paths = Object.assign(document.createElement('div'), { className: 'family-paths' });
  const addPath = Object.assign(document.createElement('button'), { type: 'button', id: 'family-add' });
  const share = Object.assign(document.createElement('button'), { type: 'button', id: 'family-share' });
  const shareStatus = Object.assign(document.createElement('p'), { id: 'family-share-status', className: 'family-share-status' });
  shareStatus.setAttribute('role', 'status');
  const shareLink = Object.assign(document.createElement('input'), { type: 'text', id: 'family-share-link', readOnly: true, hidden: true });
  const actions = Object.assign(document.createElement('div'), { className: 'family-actions' });
  actions.append(addPath, share);
  panel.replaceChildren(summary, help, paths, actions, shareStatus, shareLink);

  /** The paths as this panel last wrote them (JSON), to tell its own changes from others'. */
  let written = '';
  let legViews: LegView[][] = [];
  let shown: { lang: string; names: string; script: string } | null = null;

  const write = (change: (family: FamilyPath[]) => void, rebuild = false) => {
    const family = structuredClone(getState().family);
    change(family);
    // Compared in the reducer's own field order (familyFromUnknown), as the state will hold it.
    written = rebuild ? '' : JSON.stringify(familyFromUnknown(family));
    set({ family });
  };
  const setLeg = (p: number, l: number, patch: Partial<FamilyLeg>) => write((family) => {
    const legs = family[p]?.legs;
    const old = legs?.[l];
    if (!legs || !old) return;
    const leg: FamilyLeg = { ...old, ...patch };
    // A field cleared is a field gone (the state keeps no undefined).
    for (const key of ['voyage', 'note'] as const) if (key in patch && patch[key] === undefined) delete leg[key];
    legs[l] = leg;
    // The next leg started where this one ended: it follows the new end.
    const next = legs[l + 1];
    if (patch.to !== undefined && next && next.from === old.to) next.from = patch.to;
  });

  const build = (state: AtlasState) => {
    const focused = document.activeElement?.id ?? '';
    const lang = state.lang;
    summary.textContent = t('family.heading', lang);
    help.textContent = t('family.help', lang);
    addPath.textContent = t('family.addPath', lang);
    addPath.disabled = state.family.length >= FAMILY_LIMITS.paths;
    share.textContent = t('family.share', lang);
    share.disabled = state.family.length === 0;
    shareLink.setAttribute('aria-label', t('family.shareLink', lang));
    legViews = [];
    paths.replaceChildren(...state.family.map((path, p) => pathView(path, p, state)));
    refresh(state);
    written = JSON.stringify(state.family);
    if (focused) document.getElementById(focused)?.focus();
  };

  const pathView = (path: FamilyPath, p: number, state: AtlasState): HTMLElement => {
    const lang = state.lang;
    const base = `family-${p}`;
    const fieldset = Object.assign(document.createElement('fieldset'), { className: 'family-person' });
    fieldset.dataset.path = String(p);
    const legend = Object.assign(document.createElement('legend'), { textContent: t('family.person', lang, { n: p + 1 }) });
    const name = Object.assign(document.createElement('input'), { id: `${base}-name`, type: 'text', value: path.name, maxLength: FAMILY_LIMITS.name });
    name.addEventListener('input', () => write((family) => { const target = family[p]; if (target) target.name = name.value; }));
    const nameLabel = Object.assign(document.createElement('label'), { htmlFor: name.id, textContent: t('family.name', lang) });
    const home = placePicker({
      id: `${base}-home`, name: t('family.home', lang), index: atlas.index, value: path.home ?? '', labelOf: (id) => atlas.placeLabel(id, state),
      onPick: (id) => write((family) => {
        const target = family[p];
        if (!target) return;
        const first = target.legs[0];
        if (first && (first.from === target.home || first.from === '')) first.from = id;
        target.home = id;
      }),
    });
    home.input.placeholder = t('family.placeHint', lang);
    const homeProblem = Object.assign(document.createElement('span'), { id: `${base}-home-problem`, className: 'family-problem' });
    home.input.setAttribute('aria-describedby', homeProblem.id);
    const homeLabel = Object.assign(document.createElement('label'), { htmlFor: home.input.id, textContent: t('family.home', lang) });
    const row = (...children: HTMLElement[]) => { const d = Object.assign(document.createElement('div'), { className: 'family-row' }); d.append(...children); return d; };

    const legs = Object.assign(document.createElement('ol'), { className: 'family-legs' });
    const views = path.legs.map((leg, l) => legView(`${base}-${l}`, l + 1, leg, atlas, state,
      (patch) => setLeg(p, l, patch),
      () => write((family) => { family[p]?.legs.splice(l, 1); }, true)));
    legViews[p] = views;
    legs.append(...views.map((v) => v.element));

    const addLeg = Object.assign(document.createElement('button'), {
      type: 'button', id: `${base}-add-leg`, textContent: t('family.addLeg', lang), disabled: path.legs.length >= FAMILY_LIMITS.legs,
    });
    addLeg.addEventListener('click', () => {
      write((family) => {
        const target = family[p];
        if (!target) return;
        const last = target.legs.at(-1);
        target.legs.push({ from: last?.to ?? target.home ?? '', to: '', mode: 'rail', date: last?.date ?? familyDayFromTime(getState().time) });
      }, true);
      // The new leg's first field, once the panel is rebuilt with it.
      queueMicrotask(() => document.getElementById(`${base}-${path.legs.length}-to`)?.focus());
    });
    const remove = Object.assign(document.createElement('button'), { type: 'button', id: `${base}-remove`, className: 'family-remove', textContent: t('family.removePath', lang) });
    remove.addEventListener('click', () => {
      // A family's remembered road is not lost to one stray press.
      const current = getState().family[p];
      if (current?.legs.length && !window.confirm(t('family.confirmRemove', getState().lang, { name: current.name, n: current.legs.length }))) return;
      write((family) => { family.splice(p, 1); }, true);
    });
    fieldset.append(legend, row(nameLabel, name), row(homeLabel, home.input, home.listbox, homeProblem), legs, addLeg, remove);
    return fieldset;
  };

  /** Problems, "from" places, date readings and what the atlas knows, without rebuilding the fields. */
  const refresh = (state: AtlasState) => {
    state.family.forEach((path, p) => {
      const problems = familyProblems(path, known);
      const homeProblem = document.getElementById(`family-${p}-home-problem`);
      const homeIssue = problems.find((x) => x.leg === -1);
      if (homeProblem) homeProblem.textContent = homeIssue ? t(`family.problem.${homeIssue.code}`, state.lang) : '';
      path.legs.forEach((leg, l) => legViews[p]?.[l]?.refresh(leg, problems.filter((x) => x.leg === l), state));
    });
  };

  addPath.addEventListener('click', () => {
    write((family) => { family.push({ name: '', legs: [] }); }, true);
    const n = getState().family.length;
    queueMicrotask(() => document.getElementById(`family-${n - 1}-name`)?.focus());
  });
  // A printed page shows the paths and what the atlas knows of them, whatever was folded.
  window.addEventListener('beforeprint', () => {
    if (getState().family.length === 0) return;
    panel.open = true;
    for (const details of panel.querySelectorAll('details')) details.open = true;
  });
  share.addEventListener('click', () => {
    const state = getState();
    const value = linkValueFromFamily(state.family);
    const lang = state.lang;
    if (value.length > FAMILY_LINK_MAX) {
      shareLink.hidden = true;
      shareStatus.textContent = t('family.shareTooLong', lang, { n: value.length, max: FAMILY_LINK_MAX });
      return;
    }
    const hash = `${hashFromState(state)}&family=${value}`;
    history.replaceState(null, '', hash);
    shareLink.value = location.href;
    shareLink.hidden = false;
    shareStatus.textContent = t('family.shareNotice', lang);
    shareLink.select();
  });

  return (state, prev) => {
    const view = { lang: state.lang, names: state.names, script: state.script };
    const sameView = shown !== null && shown.lang === view.lang && shown.names === view.names && shown.script === view.script;
    if (prev && sameView && prev.family === state.family) return;
    shown = view;
    if (sameView && JSON.stringify(state.family) === written) refresh(state);
    else build(state);
  };
}
