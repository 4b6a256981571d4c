/**
 * "Your own data": a file picker (`input[type=file]#user-data`) and dropping a
 * file on the map. The file is refused by size before it is read
 * (USER_FILE_MAX_BYTES), then read and checked in a Web Worker so that the
 * page keeps responding; its problems are listed (file, feature, field) in
 * `#user-data-errors`, or, when valid, it is handed to `onData` to be drawn.
 * The panel's own texts follow the interface language; the problems found are
 * listed as the checker words them (file, feature, field). All text is set with
 * textContent.
 */
import './user_data_panel.css';
import { numberText } from '../core/format.ts';
import { formatIssue } from '../data/issues.ts';
import { USER_FILE_MAX_BYTES, userFileSizeIssue, type UserFile, type UserFileResult } from '../data/user_data.ts';
import { t, type Lang } from './strings.ts';

/** The longest a check may take: a 20 MB file takes under a minute on this project's 2-core machine. */
const CHECK_TIMEOUT_MS = 180_000;

/**
 * Build the panel and listen for files.
 * @param panel - an empty `<details>` element (#user-data-panel)
 * @param dropTarget - the map container: files dropped on it are opened
 * @param onData - receives a valid file's features
 * @param lang - the interface language now
 * @param createWorker - seam for tests @defaultValue the bundled user_data_worker.ts
 * @returns a function that rewrites the panel's texts, and the last message, in another language
 */
export function setupUserDataPanel(
  panel: HTMLElement, dropTarget: HTMLElement, onData: (data: UserFile) => void, lang: Lang,
  createWorker: () => Worker = () => new Worker(new URL('../data/user_data_worker.ts', import.meta.url), { type: 'module' }),
): (lang: Lang) => void {
  const summary = document.createElement('summary');
  const help = document.createElement('p');
  const input = Object.assign(document.createElement('input'), { type: 'file', id: 'user-data', accept: '.geojson,.json,application/geo+json,application/json' });
  const label = Object.assign(document.createElement('label'), { htmlFor: 'user-data' });
  const labelText = document.createTextNode('');
  label.append(labelText, input);
  const status = Object.assign(document.createElement('p'), { id: 'user-data-status', className: 'user-data-status' });
  status.setAttribute('role', 'status');
  const errors = Object.assign(document.createElement('ul'), { id: 'user-data-errors', className: 'user-data-errors' });
  panel.replaceChildren(summary, help, label, status, errors);

  let worker: Worker | null = null;
  let shownLang = lang;
  /** The status line and the problem list, in any language (their texts follow a language switch). */
  let message: ((lang: Lang) => string) | null = null;
  let problems: (lang: Lang) => string[] = () => [];
  const render = () => {
    status.textContent = message?.(shownLang) ?? '';
    errors.replaceChildren(...problems(shownLang).map((line) => Object.assign(document.createElement('li'), { textContent: line })));
  };
  const relabel = (next: Lang) => {
    shownLang = next;
    summary.textContent = t('userData.heading', next);
    help.textContent = t('userData.help', next, { mb: USER_FILE_MAX_BYTES / 1024 / 1024 });
    labelText.textContent = `${t('userData.file', next)} `;
    render();
  };
  relabel(lang);
  const show = (text: (lang: Lang) => string, lines: (lang: Lang) => string[] = () => []) => {
    message = text;
    problems = lines;
    render();
  };
  const count = (n: number, lang: Lang) => numberText(n, lang);
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  const finish = (file: string, result: UserFileResult) => {
    clearTimeout(watchdog);
    worker?.terminate();
    worker = null;
    if (result.ok) {
      const { places, routes, events, family } = result.data;
      show((l) => [
        t('userData.added', l, { file, places: count(places.length, l), routes: count(routes.length, l), events: count(events.length, l) }),
        ...(family.length ? [t('userData.family', l, { n: count(family.length, l) })] : []),
      ].join(' '));
      onData(result.data);
      return;
    }
    // The problems keep the checker's wording (file, feature, field); the count of those left out follows the language.
    const lines = result.issues.map(formatIssue);
    const more = result.more;
    show((l) => t('userData.refused', l, { file, n: count(result.issues.length + more, l) }),
      (l) => (more ? [...lines, t('userData.more', l, { n: count(more, l) })] : lines));
  };
  const open = (file: File | undefined) => {
    if (!file) return;
    (panel as HTMLDetailsElement).open = true;
    worker?.terminate(); // a newer file wins
    worker = null;
    const tooBig = userFileSizeIssue(file.name, file.size);
    if (tooBig) return finish(file.name, { ok: false, issues: [tooBig], more: 0 });
    show((l) => t('userData.checking', l, { file: file.name }));
    const current = createWorker();
    worker = current;
    current.addEventListener('message', (e: MessageEvent<UserFileResult>) => { if (worker === current) finish(file.name, e.data); });
    current.addEventListener('error', (e) => {
      if (worker === current) finish(file.name, { ok: false, issues: [{ file: file.name, message: `could not be checked (${e.message || 'worker error'})` }], more: 0 });
    });
    // A worker that dies without a word (out of memory) must not leave the panel at "Checking…".
    const silent: UserFileResult = { ok: false, issues: [{ file: file.name, message: `could not be checked: the checker gave no answer within ${CHECK_TIMEOUT_MS / 1000} s` }], more: 0 };
    watchdog = setTimeout(() => { if (worker === current) finish(file.name, silent); }, CHECK_TIMEOUT_MS);
    current.postMessage({ file });
  };

  input.addEventListener('change', () => open(input.files?.[0]));
  dropTarget.addEventListener('dragover', (e) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    dropTarget.classList.add('user-data-drop');
  });
  dropTarget.addEventListener('dragleave', () => dropTarget.classList.remove('user-data-drop'));
  dropTarget.addEventListener('drop', (e) => {
    dropTarget.classList.remove('user-data-drop');
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    open(file);
  });
  return relabel;
}
