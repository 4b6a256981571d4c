/**
 * The civilians' voyages (issue #14), drawn by `scripts/build_routes.ts` with
 * the routes of `route_specs.ts`: the emergency evacuation of August 1945 (each
 * line with the people it carried), small-boat escapes as flows with their
 * totals, the official repatriation of 1946–49 from Maoka, and the Kuril
 * islanders' path by way of Maoka. The ships attacked on 22 Aug are in route_specs.ts. Research notes:
 * docs/research/voyages-1945-1949.md and .tsv (the row ids are in the notes).
 *
 * Where the sources give only a total for a port and period, one line stands
 * for all its sailings (`aggregate: true`) and its note says so; such a line
 * is drawn over the whole period, so its moving tip is not one ship.
 * Dates without an hour are stored at 00:00 JST (the project's convention).
 */
import type { RouteProperties } from '../src/data/schema.ts';
import type { RouteSpec, Waypoint } from './route_specs.ts';

type Base = Pick<RouteProperties, 'side' | 'mode' | 'units' | 'ships'>;
const japaneseShip: Base = { side: 'japanese', mode: 'sea', units: [], ships: [] };
/** The Soviet cargo ships that took Kuril islanders to Maoka (the people were Japanese civilians). */
const sovietShip: Base = { side: 'soviet', mode: 'sea', units: [], ships: [] };

const at = (lon: number, lat: number, label: string): Waypoint => ({ at: [lon, lat], label });
/** The Leningrad's course (tiatia-2017-12-31-leningrad): north through the Kunashiri strait, west through the Sōya strait. */
const kunashiriStrait = at(146.7, 44.5, 'Kunashiri (Ekaterina) strait, between Kunashiri and Etorofu');
const soyaStrait = at(141.9, 45.7, 'Sōya (La Pérouse) strait');

/** The voyages, in time order (after the evacuation's lines, which keep their old order). */
export const voyageSpecs: RouteSpec[] = [
  // --- The emergency evacuation, 13–23 Aug 1945 ---------------------------------
  {
    properties: {
      ...japaneseShip, id: 'evacuation-otomari-wakkanai', kind: 'evacuation',
      title: { en: 'Emergency evacuation: Ōtomari → Wakkanai', ja: '緊急疎開：大泊→稚内', ru: 'Экстренная эвакуация: Отомари → Вакканай' },
      start_date: '1945-08-13T00:00+09:00', end_date: '1945-08-24T06:00+09:00',
      from: 'otomari', to: 'wakkanai',
      ships: [
        { en: 'Sōya Maru', ja: '宗谷丸', ru: '«Соя-мару»' },
        { en: 'Kasuga Maru', ja: '春日丸', ru: '«Касуга-мару»' },
      ],
      aggregate: true,
      people: { min: 67600, max: 67600, note: { en: 'about 67,600 left Ōtomari in all, 13–23 Aug (Bunshun, from the National Railways\' histories); most landed at Wakkanai. The total includes the last sailing and the ships that went on towards Otaru, which are drawn apart', ja: '8月13〜23日に大泊を離れたのは計約67,600人（文春、国鉄の社史による）。大半は稚内に上陸した。この総数には、別に描いている最終便と、小樽方面へ向かった船も含まれる', ru: 'всего из Отомари 13–23 авг. выехало около 67 600 человек («Бунсюн», по историям Японских государственных железных дорог); большинство высадилось в Вакканае. В итог входят последний рейс и суда, ушедшие дальше на Отару, которые показаны отдельно' }, sources: ['bunshun-65046'] },
      sources: ['bunshun-65046', 'jawiki-kinkyu-sokai', 'jacar-shusen80-ch3', 'gendai-56854'],
      note: {
        en: 'One line for the main flow of the emergency evacuation (13–23 Aug), drawn over the whole period. First sailing: ferry Sōya Maru on 13 Aug with under 700 aboard (capacity 790); the plan of 10 Aug assigned 15 ships to Ōtomari. About 75,000 left by the official convoys from all ports (Home Ministry document), about 100,000 with those who left on their own. Arrival of the last ship "early 24 Aug" (hour not given: drawn at 06:00).',
        ja: '緊急疎開（8月13〜23日）の主な流れを1本の線で示し、期間全体にわたって描いている。第一便：8月13日、連絡船宗谷丸が700人弱を乗せて出港（定員790）。8月10日の計画は大泊に15隻を割り当てていた。全港から公式の疎開船で約75,000人が島を離れ（内務省文書）、自力で離れた人を含めると約100,000人。最後の船の到着は「24日早朝」（時刻の記載なし：6時00分に描画）。',
        ru: 'Одна линия для основного потока экстренной эвакуации (13–23 авг.), показана на весь период. Первый рейс: паром «Соя-мару» 13 авг., на борту менее 700 человек (вместимость 790); план от 10 авг. выделял Отомари 15 судов. Официальными конвоями из всех портов выехало около 75 000 человек (документ МВД Японии), вместе с уехавшими самостоятельно — около 100 000. Прибытие последнего судна «рано утром 24 авг.» (час не указан: показано в 06:00).',
      },
    },
  },
  {
    properties: {
      ...japaneseShip, id: 'evacuation-otomari-wakkanai-last', kind: 'evacuation',
      title: {
        en: 'Last evacuation ships: Sōya Maru and Kasuga Maru',
        ja: '最後の疎開船：宗谷丸・春日丸（大泊→稚内）',
        ru: 'Последние эвакуационные суда «Соя-мару» и «Касуга-мару»',
      },
      start_date: '1945-08-23T22:00+09:00', end_date: '1945-08-24T06:00+09:00',
      from: 'otomari', to: 'wakkanai',
      ships: [
        { en: 'Sōya Maru', ja: '宗谷丸', ru: '«Соя-мару»' },
        { en: 'Kasuga Maru', ja: '春日丸', ru: '«Касуга-мару»' },
      ],
      people: { min: 3600, max: 4700, note: { en: '3,600 aboard Sōya Maru, over four times its capacity (Bunshun), or about 4,700 against a capacity of ~790–800 (609studio, after the 1974 history of the ferry)', ja: '宗谷丸に3,600人、定員の4倍超（文春）、または定員約790〜800に対し約4,700人（609studio、1974年の連絡船史による）', ru: '3600 человек на борту «Соя-мару», более чем вчетверо больше вместимости («Бунсюн»), или около 4700 при вместимости около 790–800 (609studio, по истории парома 1974 года)' }, sources: ['bunshun-65046', 'studio609-2026-01-24'] },
      sources: ['studio609-2026-01-24', 'enpitu-85567', 'bunshun-65046'],
      note: {
        en: 'Left Ōtomari at night after the Soviet ban on leaving the island (23 Aug, 22:00 JST); Sōya Maru reached Wakkanai early on 24 Aug (hour not given: drawn at 06:00), ending the Wakkanai–Ōtomari ferry.',
        ja: 'ソ連による島外退去の禁止（8月23日、日本時間22時00分）の後、夜に大泊を出港。宗谷丸は24日早朝に稚内に着き（時刻の記載なし：6時00分に描画）、稚泊航路は終わった。',
        ru: 'Вышли из Отомари ночью после советского запрета покидать остров (23 авг., 22:00 по японскому времени); «Соя-мару» пришло в Вакканай рано утром 24 авг. (час не указан: показано в 06:00), и паромная линия Вакканай — Отомари прекратила работу.',
      },
    },
  },
  {
    properties: {
      ...japaneseShip, id: 'evacuation-honto-wakkanai', kind: 'evacuation',
      title: { en: 'Emergency evacuation: Honto → Wakkanai', ja: '緊急疎開：本斗→稚内', ru: 'Экстренная эвакуация: Хонто → Вакканай' },
      start_date: '1945-08-13T00:00+09:00', end_date: '1945-08-24T00:00+09:00',
      from: 'honto', to: 'wakkanai',
      ships: [
        { en: 'Karafuto Maru', ja: '樺太丸', ru: '«Карафуто-мару»' },
        { en: 'about 30 small craft', ja: '小型船約30隻', ru: 'около 30 малых судов' },
      ],
      aggregate: true,
      people: { min: 0, max: 7400, note: { en: 'no count per port: at most about 7,400 for Honto and Maoka together, the 75,000 of all ports (JACAR) less the 67,600 from Ōtomari (Bunshun)', ja: '港別の人数はない。本斗と真岡を合わせて多くとも約7,400人：全港の75,000人（JACAR）から大泊の67,600人（文春）を引いた数', ru: 'данных по портам нет: самое большее около 7400 для Хонто и Маоки вместе — 75 000 из всех портов (JACAR) минус 67 600 из Отомари («Бунсюн»)' }, sources: ['jacar-shusen80-ch3', 'bunshun-65046'] },
      sources: ['bunshun-65046', 'jawiki-kinkyu-sokai', 'vishnevsky-otasu-p243'],
      note: {
        en: 'One line for the sailings from Honto, one of the three embarkation ports of the plan of 10 Aug (Karafuto Maru and about 30 small craft). Dates of the individual sailings are not in the research: drawn over the whole evacuation (13–23 Aug).',
        ja: '8月10日の計画にある3つの乗船港の一つ、本斗からの出港をまとめた1本の線（樺太丸と小型船約30隻）。個々の出港日は調査に含まれておらず、疎開期間全体（8月13〜23日）にわたって描いた。',
        ru: 'Одна линия для рейсов из Хонто — одного из трёх портов посадки по плану от 10 авг. («Карафуто-мару» и около 30 малых судов). Даты отдельных рейсов в исследовании отсутствуют: линия показана на всю эвакуацию (13–23 авг.).',
      },
    },
  },
  {
    properties: {
      ...japaneseShip, id: 'evacuation-maoka-wakkanai', kind: 'evacuation',
      title: { en: 'Emergency evacuation: Maoka → Wakkanai', ja: '緊急疎開：真岡→稚内', ru: 'Экстренная эвакуация: Маока → Вакканай' },
      start_date: '1945-08-15T00:00+09:00', end_date: '1945-08-20T05:30+09:00',
      from: 'maoka', to: 'wakkanai',
      ships: [
        { en: 'Taiho Maru', ja: '大宝丸', ru: '«Тайхо-мару»' },
      ],
      aggregate: true,
      people: { min: 0, max: 7400, note: { en: 'no count per port: at most about 7,400 for Honto and Maoka together, the 75,000 of all ports (JACAR) less the 67,600 from Ōtomari (Bunshun)', ja: '港別の人数はない。本斗と真岡を合わせて多くとも約7,400人：全港の75,000人（JACAR）から大泊の67,600人（文春）を引いた数', ru: 'данных по портам нет: самое большее около 7400 для Хонто и Маоки вместе — 75 000 из всех портов (JACAR) минус 67 600 из Отомари («Бунсюн»)' }, sources: ['jacar-shusen80-ch3', 'bunshun-65046'] },
      sources: ['bunshun-65046', 'jawiki-kinkyu-sokai', 'vishnevsky-otasu-p243'],
      note: {
        en: 'One line for the sailings from Maoka to Wakkanai. Maoka was an embarkation port of the plan of 10 Aug (Taiho Maru; the plan named Honto, Maoka and Ōdomari, per Vishnevsky). Sailings from Maoka are drawn from 15 Aug, as the project\'s issue #14 states; no reachable source dates them (docs/research/voyages-1945-1949.md §8). Maoka\'s ships went to Wakkanai or to Otaru (see evacuation-maoka-otaru); the Soviet landing on the morning of 20 Aug ended the sailings.',
        ja: '真岡から稚内への出港をまとめた1本の線。真岡は8月10日の計画の乗船港だった（大宝丸。ヴィシネフスキーによれば、計画は本斗・真岡・大泊を挙げていた）。真岡からの出港は、プロジェクトのissue #14の記述に従い8月15日から描いている。参照できた資料に日付を示すものはない（docs/research/voyages-1945-1949.md §8）。真岡の船は稚内または小樽へ向かった（evacuation-maoka-otaruを参照）。20日朝のソ連軍上陸で出港は途絶えた。',
        ru: 'Одна линия для рейсов из Маоки в Вакканай. Маока была портом посадки по плану от 10 авг. («Тайхо-мару»; по Вишневскому, в плане названы Хонто, Маока и Отомари). Рейсы из Маоки показаны с 15 авг., как указано в issue #14 проекта; ни один доступный источник их не датирует (docs/research/voyages-1945-1949.md §8). Суда из Маоки шли в Вакканай или в Отару (см. evacuation-maoka-otaru); советский десант утром 20 авг. прекратил рейсы.',
      },
    },
  },
  {
    properties: {
      ...japaneseShip, id: 'evacuation-maoka-otaru', kind: 'evacuation',
      title: { en: 'Emergency evacuation: Maoka → Otaru', ja: '緊急疎開：真岡→小樽', ru: 'Экстренная эвакуация: Маока → Отару' },
      start_date: '1945-08-15T00:00+09:00', end_date: '1945-08-20T05:30+09:00',
      from: 'maoka', to: 'otaru',
      aggregate: true,
      people: { min: 0, max: 7400, note: { en: 'no count per port: at most about 7,400 for Honto and Maoka together, the 75,000 of all ports (JACAR) less the 67,600 from Ōtomari (Bunshun)', ja: '港別の人数はない。本斗と真岡を合わせて多くとも約7,400人：全港の75,000人（JACAR）から大泊の67,600人（文春）を引いた数', ru: 'данных по портам нет: самое большее около 7400 для Хонто и Маоки вместе — 75 000 из всех портов (JACAR) минус 67 600 из Отомари («Бунсюн»)' }, sources: ['jacar-shusen80-ch3', 'bunshun-65046'] },
      sources: ['bunshun-65046', 'vishnevsky-otasu-p243', 'inosmi-2018-08-13-otaru'],
      note: {
        en: 'One line for the sailings from Maoka to Otaru: evacuees from Maoka also landed there, down the Sea of Japan coast (as the project\'s issue #14 states; no reachable source names a ship or a date). About 15,000 Karafuto evacuees were in Otaru (Hokkaidō press via ИноСМИ, 2018), from all ports. Drawn from 15 Aug until the Soviet landing on 20 Aug.',
        ja: '真岡から小樽への出港をまとめた1本の線。真岡からの疎開者は日本海沿岸を南下して小樽にも上陸した（プロジェクトのissue #14の記述による。参照できた資料に船名や日付を示すものはない）。小樽には全港からの樺太疎開者約15,000人がいた（ИноСМИ経由の北海道の新聞報道、2018年）。8月15日から20日のソ連軍上陸までとして描いた。',
        ru: 'Одна линия для рейсов из Маоки в Отару: эвакуированные из Маоки высаживались и там, пройдя вдоль побережья Японского моря (как указано в issue #14 проекта; ни один доступный источник не называет ни судна, ни даты). В Отару находилось около 15 000 эвакуированных с Карафуто (хоккайдская пресса в переводе ИноСМИ, 2018), из всех портов. Показано с 15 авг. до советского десанта 20 авг.',
      },
    },
  },
  {
    properties: {
      ...japaneseShip, id: 'evacuation-otomari-otaru', kind: 'evacuation',
      title: { en: 'Emergency evacuation: Ōtomari → Otaru', ja: '緊急疎開：大泊→小樽', ru: 'Экстренная эвакуация: Отомари → Отару' },
      start_date: '1945-08-13T00:00+09:00', end_date: '1945-08-24T00:00+09:00',
      from: 'otomari', to: 'otaru',
      aggregate: true,
      people: { min: 0, max: 15000, note: { en: 'no count of the Ōtomari ships that reached Otaru; about 15,000 Karafuto evacuees were in Otaru (Hokkaidō press via ИноСМИ, 2018), from all ports', ja: '小樽に着いた大泊の船の人数は不明。小樽には全港からの樺太疎開者約15,000人がいた（ИноСМИ経由の北海道の新聞報道、2018年）', ru: 'числа людей на судах из Отомари, дошедших до Отару, нет; в Отару находилось около 15 000 эвакуированных с Карафуто (хоккайдская пресса в переводе ИноСМИ, 2018), из всех портов' }, sources: ['inosmi-2018-08-13-otaru'] },
      sources: ['bunshun-47718', 'jawiki-kinkyu-sokai', 'jacar-shusen80-ch3', 'inosmi-2018-08-13-otaru'],
      note: {
        en: 'One line for the Ōtomari ships that went to Otaru: Otaru received ships diverted when Wakkanai could take no more (e.g. No.2 Shinkō Maru on 21 Aug, attacked on the way: see attacked-shinko-maru). Round Cape Sōya and down the Sea of Japan coast of Hokkaido. Individual sailings not in the research: drawn over the whole evacuation.',
        ja: '小樽へ向かった大泊の船をまとめた1本の線。稚内が受け入れきれなくなると、船は小樽へ回された（例：8月21日の第二号新興丸。途中で攻撃を受けた：attacked-shinko-maruを参照）。宗谷岬を回り、北海道の日本海沿岸を南下する。個々の出港は調査に含まれておらず、疎開期間全体にわたって描いた。',
        ru: 'Одна линия для судов из Отомари, ушедших в Отару: Отару принимал суда, перенаправленные, когда Вакканай больше не мог их принять (например, «Синко-мару № 2» 21 авг., атакованное в пути: см. attacked-shinko-maru). Путь — вокруг мыса Соя и вдоль побережья Хоккайдо на Японском море. Отдельные рейсы в исследовании отсутствуют: линия показана на всю эвакуацию.',
      },
    },
  },
  // --- Escapes by small boat, 1945–46 -----------------------------------------
  {
    properties: {
      ...japaneseShip, id: 'escape-karafuto-hokkaido-1945-1946', kind: 'escape', aggregate: true,
      title: {
        en: 'Escapes by small boat across the Sōya strait, Aug 1945 – Dec 1946',
        ja: '密航船による脱出（宗谷海峡）1945年8月〜1946年12月',
        ru: 'Бегство на малых судах через пролив Лаперуза, авг. 1945 – дек. 1946',
      },
      start_date: '1945-08-24T00:00+09:00', end_date: '1946-12-05T00:00+09:00',
      from: 'nishinotoro', to: 'wakkanai',
      ships: [
        { en: 'fishing and smuggling boats', ja: '漁船・密航船', ru: 'рыболовные и контрабандные лодки' },
      ],
      people: { min: 24000, max: 24000, note: { en: 'about 24,000 (ja-wiki 引き揚げ; no primary source found)', ja: '約24,000人（日本語版ウィキペディア「引き揚げ」。一次資料は見つからず）', ru: 'около 24 000 (японская Википедия, «引き揚げ»; первоисточник не найден)' }, sources: ['jawiki-karafuto-hikiage'] },
      sources: ['jawiki-karafuto-hikiage'],
      note: {
        en: 'One line for many boats, from the closing of the strait (24 Aug 1945) to the first official repatriation ship (5 Dec 1946): only the total is known. Drawn across the strait\'s narrowest part, from Cape Nishi-Notoro; the boats left from many coasts of southern Karafuto and landed along northern Hokkaido. Research row small-1945-08-24-to-1946-12-total.',
        ja: '海峡閉鎖（1945年8月24日）から最初の公式引揚船（1946年12月5日）までの多数の小型船をまとめた1本の線で、判明しているのは総数のみ。海峡の最も狭い部分を西能登呂岬から横切る形で描いた。船は南樺太の各地の海岸から出て、北海道北部の沿岸各地に着いた。調査データの行：small-1945-08-24-to-1946-12-total。',
        ru: 'Одна линия для множества лодок — от закрытия пролива (24 авг. 1945 г.) до первого официального репатриационного судна (5 дек. 1946 г.): известно лишь общее число. Проведена через самую узкую часть пролива от мыса Ниси-Ноторо; лодки уходили с разных берегов южного Карафуто и приставали по всему северу Хоккайдо. Строка исследования small-1945-08-24-to-1946-12-total.',
      },
    },
  },
  {
    properties: {
      ...japaneseShip, id: 'escape-southern-kurils-nemuro-1945', kind: 'escape', aggregate: true,
      title: {
        en: 'Southern Kurils: islanders escape to Nemuro by their own boats, autumn 1945',
        ja: '南千島の島民、自らの船で根室へ脱出（1945年秋）',
        ru: 'Южные Курилы: жители уходят в Немуро на своих лодках, осень 1945',
      },
      start_date: '1945-09-01T00:00+09:00', end_date: '1945-12-31T00:00+09:00',
      from: 'furukamappu', to: 'nemuro',
      ships: [
        { en: 'fishing boats', ja: '漁船', ru: 'рыболовные лодки' },
      ],
      people: { min: 8000, max: 9000, note: { en: '"about half" of the 17,291 residents of Etorofu, Kunashiri, Shikotan and Habomai on 15 Aug 1945, shown as 8,000–9,000', ja: '1945年8月15日時点の択捉・国後・色丹・歯舞の住民17,291人の「約半数」。8,000〜9,000人として表示', ru: '«около половины» из 17 291 жителя Итурупа, Кунашира, Шикотана и Хабомаи на 15 авг. 1945 г., показано как 8000–9000' }, sources: ['fujipost-3662-mainichi'] },
      sources: ['fujipost-3662-mainichi', 'stv-2025-04-19-kurils'],
      note: {
        en: 'One line for the boats of the four islands, drawn from Kunashiri\'s port; the months are the autumn of 1945 after the Soviet landings (1–5 Sep), not a documented span.',
        ja: '4島の船をまとめた1本の線で、国後島の港から描いた。期間はソ連軍上陸（9月1〜5日）後の1945年秋とした目安で、記録に基づく期間ではない。',
        ru: 'Одна линия для лодок четырёх островов, проведена от порта Кунашира; месяцы — осень 1945 г. после советских высадок (1–5 сент.), а не документально подтверждённый период.',
      },
    },
  },
  // --- The official repatriation from Maoka, 1946–49 --------------------------
  {
    properties: {
      ...japaneseShip, id: 'repatriation-maoka-hakodate-1946-1949', kind: 'repatriation', aggregate: true,
      title: {
        en: 'Repatriation Maoka → Hakodate, Dec 1946 – Jul 1949: all ships',
        ja: '真岡→函館の引揚げ 1946年12月〜1949年7月（全船）',
        ru: 'Репатриация Маока → Хакодате, дек. 1946 – июль 1949: все суда',
      },
      start_date: '1946-12-03T00:00+09:00', end_date: '1949-07-31T00:00+09:00',
      from: 'maoka', to: 'hakodate',
      people: {
        min: 311452, max: 311877,
        note: { en: '311,452 in Hakodate\'s phases 1–5 (civilians, soldiers and military employees) or 311,877 received at Hakodate to July 1949; by other counts ~292,000 from Sakhalin (Ministry of Health and Welfare) or 277,490 civilians from Karafuto and the Kurils', ja: '函館の第1〜5次で311,452人（民間人、軍人・軍属）、または1949年7月までに函館で受け入れた311,877人。別の集計では樺太から約292,000人（厚生省）、または樺太・千島からの民間人277,490人', ru: '311 452 в этапах 1–5 по данным Хакодате (гражданские лица, военнослужащие и вольнонаёмные военного ведомства) или 311 877 принятых в Хакодате до июля 1949 г.; по другим подсчётам — около 292 000 с Сахалина (Министерство здравоохранения и социального обеспечения Японии) или 277 490 гражданских лиц с Карафуто и Курил' },
        sources: ['hakodate-shishi-06-01-01-04-05', 'hakodate-shishi-07-01-01', 'diet-1991-03-14-mhw', 'oceandictionary-3714'],
      },
      sources: ['hakodate-shishi-06-01-01-04-05', 'hakodate-shishi-07-01-01', 'diet-1991-03-14-mhw', 'us-soviet-agreement-1946-12-19', 'scapin-1421'],
      note: {
        en: 'One line for every repatriation ship from Maoka to Hakodate (208 sailings in all per the Hokkaidō Shimbun): no voyage-by-voyage list was reachable, only totals. The lifts stopped each winter (from 1 Dec 1947 to 3 May 1948, for ice), so the line\'s even pace is not the ships\'. The voyages drawn apart (Unzen Maru, Takakurayama Maru…) are part of it.',
        ja: '真岡から函館へのすべての引揚船をまとめた1本の線（北海道新聞によれば計208航海）。航海ごとの一覧は入手できず、総数のみ。輸送は毎冬中断した（1947年12月1日〜1948年5月3日、結氷のため）ので、線の一定の速度は船の実際の動きではない。別に描いた航海（雲仙丸、高倉山丸…）もこの一部である。',
        ru: 'Одна линия для всех репатриационных судов из Маоки в Хакодате (всего 208 рейсов по «Хоккайдо симбун»): порейсового списка найти не удалось, только итоги. Каждую зиму перевозки прерывались (с 1 дек. 1947 г. по 3 мая 1948 г. — из-за льда), так что равномерное движение линии не отражает движения судов. Отдельно показанные рейсы («Ундзэн-мару», «Такакураяма-мару»…) входят в неё.',
      },
    },
  },
  {
    properties: {
      ...japaneseShip, id: 'repatriation-phase1-1946', kind: 'repatriation', aggregate: true,
      title: { en: 'First phase of the repatriation, 5–15 Dec 1946: four ships', ja: '第1次引揚げ 1946年12月5〜15日（4隻）', ru: 'Первый этап репатриации, 5–15 дек. 1946: четыре судна' },
      start_date: '1946-12-03T00:00+09:00', end_date: '1946-12-15T00:00+09:00',
      from: 'maoka', to: 'hakodate',
      ships: [
        { en: 'Ōsumi Maru', ja: '大隅丸', ru: '«Осуми-мару»' },
        { en: 'Unzen Maru', ja: '雲仙丸', ru: '«Ундзэн-мару»' },
        { en: 'Shinkō Maru', ja: '新興丸', ru: '«Синко-мару»' },
        { en: 'Hakuryū Maru', ja: '白龍丸', ru: '«Хакурю-мару»' },
      ],
      people: { min: 5700, max: 5700, note: { en: '5,700 in the first phase; 51.1% of them soldiers or military employees', ja: '第1次で5,700人。うち51.1%が軍人・軍属', ru: '5700 человек в первом этапе; 51,1 % из них — военнослужащие или вольнонаёмные военного ведомства' }, sources: ['hakodate-shishi-07-01-01'] },
      sources: ['hakodate-shishi-07-01-01', 'hakodate-shishi-06-01', 'scapin-1365'],
      note: {
        en: 'Sailed under the provisional US–Soviet arrangement of 27 Nov 1946 (SCAPIN-1365: Karafuto 5,000 via Hakodate, ships due 9–16 Dec), before the agreement was signed on 19 Dec 1946. One line for the four ships: per-ship dates are not known.',
        ja: '1946年11月27日の米ソ暫定取り決め（SCAPIN-1365：樺太から5,000人を函館経由で、船は12月9〜16日着の予定）に基づき、1946年12月19日の協定調印に先立って出航した。4隻をまとめた1本の線で、船ごとの日付は不明。',
        ru: 'Суда вышли по временной советско-американской договорённости от 27 нояб. 1946 г. (SCAPIN-1365: 5000 человек с Карафуто через Хакодате, прибытие судов 9–16 дек.), до подписания соглашения 19 дек. 1946 г. Одна линия для четырёх судов: даты по отдельным судам неизвестны.',
      },
    },
  },
  {
    properties: {
      ...japaneseShip, id: 'repatriation-unzen-maru-1946', kind: 'repatriation',
      title: { en: 'Unzen Maru, the first repatriation ship: Maoka → Hakodate', ja: '最初の引揚船 雲仙丸：真岡→函館', ru: '«Ундзэн-мару», первое репатриационное судно: Маока → Хакодате' },
      start_date: '1946-12-04T00:00+09:00', end_date: '1946-12-05T18:29+09:00',
      from: 'maoka', to: 'hakodate',
      ships: [
        { en: 'Unzen Maru', ja: '雲仙丸', ru: '«Ундзэн-мару»' },
      ],
      people: { min: 1927, max: 1927, note: { en: '1,927 repatriates', ja: '引揚者1,927人', ru: '1927 репатриантов' }, sources: ['hakodate-shishi-07-01-01'] },
      sources: ['hakodate-shishi-07-01-01', 'hakodate-shishi-06-01'],
      note: {
        en: 'Anchored about 1 km off Nanaehama, Hakodate, at 18:29 on 5 Dec 1946 (Hokkaidō Shimbun, 6 Dec 1946, quoted by the city history); 3,140 t, marked with a white cross and "UO14". Its Maoka departure is not known: drawn from 00:00 on 4 Dec. It became the first ship when Ōsumi Maru broke down.',
        ja: '1946年12月5日18時29分、函館の七重浜沖約1kmに投錨した（北海道新聞1946年12月6日、市史による引用）。3,140トンで、白い十字と「UO14」の標示があった。真岡の出港時刻は不明で、4日0時00分から描いた。大隅丸が故障したため最初の船となった。',
        ru: 'Встало на якорь примерно в 1 км от Нанаэхамы (Хакодате) в 18:29 5 дек. 1946 г. («Хоккайдо симбун», 6 дек. 1946 г., в цитате истории города); 3140 т, с белым крестом и обозначением «UO14». Время выхода из Маоки неизвестно: линия начинается 4 дек. в 00:00. Стало первым судном, когда сломалось «Осуми-мару».',
      },
    },
  },
  {
    properties: {
      ...japaneseShip, id: 'repatriation-osumi-maru-1946', kind: 'repatriation',
      title: { en: 'Ōsumi Maru: Maoka → Otaru after an engine failure', ja: '大隅丸：機関故障で小樽へ（真岡→小樽）', ru: '«Осуми-мару»: Маока → Отару после поломки машины' },
      start_date: '1946-12-03T00:00+09:00', end_date: '1946-12-05T00:00+09:00',
      from: 'maoka', to: 'otaru',
      ships: [
        { en: 'Ōsumi Maru', ja: '大隅丸', ru: '«Осуми-мару»' },
      ],
      people: { min: 1059, max: 1059, note: { en: '1,059 repatriates', ja: '引揚者1,059人', ru: '1059 репатриантов' }, sources: ['hakodate-shishi-06-01'] },
      sources: ['hakodate-shishi-06-01'],
      note: {
        en: 'The planned first ship (1,284 t), due at Hakodate on 5 Dec 1946; its engine failed off Rishiri and it put into Otaru for repairs (Hokkaidō Shimbun, 5 Dec 1946, quoted by the city history). Dates approximate (day of the report); whether its passengers landed at Otaru is not known.',
        ja: '最初の引揚船として予定された船（1,284トン）で、1946年12月5日に函館に着く予定だった。利尻島沖で機関が故障し、修理のため小樽に入港した（北海道新聞1946年12月5日、市史による引用）。日付はおおよそ（報道の日）。乗客が小樽で上陸したかどうかは不明。',
        ru: 'Должно было стать первым судном (1284 т) и прийти в Хакодате 5 дек. 1946 г.; у Рисири отказала машина, и оно зашло в Отару на ремонт («Хоккайдо симбун», 5 дек. 1946 г., в цитате истории города). Даты приблизительные (день сообщения); высадились ли пассажиры в Отару, неизвестно.',
      },
    },
  },
  {
    properties: {
      ...sovietShip, id: 'kuril-islanders-to-maoka-1947-1948', kind: 'repatriation', aggregate: true,
      title: {
        en: 'Kuril islanders taken to Maoka, Jul 1947 – Oct 1948, then shipped to Hakodate',
        ja: '千島の島民、真岡へ移送され函館へ（1947年7月〜1948年10月）',
        ru: 'Жители Курил вывезены в Маоку, июль 1947 – окт. 1948, затем в Хакодате',
      },
      start_date: '1947-07-01T00:00+09:00', end_date: '1948-10-31T00:00+09:00',
      from: 'furukamappu', to: 'maoka',
      ships: [
        { en: 'Soviet cargo ships', ja: 'ソ連の貨物船', ru: 'советские грузовые суда' },
      ],
      people: { min: 8812, max: 8835, note: { en: '8,800+ (STV), 8,835 (Yomiuri) or at least 8,812 (Hokkaidō Shimbun) on the passenger lists of at least 16 ships, Maoka → Hakodate', ja: '8,800人超（STV）、8,835人（読売新聞）、または少なくとも8,812人（北海道新聞）。少なくとも16隻（真岡→函館）の乗船名簿による', ru: 'более 8800 (STV), 8835 («Ёмиури») или не менее 8812 («Хоккайдо симбун») по спискам пассажиров не менее 16 судов Маока → Хакодате' }, sources: ['stv-2025-04-19-kurils', 'yomiuri-2025-12-08-kurils'] },
      sources: ['stv-2025-04-19-kurils', 'yomiuri-2025-12-08-kurils', 'sankei-2020-08-30-shikotan', 'diamond-379907'],
      note: {
        en: 'One line for the removals from Etorofu, Kunashiri, Shikotan and Habomai: Soviet cargo ships collected the islanders island by island and took them not to Nemuro but to Maoka, where they were held in camps (the converted Maoka No. 2 primary school, the girls\' high school) for two weeks to 70 days before Japanese repatriation ships took them to Hakodate (that leg is in the Maoka → Hakodate line). Drawn from Kunashiri\'s port by the Kunashiri and Sōya straits.',
        ja: '択捉・国後・色丹・歯舞からの移送をまとめた1本の線。ソ連の貨物船が島ごとに島民を集め、根室ではなく真岡へ運んだ。島民は収容所（改築された真岡第2小学校、高等女学校）に2週間から70日間留め置かれ、そののち日本の引揚船で函館へ運ばれた（その区間は真岡→函館の線に含まれる）。国後島の港から国後水道と宗谷海峡を経由して描いた。',
        ru: 'Одна линия для вывоза жителей с Итурупа, Кунашира, Шикотана и Хабомаи: советские грузовые суда собирали жителей остров за островом и везли не в Немуро, а в Маоку, где их держали в лагерях (в переоборудованной начальной школе № 2 Маоки, в женской гимназии) от двух недель до 70 дней, прежде чем японские репатриационные суда доставляли их в Хакодате (этот отрезок входит в линию Маока → Хакодате). Проведена от порта Кунашира через Кунаширский пролив и пролив Лаперуза.',
      },
    },
    via: [kunashiriStrait, soyaStrait],
  },
  {
    properties: {
      ...sovietShip, id: 'kuril-shikotan-maoka-1947', kind: 'repatriation',
      title: { en: 'Shikotan islanders to Maoka on a Soviet cargo ship, Sep 1947', ja: '色丹島民、ソ連貨物船で真岡へ（1947年9月）', ru: 'Жители Шикотана на советском грузовом судне в Маоку, сент. 1947' },
      start_date: '1947-09-28T00:00+09:00', end_date: '1947-10-03T00:00+09:00',
      from: 'shakotan', to: 'maoka',
      ships: [
        { en: 'a Soviet cargo ship of over 10,000 t', ja: '10,000トンを超えるソ連の貨物船', ru: 'советское грузовое судно более 10 000 т' },
      ],
      people: null,
      sources: ['diamond-379907', 'sankei-2020-08-30-shikotan'],
      note: {
        en: 'The Tokunō family (7) left Shikotan on 28 Sep 1947 from a ship anchored off Shakotan bay; they spent about 70 days in Maoka and reached Hakodate in early December, a two-year-old found dead on arrival (Sankei). Arrival at Maoka not known: drawn over five days. How many were aboard is not known; the course is not either (drawn as the Leningrad\'s of 1948).',
        ja: '得能家（7人）は1947年9月28日、斜古丹湾沖に停泊した船で色丹島を離れた。一家は真岡で約70日を過ごし、12月上旬に函館に着いたが、到着時に2歳の子が死亡しているのが見つかった（産経新聞）。真岡到着日は不明で、5日間として描いた。乗船者数は不明で、航路も不明（1948年のレニングラード号の航路として描いた）。',
        ru: 'Семья Токуно (7 человек) покинула Шикотан 28 сент. 1947 г. на судне, стоявшем на якоре у бухты Сякотан; около 70 дней они провели в Маоке и в начале декабря прибыли в Хакодате, где двухлетний ребёнок был обнаружен мёртвым («Санкэй»). Дата прибытия в Маоку неизвестна: показано за пять дней. Сколько людей было на борту, неизвестно; курс тоже (показан как у «Ленинграда» в 1948 г.).',
      },
    },
    via: [kunashiriStrait, soyaStrait],
  },
  {
    properties: {
      ...japaneseShip, id: 'repatriation-soya-maru-1947', kind: 'repatriation',
      title: { en: 'Sōya Maru: Etorofu islanders, Maoka → Hakodate, Sep 1947', ja: '宗谷丸：択捉島民を乗せ真岡→函館（1947年9月）', ru: '«Соя-мару»: жители Итурупа, Маока → Хакодате, сент. 1947' },
      start_date: '1947-09-20T00:00+09:00', end_date: '1947-09-22T00:00+09:00',
      from: 'maoka', to: 'hakodate',
      ships: [
        { en: 'Sōya Maru', ja: '宗谷丸', ru: '«Соя-мару»' },
      ],
      people: null,
      sources: ['diamond-379907'],
      note: {
        en: 'The ferry of the 1945 evacuation, now a repatriation ship: the Mikami family from Etorofu, held about two weeks in the Maoka camp, entered Hakodate on 22 Sep (1947 from Mikami\'s own account). Departure not known: drawn over two days. Numbers not found.',
        ja: '1945年の緊急疎開の連絡船で、このときは引揚船。真岡の収容所に約2週間留め置かれた択捉島の三上一家を乗せ、9月22日に函館に入港した（1947年という年は三上氏自身の手記による）。出港日は不明で、2日間として描いた。人数は見つかっていない。',
        ru: 'Паром эвакуации 1945 г., теперь репатриационное судно: семья Миками с Итурупа, около двух недель продержанная в лагере в Маоке, прибыла в Хакодате 22 сент. (год 1947 — по воспоминаниям самого Миками). Выход неизвестен: показано за два дня. Численность не найдена.',
      },
    },
  },
  {
    properties: {
      ...sovietShip, id: 'kuril-kunashiri-maoka-1948', kind: 'repatriation',
      title: { en: 'The Leningrad: the last Kunashiri villagers to Maoka, Aug 1948', ja: 'レニングラード号：国後の最後の村民を真岡へ（1948年8月）', ru: '«Ленинград»: последние жители Кунашира в Маоку, авг. 1948' },
      start_date: '1948-08-29T14:00+09:00', end_date: '1948-08-31T20:00+09:00',
      from: 'furukamappu', to: 'maoka',
      ships: [
        { en: 'Leningrad', ja: 'レニングラード号', ru: '«Ленинград»' },
      ],
      people: null,
      sources: ['tiatia-2017-12-31-leningrad'],
      note: {
        en: 'The Soviet cargo ship left off Kunashiri "after 2 pm" on 29 Aug 1948 with the last people of Ruyobetsu village, went north through the Kunashiri strait, west through the Sōya strait and up Sakhalin\'s west coast, and reached Maoka on the night of 31 Aug (drawn at 20:00); landing on 1 Sep, camp No. 1. The 2 pm is taken as the family\'s JST. Drawn from Kunashiri\'s port, on the other coast from Ruyobetsu. How many were aboard is not known. Family account.',
        ja: 'ソ連の貨物船は1948年8月29日「午後2時過ぎ」、留夜別村の最後の住民を乗せて国後島沖を離れ、国後水道を北上し、宗谷海峡を西へ抜け、サハリン西海岸を北上して、31日夜に真岡に着いた（20時00分に描画）。9月1日に上陸し、第1収容所へ。午後2時は家族が用いた日本時間とみなした。留夜別とは反対側の海岸にある国後島の港から描いた。乗船者数は不明。家族の証言による。',
        ru: 'Советское грузовое судно ушло от Кунашира «после 2 часов дня» 29 авг. 1948 г. с последними жителями деревни Руёбэцу, прошло на север Кунаширским проливом, на запад проливом Лаперуза и вверх вдоль западного побережья Сахалина и прибыло в Маоку ночью 31 авг. (показано в 20:00); высадка 1 сент., лагерь № 1. «2 часа дня» принято как японское время, по которому считала семья. Линия проведена от порта Кунашира, на другом берегу острова от Руёбэцу. Сколько людей было на борту, неизвестно. Рассказ семьи.',
      },
    },
    via: [kunashiriStrait, soyaStrait],
  },
  {
    properties: {
      ...japaneseShip, id: 'repatriation-takakurayama-maru-1948', kind: 'repatriation',
      title: { en: 'Takakurayama Maru: Maoka → Hakodate with the last Kunashiri people, Sep 1948', ja: '高倉山丸：国後の最後の島民らを乗せ真岡→函館（1948年9月）', ru: '«Такакураяма-мару»: Маока → Хакодате с последними жителями Кунашира, сент. 1948' },
      start_date: '1948-09-15T00:00+09:00', end_date: '1948-09-17T00:00+09:00',
      from: 'maoka', to: 'hakodate',
      ships: [
        { en: 'Takakurayama Maru', ja: '高倉山丸', ru: '«Такакураяма-мару»' },
      ],
      people: { min: 1500, max: 1500, note: { en: 'about 1,500 repatriates', ja: '引揚者約1,500人', ru: 'около 1500 репатриантов' }, sources: ['tiatia-2019-06-30-takakurayama'] },
      sources: ['tiatia-2019-06-30-takakurayama', 'tiatia-hakodate-1'],
      note: {
        en: 'Entered Hakodate on 17 Sep 1948; its people were kept aboard three days and landed at the West Pier on 20 Sep. 1,825 GRT; used 16 times in 1947 and 1948. Maoka departure not known: drawn over two days.',
        ja: '1948年9月17日に函館に入港。乗船者は3日間船内に留め置かれ、20日に西埠頭で上陸した。1,825総トン。1947年と1948年に16回使われた。真岡の出港日は不明で、2日間として描いた。',
        ru: 'Прибыло в Хакодате 17 сент. 1948 г.; людей три дня держали на борту, и 20 сент. они сошли на берег у Западного пирса. 1825 брт; использовалось 16 раз в 1947 и 1948 гг. Выход из Маоки неизвестен: показано за два дня.',
      },
    },
  },
  {
    properties: {
      ...japaneseShip, id: 'repatriation-maoka-hakodate-1949', kind: 'repatriation', aggregate: true,
      title: { en: 'The last season: Maoka → Hakodate, Jun–Oct 1949', ja: '最後の引揚げ：真岡→函館 1949年6〜10月', ru: 'Последний сезон: Маока → Хакодате, июнь–окт. 1949' },
      start_date: '1949-06-01T00:00+09:00', end_date: '1949-10-04T00:00+09:00',
      from: 'maoka', to: 'hakodate',
      people: { min: 4710, max: 4710, note: { en: '4,710 from Maoka in the five monthly convoys of June–October 1949', ja: '1949年6〜10月、月1回・計5回の船団で真岡から4,710人', ru: '4710 из Маоки в пяти ежемесячных конвоях июня–октября 1949 г.' }, sources: ['diet-1949-11-09-hc-hikiage-3'] },
      sources: ['diet-1949-11-09-hc-hikiage-3', 'hakodate-shishi-07-01-01'],
      note: {
        en: 'One line for the convoys of 1949 (completed 4 Oct, House of Councillors, 9 Nov 1949; 77,402 came from Nakhodka in the same convoys). Hakodate\'s own history says the Karafuto repatriation essentially ended in July 1949: both fit only if the Maoka lifts fell in June–July, which is not verified.',
        ja: '1949年の船団をまとめた1本の線（10月4日に完了：参議院、1949年11月9日。同じ船団でナホトカから77,402人が帰還）。函館の市史は、樺太からの引揚げは1949年7月に事実上終わったとする。両者が整合するのは真岡からの輸送が6〜7月に行われた場合だけだが、これは確認されていない。',
        ru: 'Одна линия для конвоев 1949 г. (завершены 4 окт., Палата советников, 9 нояб. 1949 г.; теми же конвоями из Находки прибыли 77 402 человека). История самого Хакодате утверждает, что репатриация с Карафуто по существу закончилась в июле 1949 г.: обе версии совместимы, только если перевозки из Маоки пришлись на июнь–июль, что не проверено.',
      },
    },
  },
];
