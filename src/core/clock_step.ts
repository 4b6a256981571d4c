/**
 * One clock for playback and the guided story: each animation frame turns the
 * real time elapsed into one state change (ui/animation_loop.ts runs the
 * frames). Pure: the story's camera moves come out as a `flight` in the same
 * change, which the map carries out.
 */
import type { AtlasState, FlightTarget, StateChange } from './state.ts';
import { advanceStory, chapterStart, type StoryChapter, type StoryPosition } from './story.ts';
import { advancePlayback } from './timeline.ts';

/** What the story needs to know of the data: when each key event starts and where it is. */
export interface StoryScript {
  chapters: readonly StoryChapter[];
  eventTimes: ReadonlyMap<string, number>;
  /** [lon, lat] of each key event, null for events off the map. */
  eventPoints: ReadonlyMap<string, [number, number] | null>;
}

/**
 * Whether the clock runs: playback or a running story.
 * @returns true while frames should advance time
 */
export function isAnimating(state: AtlasState): boolean {
  return state.playing || state.story.mode === 'running';
}

/**
 * The change one frame makes.
 * @param state - the state at the frame
 * @param elapsedMs - real milliseconds since the previous frame
 * @param script - the story's chapters and key events (null until the story panel is there)
 * @returns the change, or null when nothing runs
 */
export function clockStep(state: AtlasState, elapsedMs: number, script: StoryScript | null): StateChange | null {
  if (state.story.mode === 'running' && script) {
    const before = state.story.position;
    const position = advanceStory(script.chapters, script.eventTimes, before, elapsedMs);
    const moved = position.chapter !== before.chapter || (position.holding !== null && position.holding !== before.holding);
    const flight = moved ? storyFlight(script, position) : null;
    return {
      time: position.time, playing: false,
      story: { mode: position.done ? 'done' : 'running', position },
      ...(flight ? { flight } : {}),
    };
  }
  if (state.playing) return advancePlayback(state.time, elapsedMs, state.speed, state.loop);
  return null;
}

/**
 * Where the camera goes for a story position: the key event held on, else the chapter's area.
 * @returns the target, or null past the last chapter
 */
function storyFlight(script: StoryScript, position: StoryPosition): FlightTarget | null {
  const chapter = script.chapters[position.chapter];
  if (!chapter) return null;
  const point = position.holding ? script.eventPoints.get(position.holding) : null;
  return point ? { kind: 'point', point, bounds: chapter.bounds } : { kind: 'bounds', bounds: chapter.bounds };
}

/**
 * Run the story from the start of a chapter (Play, Next chapter).
 * @param index - chapter index (clamped)
 * @returns the change
 */
export function storyFromChapter(script: StoryScript, index: number): StateChange {
  return storyRunning(script, chapterStart(script.chapters, index));
}

/**
 * Resume a paused story where it stopped; the camera goes back to the chapter.
 * @returns the change
 */
export function storyResumed(state: AtlasState, script: StoryScript): StateChange {
  return storyRunning(script, state.story.position);
}

function storyRunning(script: StoryScript, position: StoryPosition): StateChange {
  const flight = storyFlight(script, position);
  return { time: position.time, playing: false, story: { mode: 'running', position }, ...(flight ? { flight } : {}) };
}
