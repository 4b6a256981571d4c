import { describe, expect, test } from 'vitest';
import { BEFORE_ALL_STEPS, SteppedClock, stepAt, timeSteps } from './time_steps.ts';

describe('timeSteps', () => {
  test('sorted, unique, finite', () => {
    expect(timeSteps([30, 10, 20, 10, Number.NaN, Infinity])).toEqual([10, 20, 30]);
  });
  test('empty input gives no steps', () => expect(timeSteps([])).toEqual([]));
});

describe('stepAt', () => {
  const steps = [10, 20, 30];
  test.each([
    ['before the first', 5, BEFORE_ALL_STEPS],
    ['on the first', 10, 10],
    ['between', 25, 20],
    ['on the last', 30, 30],
    ['after the last', 99, 30],
  ])('%s', (_name, time, expected) => expect(stepAt(steps, time)).toBe(expected));
  test('no steps', () => expect(stepAt([], 5)).toBe(BEFORE_ALL_STEPS));
  test('a filter x <= step agrees with x <= time for every step x', () => {
    for (let time = 0; time < 40; time++) {
      for (const x of steps) expect(x <= stepAt(steps, time)).toBe(x <= time);
    }
  });
});

describe('SteppedClock', () => {
  test('paused: every change of step is sent at once', () => {
    const clock = new SteppedClock([10, 20]);
    expect(clock.update(5, false, 0)).toBe(BEFORE_ALL_STEPS);
    expect(clock.update(15, false, 1)).toBe(10);
    expect(clock.update(25, false, 2)).toBe(20);
  });
  test('no change of step sends nothing', () => {
    const clock = new SteppedClock([10, 20]);
    clock.update(12, false, 0);
    expect(clock.update(18, false, 1)).toBeNull();
    expect(clock.applied).toBe(10);
  });
  test('playing forward: at most one step per interval', () => {
    const clock = new SteppedClock([10, 20, 30], { minIntervalMs: 300 });
    expect(clock.update(15, true, 1000)).toBe(10);
    expect(clock.update(25, true, 1100)).toBeNull();
    expect(clock.update(35, true, 1300)).toBe(30);
  });
  test('playing backward (a loop): the earlier step is sent at once', () => {
    const clock = new SteppedClock([10, 20, 30], { minIntervalMs: 300 });
    clock.update(35, true, 1000);
    expect(clock.update(12, true, 1001)).toBe(10);
  });
});
