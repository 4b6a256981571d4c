import { describe, expect, test, vi } from 'vitest';
import { createStore } from './store.ts';

const counter = (onError?: (e: unknown) => void) =>
  createStore({ n: 0, label: 'a' }, (s, c: Partial<{ n: number; label: string }>) => {
    const next = { ...s, ...c };
    return next.n === s.n && next.label === s.label ? s : next;
  }, onError ? { onError } : {});

describe('createStore', () => {
  test('a subscriber is called at once with the current state and no previous state', () => {
    const store = counter();
    store.set({ n: 5 });
    const seen: unknown[] = [];
    store.subscribe((s, prev) => seen.push([s.n, prev]));
    expect(seen).toEqual([[5, null]]);
  });

  test('a late subscriber diffs against what it saw, not against the last change', async () => {
    const store = counter();
    const early: [number, number | null][] = [];
    store.subscribe((s, prev) => early.push([s.n, prev?.n ?? null]));
    store.set({ n: 1 });
    await Promise.resolve();
    const late: [number, number | null][] = [];
    store.subscribe((s, prev) => late.push([s.n, prev?.n ?? null]));
    store.set({ n: 2 });
    await Promise.resolve();
    expect(early).toEqual([[0, null], [1, 0], [2, 1]]);
    expect(late).toEqual([[1, null], [2, 1]]);
  });

  test('changes in one task reach subscribers once, with the latest state', async () => {
    const store = counter();
    const listener = vi.fn();
    store.subscribe(listener);
    for (let i = 1; i <= 500; i++) store.set({ n: i });
    expect(store.get().n).toBe(500);
    expect(listener).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    expect(listener).toHaveBeenCalledTimes(2);
    expect(listener).toHaveBeenLastCalledWith({ n: 500, label: 'a' }, { n: 0, label: 'a' });
  });

  test('a change that changes nothing notifies nobody', async () => {
    const store = counter();
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ n: 0 });
    await Promise.resolve();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test('a subscriber that sets in turn: every subscriber ends on the latest state', async () => {
    const store = counter();
    store.subscribe((s) => { if (s.n === 1) store.set({ label: 'b' }); });
    const last: string[] = [];
    store.subscribe((s) => last.push(`${s.n}${s.label}`));
    store.set({ n: 1 });
    await new Promise((r) => setTimeout(r));
    expect(last.at(-1)).toBe('1b');
  });

  test('a failing subscriber is reported and the others still run', async () => {
    const errors: unknown[] = [];
    const store = counter((e) => errors.push(e));
    store.subscribe((s) => { if (s.n) throw new Error('broken panel'); });
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ n: 1 });
    await Promise.resolve();
    expect(errors).toHaveLength(1);
    expect(listener).toHaveBeenLastCalledWith({ n: 1, label: 'a' }, { n: 0, label: 'a' });
  });

  test('an unsubscribed listener is not called again', async () => {
    const store = counter();
    const listener = vi.fn();
    const stop = store.subscribe(listener);
    stop();
    store.set({ n: 3 });
    await Promise.resolve();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
