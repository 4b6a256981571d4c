/**
 * The guided story "Play the invasion sequence": chapters as data and a pure
 * stepper that moves through them by real elapsed time. The UI
 * (ui/story_control.ts) drives it and moves the camera; nothing here touches
 * the DOM or the map.
 *
 * Inside a chapter, time runs from `start` to `end` at `speed` simulated
 * hours per real second. When it reaches a key event it stops there for
 * {@link HOLD_MS} (the event's text is shown), then runs on. At `end` the next
 * chapter starts at its own `start` (chapters overlap in time: each follows
 * one front).
 */
import { timeFromIso } from './dates.ts';

/** Text in the interface languages. */
interface StoryText { en: string; ja: string; ru: string }

/** [[west, south], [east, north]] in degrees. */
export type StoryBounds = [[number, number], [number, number]];

/** One chapter: data only. */
export interface StoryChapter {
  id: string;
  title: StoryText;
  /** First and last instant shown, epoch ms. */
  start: number;
  end: number;
  /** Simulated hours per real second while running. */
  speed: number;
  /** Camera at the chapter's start; key events with a point pan the camera to it. */
  bounds: StoryBounds;
  /** Event ids (geo/events.geojson) to stop on, in time order. */
  keyEvents: readonly string[];
}

/** Real milliseconds the story holds on a key event. */
export const HOLD_MS = 3500;

const t = (iso: string) => timeFromIso(iso) as number;

/** The chapters, in story order (checked against geo/events.geojson by story.test.ts). */
export const STORY_CHAPTERS: readonly StoryChapter[] = [
  {
    id: 'frontier',
    title: { en: 'The frontier and Koton', ja: '国境と古屯', ru: 'Граница и Котон' },
    start: t('1945-08-09T06:00+09:00'), end: t('1945-08-18T12:00+09:00'), speed: 24,
    bounds: [[141.9, 49.45], [143.7, 50.3]],
    keyEvents: ['handenzawa-shelling', 'border-offensive', 'koton-fortified-district', 'koton-defence-broken'],
  },
  {
    id: 'west-coast',
    title: { en: 'West-coast landings: Tōro and Maoka', ja: '西海岸上陸:塔路と真岡', ru: 'Десанты на западном побережье: Торо и Маока' },
    start: t('1945-08-15T00:00+09:00'), end: t('1945-08-22T00:00+09:00'), speed: 18,
    bounds: [[140.1, 46.8], [142.9, 49.4]],
    keyEvents: ['toro-landing', 'maoka-landing', 'maoka-telephone-operators', 'kumazasa-pass-fighting'],
  },
  {
    id: 'evacuation',
    title: { en: 'Evacuation convoys and the sinkings of 22 August', ja: '緊急疎開と8月22日の三船殉難', ru: 'Эвакуация и гибель судов 22 августа' },
    start: t('1945-08-13T00:00+09:00'), end: t('1945-08-24T06:00+09:00'), speed: 24,
    bounds: [[140.8, 43.6], [143.3, 46.9]],
    keyEvents: [
      'emergency-evacuation', 'ogasawara-maru-departs', 'shinko-taito-depart', 'three-ships-ogasawara-maru',
      'three-ships-shinko-maru', 'three-ships-taito-maru', 'last-evacuation-ships',
    ],
  },
  {
    id: 'shumshu',
    title: { en: 'Shumshu and the northern Kurils', ja: '占守島と北千島', ru: 'Шумшу и северные Курилы' },
    start: t('1945-08-17T00:00+09:00'), end: t('1945-08-25T12:00+09:00'), speed: 24,
    bounds: [[152.8, 47.8], [158.9, 53.2]],
    keyEvents: ['shumshu-landing', 'shumshu-kokutan-falls', 'northern-kurils-surrender', 'matsuwa-surrender'],
  },
  {
    id: 'otomari-toyohara',
    title: { en: 'Ōtomari and Toyohara', ja: '大泊と豊原', ru: 'Отомари и Тоёхара' },
    start: t('1945-08-22T00:00+09:00'), end: t('1945-08-26T00:00+09:00'), speed: 12,
    bounds: [[141.7, 46.3], [143.3, 47.4]],
    keyEvents: ['futomata-fighting', 'toyohara-air-raid', 'otomari-landing', 'south-sakhalin-operation-ends'],
  },
  {
    id: 'southern-kurils',
    title: { en: 'The southern Kurils', ja: '南千島', ru: 'Южные Курилы' },
    start: t('1945-08-27T00:00+09:00'), end: t('1945-09-06T00:00+09:00'), speed: 24,
    bounds: [[145.3, 43.2], [151.0, 46.5]],
    keyEvents: ['etorofu-landing', 'uruppu-surrender', 'kunashiri-landing', 'shikotan-landing', 'habomai-occupation'],
  },
];

/** Where the story is. */
export interface StoryPosition {
  /** Index into the chapters. */
  chapter: number;
  /** Epoch ms shown. */
  time: number;
  /** Key event being held on, or null while time runs. */
  holding: string | null;
  /** Real ms left on the hold. */
  holdLeftMs: number;
  /** Key events of this chapter already stopped on. */
  shown: readonly string[];
  /** True after the last chapter's end. */
  done: boolean;
}

/**
 * The position at the start of a chapter.
 * @param chapters - the story
 * @param index - chapter index (clamped)
 * @returns a running position at the chapter's start
 */
export function chapterStart(chapters: readonly StoryChapter[], index: number): StoryPosition {
  const i = Math.max(0, Math.min(chapters.length - 1, index));
  return { chapter: i, time: (chapters[i] as StoryChapter).start, holding: null, holdLeftMs: 0, shown: [], done: false };
}

/**
 * Advance by real elapsed time. Returns a new position (the input is not mutated).
 * @param chapters - the story
 * @param eventTimes - start (epoch ms) of each key event by id; unknown ids are skipped
 * @param position - current position
 * @param elapsedMs - real ms since the last step
 * @returns the new position
 */
export function advanceStory(
  chapters: readonly StoryChapter[], eventTimes: ReadonlyMap<string, number>, position: StoryPosition, elapsedMs: number,
): StoryPosition {
  const chapter = chapters[position.chapter];
  if (!chapter || position.done) return { ...position, done: true };
  const elapsed = Math.max(0, elapsedMs);
  if (position.holding !== null) {
    const left = position.holdLeftMs - elapsed;
    return left > 0 ? { ...position, holdLeftMs: left } : { ...position, holding: null, holdLeftMs: 0 };
  }
  const next = position.time + (elapsed / 1000) * chapter.speed * 3_600_000;
  // The first key event not yet shown whose time is reached.
  const due = chapter.keyEvents.find((id) => {
    const at = eventTimes.get(id);
    return at !== undefined && !position.shown.includes(id) && at <= next;
  });
  if (due !== undefined) {
    const at = eventTimes.get(due) as number;
    return { ...position, time: Math.max(position.time, at), holding: due, holdLeftMs: HOLD_MS, shown: [...position.shown, due] };
  }
  if (next < chapter.end) return { ...position, time: next };
  if (position.chapter + 1 < chapters.length) return chapterStart(chapters, position.chapter + 1);
  return { ...position, time: chapter.end, done: true };
}
