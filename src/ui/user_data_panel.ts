/**
 * "Your own data": a file picker (`input[type=file]#user-data`) and dropping a
 * file on the map. The file is refused by size before it is read
 * (USER_FILE_MAX_BYTES), then read and checked in a Web Worker so that the
 * page keeps responding; its problems are listed (file, feature, field) in
 * `#user-data-errors`, or, when valid, it is handed to `onData` to be drawn.
 * All text is set with textContent.
 */
import './user_data_panel.css';
import { formatIssue } from '../data/issues.ts';
import { USER_FILE_MAX_BYTES, userFileSizeIssue, type UserData, type UserDataResult } from '../data/user_data.ts';

// English only, ASCII: HTML text, not drawn by the map's subset font.
const TEXT = {
  heading: 'Your own data',
  help: `Open a GeoJSON file of places, routes or events in the atlas's format (geo/README.md), or drop it on the map. Up to ${USER_FILE_MAX_BYTES / 1024 / 1024} MB; it stays in this browser.`,
  label: 'GeoJSON file',
  checking: (file: string) => `Checking ${file}...`,
  added: (d: UserData) => `${d.file}: added ${count(d.places.length, 'place')}, ${count(d.routes.length, 'route')}, ${count(d.events.length, 'event')} (shown in teal, on their dates).`,
  refused: (file: string, n: number) => `${file} was not added: ${count(n, 'problem')}.`,
  more: (n: number) => `and ${n} more`,
};

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * Build the panel and listen for files.
 * @param panel - an empty `<details>` element (#user-data-panel)
 * @param dropTarget - the map container: files dropped on it are opened
 * @param onData - receives a valid file's features
 * @param createWorker - seam for tests @defaultValue the bundled user_data_worker.ts
 */
export function setupUserDataPanel(
  panel: HTMLElement, dropTarget: HTMLElement, onData: (data: UserData) => void,
  createWorker: () => Worker = () => new Worker(new URL('../data/user_data_worker.ts', import.meta.url), { type: 'module' }),
): void {
  const summary = document.createElement('summary');
  summary.textContent = TEXT.heading;
  const help = document.createElement('p');
  help.textContent = TEXT.help;
  const input = Object.assign(document.createElement('input'), { type: 'file', id: 'user-data', accept: '.geojson,.json,application/geo+json,application/json' });
  const label = Object.assign(document.createElement('label'), { htmlFor: 'user-data', textContent: `${TEXT.label} ` });
  label.append(input);
  const status = Object.assign(document.createElement('p'), { id: 'user-data-status', className: 'user-data-status' });
  status.setAttribute('role', 'status');
  const errors = Object.assign(document.createElement('ul'), { id: 'user-data-errors', className: 'user-data-errors' });
  panel.replaceChildren(summary, help, label, status, errors);

  let worker: Worker | null = null;
  const show = (message: string, issues: string[] = []) => {
    status.textContent = message;
    errors.replaceChildren(...issues.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
  };
  const finish = (file: string, result: UserDataResult) => {
    worker?.terminate();
    worker = null;
    if (result.ok) {
      show(TEXT.added(result.data));
      onData(result.data);
      return;
    }
    const lines = result.issues.map(formatIssue);
    if (result.more) lines.push(TEXT.more(result.more));
    show(TEXT.refused(file, result.issues.length + result.more), lines);
  };
  const open = (file: File | undefined) => {
    if (!file) return;
    (panel as HTMLDetailsElement).open = true;
    worker?.terminate(); // a newer file wins
    worker = null;
    const tooBig = userFileSizeIssue(file.name, file.size);
    if (tooBig) return finish(file.name, { ok: false, issues: [tooBig], more: 0 });
    show(TEXT.checking(file.name));
    const current = createWorker();
    worker = current;
    current.addEventListener('message', (e: MessageEvent<UserDataResult>) => { if (worker === current) finish(file.name, e.data); });
    current.addEventListener('error', (e) => {
      if (worker === current) finish(file.name, { ok: false, issues: [{ file: file.name, message: `could not be checked (${e.message || 'worker error'})` }], more: 0 });
    });
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
}
