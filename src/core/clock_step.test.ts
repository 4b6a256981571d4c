import { describe, expect, test } from 'vitest';
import { clockStep, isAnimating, storyFromChapter, storyResumed, type StoryScript } from './clock_step.ts';
import { defaultState, updateState, type AtlasState } from './state.ts';
import { HOLD_MS, type StoryChapter } from './story.ts';
import { TIMELINE_END, TIMELINE_START } from './timeline.ts';

const H = 3_600_000;
const chapter = (id: string, startH: number, keyEvents: string[]): StoryChapter => ({
  id, title: { en: id, ja: id, ru: id }, start: TIMELINE_START + startH * H, end: TIMELINE_START + (startH + 10) * H,
  speed: 1, bounds: [[140, 45], [142, 47]], keyEvents,
});
const script: StoryScript = {
  chapters: [chapter('one', 0, ['a']), chapter('two', 20, [])],
  eventTimes: new Map([['a', TIMELINE_START + 2 * H]]),
  eventPoints: new Map([['a', [141, 46]]]),
};
const apply = (state: AtlasState, change: ReturnType<typeof clockStep>) => (change ? updateState(state, change) : state);

describe('one clock for playback and the story', () => {
  test('nothing runs: no change', () => {
    expect(isAnimating(defaultState)).toBe(false);
    expect(clockStep(defaultState, 1000, script)).toBeNull();
  });

  test('playback advances time by real elapsed time at its speed', () => {
    const playing = updateState(defaultState, { playing: true, speed: 6 });
    expect(isAnimating(playing)).toBe(true);
    expect(apply(playing, clockStep(playing, 500, script)).time).toBe(TIMELINE_START + 3 * H);
  });

  test('playback stops at the end of the timeline', () => {
    const atEnd = updateState(defaultState, { playing: true, time: TIMELINE_END - H, speed: 6 });
    const next = apply(atEnd, clockStep(atEnd, 1000, script));
    expect(next.time).toBe(TIMELINE_END);
    expect(next.playing).toBe(false);
  });

  test('the story runs from a chapter, flies to its area and holds on a key event with the camera on it', () => {
    let state = updateState(defaultState, storyFromChapter(script, 0));
    expect(state.story.mode).toBe('running');
    expect(state.flight?.to).toEqual({ kind: 'bounds', bounds: script.chapters[0]?.bounds });
    const firstFlight = state.flight?.id;
    state = apply(state, clockStep(state, 2500, script));
    expect(state.story.position.holding).toBe('a');
    expect(state.time).toBe(TIMELINE_START + 2 * H);
    expect(state.flight?.to).toEqual({ kind: 'point', point: [141, 46], bounds: script.chapters[0]?.bounds });
    expect(state.flight?.id).toBe((firstFlight ?? 0) + 1);
    state = apply(state, clockStep(state, HOLD_MS - 1, script));
    expect(state.story.position.holding).toBe('a');
    expect(state.story.mode).toBe('running');
  });

  test('something else moving time pauses the story; resuming goes on from where it stopped', () => {
    let state = updateState(defaultState, storyFromChapter(script, 0));
    state = apply(state, clockStep(state, 1000, script));
    const where = state.story.position;
    state = updateState(state, { time: TIMELINE_START + 50 * H });
    expect(state.story.mode).toBe('paused');
    expect(clockStep(state, 1000, script)).toBeNull();
    state = updateState(state, storyResumed(state, script));
    expect(state.story.mode).toBe('running');
    expect(state.time).toBe(where.time);
  });

  test('ordinary playback pauses the story', () => {
    const running = updateState(defaultState, storyFromChapter(script, 0));
    expect(updateState(running, { playing: true }).story.mode).toBe('paused');
  });

  test('the story ends done after its last chapter', () => {
    let state = updateState(defaultState, storyFromChapter(script, 1));
    state = apply(state, clockStep(state, 11_000, script));
    expect(state.story.mode).toBe('done');
    expect(isAnimating(state)).toBe(false);
  });
});
