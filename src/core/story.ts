/**
 * The guided story "Play the invasion sequence": the shape of its chapters
 * (the chapters themselves are core/story_chapters.ts) and a pure stepper that
 * moves through them by real elapsed time. The app's animation loop drives it
 * (core/clock_step.ts); nothing here touches the DOM or the map.
 *
 * Inside a chapter, time runs from `start` to `end` at `speed` simulated
 * hours per real second. When it reaches a key event it stops there for
 * {@link HOLD_MS} (the event's text is shown), then runs on. At `end` the next
 * chapter starts at its own `start` (chapters overlap in time: each follows
 * one front).
 */

/** Text in the interface languages. */
interface StoryText { en: string; ja: string; ru: string }

/** [[west, south], [east, north]] in degrees. */
export type StoryBounds = [[number, number], [number, number]];

/** One chapter: data only. */
export interface StoryChapter {
  id: string;
  title: StoryText;
  /** First and last instant shown, epoch ms. */
  start: number;
  end: number;
  /** Simulated hours per real second while running. */
  speed: number;
  /** Camera at the chapter's start; key events with a point pan the camera to it. */
  bounds: StoryBounds;
  /** Event ids (geo/events.geojson) to stop on, in time order. */
  keyEvents: readonly string[];
}

/** Real milliseconds the story holds on a key event. */
export const HOLD_MS = 3500;

/** Where the story is. */
export interface StoryPosition {
  /** Index into the chapters. */
  chapter: number;
  /** Epoch ms shown. */
  time: number;
  /** Key event being held on, or null while time runs. */
  holding: string | null;
  /** Real ms left on the hold. */
  holdLeftMs: number;
  /** Key events of this chapter already stopped on. */
  shown: readonly string[];
  /** True after the last chapter's end. */
  done: boolean;
}

/**
 * The position at the start of a chapter.
 * @param chapters - the story
 * @param index - chapter index (clamped)
 * @returns a running position at the chapter's start
 */
export function chapterStart(chapters: readonly StoryChapter[], index: number): StoryPosition {
  const i = Math.max(0, Math.min(chapters.length - 1, index));
  return { chapter: i, time: (chapters[i] as StoryChapter).start, holding: null, holdLeftMs: 0, shown: [], done: false };
}

/**
 * Advance by real elapsed time. Returns a new position (the input is not mutated).
 * @param chapters - the story
 * @param eventTimes - start (epoch ms) of each key event by id; unknown ids are skipped
 * @param position - current position
 * @param elapsedMs - real ms since the last step
 * @returns the new position
 */
export function advanceStory(
  chapters: readonly StoryChapter[], eventTimes: ReadonlyMap<string, number>, position: StoryPosition, elapsedMs: number,
): StoryPosition {
  const chapter = chapters[position.chapter];
  if (!chapter || position.done) return { ...position, done: true };
  const elapsed = Math.max(0, elapsedMs);
  if (position.holding !== null) {
    const left = position.holdLeftMs - elapsed;
    return left > 0 ? { ...position, holdLeftMs: left } : { ...position, holding: null, holdLeftMs: 0 };
  }
  const next = position.time + (elapsed / 1000) * chapter.speed * 3_600_000;
  // The first key event not yet shown whose time is reached.
  const due = chapter.keyEvents.find((id) => {
    const at = eventTimes.get(id);
    return at !== undefined && !position.shown.includes(id) && at <= next;
  });
  if (due !== undefined) {
    const at = eventTimes.get(due) as number;
    return { ...position, time: Math.max(position.time, at), holding: due, holdLeftMs: HOLD_MS, shown: [...position.shown, due] };
  }
  if (next < chapter.end) return { ...position, time: next };
  if (position.chapter + 1 < chapters.length) return chapterStart(chapters, position.chapter + 1);
  return { ...position, time: chapter.end, done: true };
}
