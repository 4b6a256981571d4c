import { afterEach, describe, expect, test } from 'vitest';
import { setNow } from '../core/clock.ts';
import { defaultState, updateState } from '../core/state.ts';
import { throttleWhilePlaying } from './throttle.ts';

const playing = updateState(defaultState, { playing: true });
const paused = updateState(defaultState, { playing: false });

describe('throttleWhilePlaying', () => {
  afterEach(() => setNow(null));
  test('while playing, renders at most once per interval', () => {
    const seen: number[] = [];
    const render = throttleWhilePlaying((s) => seen.push(s.time), { intervalMs: 250 });
    for (const [at, time] of [[0, 1], [100, 2], [249, 3], [250, 4], [300, 5]] as const) {
      setNow(at);
      render({ ...playing, time });
    }
    expect(seen).toEqual([1, 4]);
  });
  test('paused, every state renders', () => {
    const seen: number[] = [];
    const render = throttleWhilePlaying((s) => seen.push(s.time));
    setNow(0);
    render({ ...paused, time: 1 });
    render({ ...paused, time: 2 });
    expect(seen).toEqual([1, 2]);
  });
  test('the state that stops playback renders at once', () => {
    const seen: boolean[] = [];
    const render = throttleWhilePlaying((s) => seen.push(s.playing));
    setNow(0);
    render(playing);
    setNow(10);
    render(paused);
    expect(seen).toEqual([true, false]);
  });
});
