/**
 * Radio groups for the name mode and script (DOM hooks: inputs name="names"
 * and name="script", docs/CONTRACT.md). They only emit intents.
 */
import type { NameMode, ScriptMode } from '../core/names.ts';
import type { AtlasState } from '../core/state.ts';
import { t, type Lang } from './strings.ts';

/** Called with the chosen value when the user changes a radio. */
export type NameChoiceHandler = (change: { names?: NameMode; script?: ScriptMode }) => void;

function radioGroup(fieldset: HTMLElement, name: string, legend: string, options: [string, string][], onPick: (value: string) => void): void {
  const legendEl = document.createElement('legend');
  legendEl.textContent = legend;
  fieldset.replaceChildren(legendEl);
  for (const [value, text] of options) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = name;
    input.value = value;
    input.addEventListener('change', () => { if (input.checked) onPick(value); });
    label.append(input, ' ', text);
    fieldset.append(label);
  }
}

/**
 * Build both radio groups; their texts follow the state's language.
 * @param namesFieldset - container for the name mode radios
 * @param scriptFieldset - container for the script radios
 * @param onChange - intent callback
 * @returns a function that checks the radios matching a state (and relabels them when the language changed)
 */
export function setupNameControls(
  namesFieldset: HTMLElement, scriptFieldset: HTMLElement, onChange: NameChoiceHandler,
): (state: AtlasState) => void {
  let shownLang: Lang | null = null;
  const build = (lang: Lang) => {
    radioGroup(namesFieldset, 'names', t('names.heading', lang),
      [['1945', t('names.1945', lang)], ['modern', t('names.modern', lang)], ['both', t('names.both', lang)]],
      (v) => onChange({ names: v as NameMode }));
    radioGroup(scriptFieldset, 'script', t('script.heading', lang),
      [['native', t('script.native', lang)], ['latin', t('script.latin', lang)], ['both', t('script.both', lang)]],
      (v) => onChange({ script: v as ScriptMode }));
  };
  let shown = '';
  // Called on every state change, every frame while playing: touch the radios only when the choice or language changed.
  return (state) => {
    const key = `${state.lang}|${state.names}|${state.script}`;
    if (key === shown) return;
    shown = key;
    if (state.lang !== shownLang) build(state.lang);
    shownLang = state.lang;
    for (const input of namesFieldset.querySelectorAll<HTMLInputElement>('input')) input.checked = input.value === state.names;
    for (const input of scriptFieldset.querySelectorAll<HTMLInputElement>('input')) input.checked = input.value === state.script;
  };
}
