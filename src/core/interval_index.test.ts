import { describe, expect, test } from 'vitest';
import { intervalIndex, itemsOverlapping, type Interval } from './interval_index.ts';

const span = (id: string, startMs: number, endMs: number) => ({ id, startMs, endMs });
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id).sort();

/** The brute-force answer the index must match. */
const scan = (items: readonly (Interval & { id: string })[], from: number, to: number) =>
  items.filter((i) => i.startMs <= to && i.endMs > from);

describe('itemsOverlapping', () => {
  const items = [span('a', 0, 10), span('b', 5, 50), span('c', 20, 30), span('d', 40, 45)];
  test('started by `to` and not ended by `from`', () => {
    expect(ids(itemsOverlapping(intervalIndex(items, 2), 25, 25))).toEqual(['b', 'c']);
  });
  test('an item ending exactly at `from` is left out', () => {
    expect(ids(itemsOverlapping(intervalIndex(items, 2), 10, 10))).toEqual(['b']);
  });
  test('an item starting exactly at `to` is kept', () => {
    expect(ids(itemsOverlapping(intervalIndex(items, 2), 35, 40))).toEqual(['b', 'd']);
  });
  test('a window: items ended within it are kept', () => {
    expect(ids(itemsOverlapping(intervalIndex(items, 2), 8, 42))).toEqual(['a', 'b', 'c', 'd']);
  });
  test('empty index', () => expect(itemsOverlapping(intervalIndex([]), 0, 10)).toEqual([]));
  test('a bad block size is refused', () => expect(() => intervalIndex(items, 0)).toThrow('blockSize'));
  test('matches a scan over random spans and block sizes', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const many = Array.from({ length: 500 }, (_, i) => {
      const start = Math.floor(random() * 1000);
      return span(`r${i}`, start, start + Math.floor(random() * 100));
    });
    for (const blockSize of [1, 7, 32]) {
      const index = intervalIndex(many, blockSize);
      for (let q = 0; q < 50; q++) {
        const from = Math.floor(random() * 1100);
        const to = from + Math.floor(random() * 20);
        expect(ids(itemsOverlapping(index, from, to))).toEqual(ids(scan(many, from, to)));
      }
    }
  });
  test('does not reorder its input', () => {
    const input = [span('z', 9, 10), span('y', 1, 2)];
    intervalIndex(input);
    expect(ids(input)).toEqual(['y', 'z']);
    expect(input[0]?.id).toBe('z');
  });
});
