/**
 * `#story-panel`: "Play the invasion sequence". Shows the story's state
 * (`state.story`: chapter, running or paused) and turns its buttons into
 * intents; the story itself runs on the app's one animation loop
 * (ui/animation_loop.ts, core/clock_step.ts), which also asks the camera to
 * follow. The reader can take over at any moment: a pointer press, wheel or
 * key anywhere outside this panel pauses it, and so does moving time or
 * pressing Play (the state's reducer, core/state.ts); Resume goes on from the
 * same instant (and brings the camera back to the chapter).
 */
import { storyFromChapter, storyResumed, type StoryScript } from '../core/clock_step.ts';
import type { AtlasState, StateChange, StoryState } from '../core/state.ts';
import { chapterStart } from '../core/story.ts';
import type { LocalizedText } from '../data/schema.ts';
import { t, type Lang } from './strings.ts';

/** A key event's words, for the caption. */
export interface StoryEvent {
  title: LocalizedText;
  text: LocalizedText;
}

function node<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

// An event's long text may lack English while its languages arrive (src/data/event_texts.ts).
const inLang = (text: LocalizedText, lang: Lang) => text[lang] ?? text.en ?? text.ja ?? text.ru ?? '';

/**
 * Build the story panel.
 * @param container - the #story-panel element
 * @param script - the story (chapters, key events' times and points)
 * @param events - key events' words by id
 * @param getState - current state
 * @param set - state update
 * @returns a renderer of the state
 */
export function setupStoryControl(
  container: HTMLElement, script: StoryScript, events: ReadonlyMap<string, StoryEvent>,
  getState: () => AtlasState, set: (change: StateChange) => void,
): (state: AtlasState) => void {
  const { chapters } = script;
  const heading = node('h2', { id: 'story-heading' });
  const start = node('button', { id: 'story-play', type: 'button' });
  const chapterLine = node('p', { id: 'story-chapter', className: 'story-chapter' });
  chapterLine.setAttribute('aria-live', 'polite');
  const caption = node('div', { id: 'story-caption', className: 'story-caption' });
  const status = node('p', { id: 'story-status', className: 'story-status' });
  const toggle = node('button', { id: 'story-toggle', type: 'button' });
  const next = node('button', { id: 'story-next', type: 'button' });
  const stop = node('button', { id: 'story-stop', type: 'button' });
  const row = node('div', { className: 'time-row story-buttons' });
  row.append(toggle, next, stop);
  container.setAttribute('aria-labelledby', 'story-heading');
  container.replaceChildren(heading, start, chapterLine, caption, status, row);

  const render = ({ mode, position }: StoryState, lang: Lang) => {
    const chapter = chapters[position.chapter];
    heading.textContent = t('story.heading', lang);
    start.textContent = t('story.play', lang);
    start.hidden = mode !== 'idle' && mode !== 'done';
    row.hidden = !start.hidden;
    toggle.textContent = t(mode === 'running' ? 'story.pause' : 'story.resume', lang);
    toggle.setAttribute('aria-pressed', String(mode === 'running'));
    next.textContent = t('story.next', lang);
    next.disabled = position.chapter + 1 >= chapters.length;
    stop.textContent = t('story.stop', lang);
    chapterLine.textContent = mode === 'idle' || !chapter ? ''
      : `${t('story.chapter', lang, { n: position.chapter + 1, total: chapters.length })}: ${chapter.title[lang]}`;
    // The last key event's text stays until the next one, so there is time to read it.
    const shownId = position.holding ?? position.shown.at(-1);
    const held = shownId ? events.get(shownId) : undefined;
    caption.replaceChildren(...(held && mode !== 'idle' ? [node('h3', { textContent: inLang(held.title, lang) }), node('p', { textContent: inLang(held.text, lang) })] : []));
    status.textContent = mode === 'paused' ? t('story.paused', lang) : mode === 'done' ? t('story.done', lang) : '';
    container.dataset.mode = mode;
  };

  const pause = () => {
    const { story } = getState();
    if (story.mode === 'running') set({ story: { ...story, mode: 'paused' } });
  };
  start.addEventListener('click', () => set(storyFromChapter(script, 0)));
  toggle.addEventListener('click', () => (getState().story.mode === 'running' ? pause() : set(storyResumed(getState(), script))));
  next.addEventListener('click', () => set(storyFromChapter(script, getState().story.position.chapter + 1)));
  stop.addEventListener('click', () => {
    set({ story: { mode: 'idle', position: chapterStart(chapters, 0) } });
    start.focus();
  });
  // Any interaction elsewhere is the reader taking over.
  const takeOver = (event: Event) => {
    // Moving focus (Tab) to reach the story's own buttons is not taking over.
    if (event instanceof KeyboardEvent && ['Tab', 'Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) return;
    if (!(event.target instanceof Node && container.contains(event.target))) pause();
  };
  for (const type of ['pointerdown', 'wheel', 'keydown', 'touchstart']) document.addEventListener(type, takeOver, { capture: true, passive: true });

  // While the story runs its position changes every frame: redraw only what the panel shows.
  let shown = '';
  return ({ story, lang }) => {
    const { mode, position: { chapter, holding, shown: passed } } = story;
    const key = `${mode}|${chapter}|${holding}|${passed.length}|${lang}`;
    if (key === shown) return;
    shown = key;
    render(story, lang);
  };
}
