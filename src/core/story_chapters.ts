/**
 * The guided story's chapters: data only, in story order (checked against
 * geo/events.geojson by story.test.ts). A module of its own so that the page
 * loads them with the story panel, not at start.
 */
import { timeFromIso } from './dates.ts';
import type { StoryChapter } from './story.ts';

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
    keyEvents: ['futomata-fighting', 'toyohara-air-raid', 'toyohara-airborne-landing', 'otomari-landing', 'south-sakhalin-operation-ends'],
  },
  {
    id: 'southern-kurils',
    title: { en: 'The southern Kurils', ja: '南千島', ru: 'Южные Курилы' },
    start: t('1945-08-27T00:00+09:00'), end: t('1945-09-06T00:00+09:00'), speed: 24,
    bounds: [[145.3, 43.2], [151.0, 46.5]],
    keyEvents: ['etorofu-landing', 'uruppu-surrender', 'kunashiri-landing', 'shikotan-landing', 'habomai-occupation'],
  },
  {
    // The aftermath runs at 20 days a second: the repatriation's two and a half years in about a minute and a half.
    id: 'repatriation',
    title: { en: 'Repatriation from Maoka, 1946–49', ja: '真岡からの引揚げ 1946〜49年', ru: 'Репатриация из Маоки, 1946–49' },
    start: t('1946-11-20T00:00+09:00'), end: t('1949-07-10T00:00+09:00'), speed: 20 * 24,
    bounds: [[139.6, 41.5], [146.2, 47.6]],
    keyEvents: ['repatriation-begins', 'repatriation-suspended', 'kunashiri-deportees-hakodate', 'repatriation-complete'],
  },
];

