/**
 * Which items (routes) overlap a time window, without scanning them all:
 * items sorted by start, cut into blocks of `blockSize` with each block's
 * latest end. A query binary-searches the last item started by the window's
 * end and skips whole blocks that all ended before the window's start.
 *
 * ```
 *  sorted by start:  [a b c d] [e f g h] [i j k l] | m n ...  (m starts after `to`)
 *  block max end:       t4        t8        t12
 *  query(from, to):  blocks with max end <= from are skipped; the rest are checked one by one
 * ```
 * Cost: O(log n + n / blockSize + items in the blocks kept).
 */

/** Anything with a time span (epoch ms). */
export interface Interval {
  startMs: number;
  endMs: number;
}

/** An index built once by {@link intervalIndex}. */
export interface IntervalIndex<T extends Interval> {
  /** Items sorted by start. */
  readonly items: readonly T[];
  /** Latest end of each block of `blockSize` items. */
  readonly blockMaxEnd: readonly number[];
  readonly blockSize: number;
}

/**
 * Build the index. Does not mutate `items`.
 * @param items - any order
 * @param blockSize - items per block @defaultValue 32
 * @returns the index
 */
export function intervalIndex<T extends Interval>(items: readonly T[], blockSize = 32): IntervalIndex<T> {
  if (!(blockSize >= 1)) throw new Error(`Unexpected blockSize value: ${blockSize}.`);
  const sorted = [...items].sort((a, b) => a.startMs - b.startMs);
  const blockMaxEnd: number[] = [];
  for (let i = 0; i < sorted.length; i += blockSize) {
    let max = -Infinity;
    for (let j = i; j < Math.min(sorted.length, i + blockSize); j++) max = Math.max(max, (sorted[j] as T).endMs);
    blockMaxEnd.push(max);
  }
  return { items: sorted, blockMaxEnd, blockSize };
}

/**
 * Items with `startMs <= to` and `endMs > from`: started by `to`, not ended by `from`.
 * @param index - from {@link intervalIndex}
 * @param from - epoch ms (exclusive on the item's end)
 * @param to - epoch ms (inclusive on the item's start)
 * @returns matching items, by start
 */
export function itemsOverlapping<T extends Interval>(index: IntervalIndex<T>, from: number, to: number): T[] {
  const { items, blockMaxEnd, blockSize } = index;
  let lo = 0, hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid] as T).startMs <= to) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let b = 0; b * blockSize < lo; b++) {
    if ((blockMaxEnd[b] as number) <= from) continue;
    for (let i = b * blockSize; i < Math.min(lo, (b + 1) * blockSize); i++) {
      const item = items[i] as T;
      if (item.endMs > from) out.push(item);
    }
  }
  return out;
}
