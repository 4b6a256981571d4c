import { describe, expect, test } from 'vitest';
import { BEFORE_ALL_STEPS, stepAt, timeSteps } from './time_steps.ts';

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
