import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { timeFromIso } from './dates.ts';
import { TIMELINE_END, TIMELINE_START } from './timeline.ts';
import manifest from '../map/font_manifest.json';
import { HOLD_MS, advanceStory, chapterStart, type StoryChapter } from './story.ts';
import { STORY_CHAPTERS } from './story_chapters.ts';

const H = 3_600_000;
const events: { geometry: unknown; properties: { id: string; start_date: string } }[] =
  JSON.parse(readFileSync(join(import.meta.dirname, '../../geo/events.geojson'), 'utf8')).features;
const eventTimes = new Map(events.map((f) => [f.properties.id, timeFromIso(f.properties.start_date) as number]));

describe('the chapters of the story', () => {
  test('the seven chapters in order, the aftermath last, each with a title in en, ja and ru', () => {
    expect(STORY_CHAPTERS.map((c) => c.id)).toEqual(['frontier', 'west-coast', 'evacuation', 'shumshu', 'otomari-toyohara', 'southern-kurils', 'repatriation']);
    for (const c of STORY_CHAPTERS) for (const lang of ['en', 'ja', 'ru'] as const) expect(c.title[lang].length, `${c.id} ${lang}`).toBeGreaterThan(0);
  });
  test.each(STORY_CHAPTERS.map((c) => [c.id, c] as const))('%s: inside the timeline, key events exist, are mapped, in order and inside the span', (_, c) => {
    expect(c.start).toBeGreaterThanOrEqual(TIMELINE_START);
    expect(c.end).toBeLessThanOrEqual(TIMELINE_END);
    expect(c.start).toBeLessThan(c.end);
    const [[w, s], [e, n]] = c.bounds;
    expect(w < e && s < n).toBe(true);
    const times = c.keyEvents.map((id) => eventTimes.get(id));
    expect(times.every((x) => x !== undefined), `unknown key event in ${c.keyEvents}`).toBe(true);
    for (const id of c.keyEvents) expect(events.find((f) => f.properties.id === id)?.geometry, `${id} has a point`).toBeTruthy();
    expect([...times].sort((a, b) => (a as number) - (b as number))).toEqual(times);
    for (const x of times as number[]) expect(x >= c.start && x <= c.end).toBe(true);
  });
});

test('the subset font covers every chapter title (npm run fonts reads core/story_chapters.ts)', () => {
  const covered = new Set<number>();
  for (const { unicodeRange } of manifest) {
    for (const r of unicodeRange) {
      const [a = 0, b = a] = r.replace('U+', '').split('-').map((h) => parseInt(h, 16));
      for (let c = a; c <= b; c++) covered.add(c);
    }
  }
  const text = STORY_CHAPTERS.flatMap((c) => Object.values(c.title)).join('');
  expect([...new Set(text)].filter((ch) => !covered.has(ch.codePointAt(0) as number))).toEqual([]);
});

describe('advanceStory', () => {
  const a: StoryChapter = { id: 'a', title: { en: 'A', ja: 'A', ru: 'A' }, start: 0, end: 10 * H, speed: 1, bounds: [[0, 0], [1, 1]], keyEvents: ['e1', 'e2'] };
  const b: StoryChapter = { ...a, id: 'b', start: 5 * H, end: 6 * H, keyEvents: [] };
  const times = new Map([['e1', 2 * H], ['e2', 2 * H]]);
  test('time runs by elapsed real time at the chapter speed', () => {
    expect(advanceStory([a, b], times, chapterStart([a, b], 0), 1500).time).toBe(1.5 * H);
  });
  test('stops on each key event for HOLD_MS, one at a time, then runs on', () => {
    let p = advanceStory([a, b], times, chapterStart([a, b], 0), 5000);
    expect(p).toMatchObject({ time: 2 * H, holding: 'e1' });
    p = advanceStory([a, b], times, p, HOLD_MS - 1);
    expect(p).toMatchObject({ time: 2 * H, holding: 'e1' });
    p = advanceStory([a, b], times, p, 1);
    expect(p.holding).toBeNull();
    p = advanceStory([a, b], times, p, 1);
    expect(p).toMatchObject({ time: 2 * H, holding: 'e2' });
    p = advanceStory([a, b], times, advanceStory([a, b], times, p, HOLD_MS), 1000);
    expect(p).toMatchObject({ time: 3 * H, holding: null });
  });
  test('at a chapter end the next chapter starts at its own start; after the last, done', () => {
    const late = { ...chapterStart([a, b], 0), time: 9.5 * H, shown: ['e1', 'e2'] };
    const p = advanceStory([a, b], times, late, 1000);
    expect(p).toMatchObject({ chapter: 1, time: 5 * H, shown: [], done: false });
    const end = advanceStory([a, b], times, advanceStory([a, b], times, p, 2000), 0);
    expect(end).toMatchObject({ chapter: 1, time: 6 * H, done: true });
  });
  test('the whole story runs through every chapter and key event', () => {
    let p = chapterStart(STORY_CHAPTERS, 0);
    const held: string[] = [];
    const chapters = new Set<number>();
    for (let i = 0; i < 10_000 && !p.done; i++) {
      p = advanceStory(STORY_CHAPTERS, eventTimes, p, 250);
      chapters.add(p.chapter);
      if (p.holding && held.at(-1) !== p.holding) held.push(p.holding);
    }
    expect(p.done).toBe(true);
    expect(chapters.size).toBe(STORY_CHAPTERS.length);
    expect(held).toEqual(STORY_CHAPTERS.flatMap((c) => c.keyEvents));
  });
});
