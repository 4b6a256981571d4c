/**
 * `#story-panel`: "Play the invasion sequence". Drives core/story.ts by real
 * elapsed time (the freezable clock), puts its time into the app state, shows
 * the chapter title and the key event's text, and asks the camera to follow.
 *
 * The reader can take over at any moment: a pointer press, wheel or key
 * anywhere outside this panel, a time change that did not come from the
 * story, or the ordinary Play button pauses the story; Resume goes on from
 * the same instant (and brings the camera back to the chapter).
 */
import { now } from '../core/clock.ts';
import type { AtlasState } from '../core/state.ts';
import { advanceStory, chapterStart, type StoryBounds, type StoryChapter, type StoryPosition } from '../core/story.ts';
import type { LocalizedText } from '../data/schema.ts';
import { t, type Lang } from './strings.ts';

/** A key event as the caption and camera need it. */
export interface StoryEvent {
  startMs: number;
  title: LocalizedText;
  text: LocalizedText;
  /** [lon, lat], or null for events off the map. */
  point: [number, number] | null;
}

/** Camera moves the story asks for (map/camera.ts); absent without a map. */
export interface StoryCamera {
  showBounds(bounds: StoryBounds): void;
  /** Centre a key event at the zoom that fits the chapter's bounds. */
  showPoint(point: [number, number], bounds: StoryBounds): void;
}

type Mode = 'idle' | 'running' | 'paused' | 'done';

function node<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

// An event's long text may lack English while its languages arrive (src/data/event_texts.ts).
const inLang = (text: LocalizedText, lang: Lang) => text[lang] ?? text.en ?? text.ja ?? text.ru ?? '';

/**
 * Build the story panel and its player.
 * @param container - the #story-panel element
 * @param chapters - the story (core/story.ts STORY_CHAPTERS)
 * @param events - key events by id
 * @param getState - current state
 * @param set - state update
 * @param camera - camera moves, or null without a map
 * @returns a function to call with each state change
 */
export function setupStoryControl(
  container: HTMLElement, chapters: readonly StoryChapter[], events: ReadonlyMap<string, StoryEvent>,
  getState: () => AtlasState, set: (partial: Partial<AtlasState>) => void, camera: StoryCamera | null,
): (state: AtlasState, prev: AtlasState | null) => void {
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

  const eventTimes = new Map([...events].map(([id, e]) => [id, e.startMs]));
  let mode: Mode = 'idle';
  let position: StoryPosition = chapterStart(chapters, 0);
  let lastTick = 0;
  let frame = 0;
  let lang: Lang = getState().lang;

  const showCamera = () => {
    const chapter = chapters[position.chapter];
    const point = position.holding ? events.get(position.holding)?.point : null;
    if (point && chapter) camera?.showPoint(point, chapter.bounds);
    else if (chapter) camera?.showBounds(chapter.bounds);
  };

  const render = () => {
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

  const tick = () => {
    frame = 0;
    if (mode !== 'running') return;
    const time = now();
    const before = position;
    position = advanceStory(chapters, eventTimes, position, time - lastTick);
    lastTick = time;
    set({ time: position.time, playing: false });
    if (position.done) mode = 'done';
    if (position.chapter !== before.chapter || (position.holding && position.holding !== before.holding)) showCamera();
    if (position.chapter !== before.chapter || position.holding !== before.holding || position.done) render();
    if (mode === 'running') frame = requestAnimationFrame(tick);
  };

  const run = () => {
    mode = 'running';
    lastTick = now();
    set({ time: position.time, playing: false });
    showCamera();
    render();
    if (!frame) frame = requestAnimationFrame(tick);
  };
  const pause = () => {
    if (mode !== 'running') return;
    mode = 'paused';
    render();
  };

  start.addEventListener('click', () => { position = chapterStart(chapters, 0); run(); });
  toggle.addEventListener('click', () => (mode === 'running' ? pause() : run()));
  next.addEventListener('click', () => { position = chapterStart(chapters, position.chapter + 1); run(); });
  stop.addEventListener('click', () => { mode = 'idle'; position = chapterStart(chapters, 0); render(); start.focus(); });
  // Any interaction elsewhere is the reader taking over.
  const takeOver = (event: Event) => {
    // Moving focus (Tab) to reach the story's own buttons is not taking over.
    if (event instanceof KeyboardEvent && ['Tab', 'Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) return;
    if (mode === 'running' && !(event.target instanceof Node && container.contains(event.target))) pause();
  };
  for (const type of ['pointerdown', 'wheel', 'keydown', 'touchstart']) document.addEventListener(type, takeOver, { capture: true, passive: true });
  render();

  return (state, prev) => {
    if (state.lang !== lang) { lang = state.lang; render(); }
    // Time moved by something else (slider, list, link) or ordinary playback started.
    if (mode === 'running' && prev && (state.playing || (state.time !== prev.time && state.time !== position.time))) pause();
  };
}
