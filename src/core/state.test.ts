import { describe, expect, test } from 'vitest';
import { defaultState, updateState } from './state.ts';
import { TIMELINE_END } from './timeline.ts';

describe('updateState', () => {
  test('returns a new object and leaves the input alone', () => {
    const next = updateState(defaultState, { names: 'modern' });
    expect(next).not.toBe(defaultState);
    expect(defaultState.names).toBe('both');
    expect(next.names).toBe('modern');
  });
  test('clamps time into the timeline', () => {
    expect(updateState(defaultState, { time: Date.UTC(2000, 0) }).time).toBe(TIMELINE_END);
  });
  test.each([
    ['names', { names: 'klingon' }],
    ['script', { script: 'runic' }],
    ['camera', { camera: { zoom: 99, lat: 0, lon: 0 } }],
    ['speed', { speed: -1 }],
    ['time', { time: NaN }],
    ['selection', { selection: { kind: 'ship', id: 'x' } }],
    ['lang', { lang: 'de' }],
  ])('ignores an invalid %s', (_name, partial) => {
    expect(updateState(defaultState, partial as never)).toEqual(defaultState);
  });
  test('sets the interface language', () => {
    expect(updateState(defaultState, { lang: 'ru' }).lang).toBe('ru');
  });
  test('clears the selection with null', () => {
    const selected = updateState(defaultState, { selection: { kind: 'event', id: 'maoka_landing' } });
    expect(updateState(selected, { selection: null }).selection).toBeNull();
  });
  test('keeps whether a selection is of the reader\'s own file, and refuses a malformed flag', () => {
    expect(updateState(defaultState, { selection: { kind: 'event', id: 'my_event', user: true } }).selection).toEqual({ kind: 'event', id: 'my_event', user: true });
    expect(updateState(defaultState, { selection: { kind: 'event', id: 'my_event', user: 'yes' } as never }).selection).toBeNull();
  });
});

describe('updateState: family', () => {
  const family = [{ name: 'Grandmother', home: 'toyohara', legs: [{ from: 'toyohara', to: 'otomari', mode: 'rail' as const, date: '1945-08-18' }] }];
  test('takes well-formed paths', () => {
    expect(updateState(defaultState, { family }).family).toEqual(family);
  });
  test('ignores malformed paths and keeps the ones before', () => {
    const state = updateState(defaultState, { family });
    expect(updateState(state, { family: [{ name: 7, legs: [] }] } as never)).toBe(state);
    expect(updateState(state, { family: 'x' } as never)).toBe(state);
  });
  test('the same paths again change nothing', () => {
    const state = updateState(defaultState, { family });
    expect(updateState(state, { family: structuredClone(family) })).toBe(state);
  });
});
