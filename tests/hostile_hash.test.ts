/**
 * The hash parser over the hostile corpus (tests/hostile_hashes.ts), in Node:
 * it never throws, everything it returns is usable, and what it cannot use is
 * reported by the hash notice.
 */
import { describe, expect, test } from 'vitest';
import { NAME_MODES, SCRIPT_MODES } from '../src/core/names.ts';
import { isCamera } from '../src/core/state.ts';
import { TIMELINE_END, TIMELINE_START } from '../src/core/timeline.ts';
import { hashNoticeText, ignoredHashParts } from '../src/ui/hash_notice.ts';
import { stateFromHash } from '../src/ui/url_hash.ts';
import { HAND_WRITTEN_HASHES, generatedHashes, hostileHashes } from './hostile_hashes.ts';

const corpus = hostileHashes();

/** Data in which no event or place exists. */
const NOTHING_KNOWN = { event: () => false, place: () => false };

describe('stateFromHash over hostile hashes', () => {
  test('the corpus is large and the same on every run', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(1000);
    expect(generatedHashes(50)).toEqual(generatedHashes(50));
    expect(corpus.some((h) => h.length >= 1_000_000)).toBe(true);
  });

  test('never throws and returns only valid fields', () => {
    const bad: string[] = [];
    corpus.forEach((hash, i) => {
      const s = stateFromHash(hash);
      const ok =
        (s.time === undefined || (Number.isFinite(s.time) && s.time >= TIMELINE_START && s.time <= TIMELINE_END)) &&
        (s.names === undefined || NAME_MODES.includes(s.names)) &&
        (s.script === undefined || SCRIPT_MODES.includes(s.script)) &&
        (s.camera === undefined || isCamera(s.camera)) &&
        (s.event === undefined || /^[a-z][a-z0-9_-]*$/.test(s.event)) &&
        Object.keys(s).every((k) => ['time', 'names', 'script', 'camera', 'event'].includes(k));
      if (!ok) bad.push(`#${i} ${hash.slice(0, 80)} -> ${JSON.stringify(s).slice(0, 200)}`);
    });
    expect(bad).toEqual([]);
  });

  test('the notice lists every hand-written hostile hash that has content, and stays short', () => {
    const silent: string[] = [];
    // Usable after all: a date outside the timeline is shown at its nearest end; %37 is "7".
    const usable = new Set(['#date=0045-08-20', '#date=9999-12-31T23:59+14:00', '#map=%37/47/142']);
    for (const hash of HAND_WRITTEN_HASHES.filter((h) => !usable.has(h))) {
      const ignored = ignoredHashParts(hash, { event: (id) => id === 'maoka-landing', place: (id) => id === 'maoka' });
      const empty = /^#[&=]*$/.test(hash);
      if (!empty && ignored.length === 0) silent.push(hash.slice(0, 80));
      expect(hashNoticeText(ignored).length, hash.slice(0, 40)).toBeLessThan(600);
    }
    expect(silent).toEqual([]);
  });

  test('keeps the valid parts of a partly hostile hash', () => {
    const hash = '#date=1945-08-20T06:00+09:00&names=<script>x</script>&map=99/47/142&script=latin';
    expect(stateFromHash(hash)).toEqual({ time: Date.parse('1945-08-20T06:00+09:00'), script: 'latin' });
    expect(ignoredHashParts(hash)).toEqual(['names=<script>x</script>', 'map=99/47/142']);
  });

  test('reads year 0045 as the year 45, not 1945 (shown at the timeline start)', () => {
    expect(stateFromHash('#date=0045-08-20').time).toBe(TIMELINE_START);
    expect(stateFromHash('#date=0045-08-20T06:00+09:00').time).toBe(TIMELINE_START);
  });

  test('reports repeated keys, unknown keys and unknown events and places', () => {
    expect(ignoredHashParts('#names=1945&names=modern&zoom=3&event=nope&place=nowhere', NOTHING_KNOWN))
      .toEqual(['names=modern (repeated)', 'zoom=3', 'event=nope (no such event)', 'place=nowhere (no such place)']);
  });

  test('a valid hash is reported as fully used', () => {
    expect(ignoredHashParts('#date=1945-08-20T06:00+09:00&names=modern&script=both&map=7/47.05/142.05&event=a&place=b', { event: () => true, place: () => true }))
      .toEqual([]);
  });

  test('quotes at most 40 characters of a huge value', () => {
    const [part] = ignoredHashParts(`#names=${'x'.repeat(1_000_000)}`);
    expect(part!.length).toBeLessThanOrEqual(50);
  });
});
