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
      ships: ['Sōya Maru', 'Kasuga Maru'],
      aggregate: true,
      people: { min: 67600, max: 67600, note: 'about 67,600 left Ōtomari in all, 13–23 Aug (Bunshun, from the National Railways\' histories); most landed at Wakkanai. The total includes the last sailing and the ships that went on towards Otaru, which are drawn apart', sources: ['bunshun-65046'] },
      sources: ['bunshun-65046', 'jawiki-kinkyu-sokai', 'jacar-shusen80-ch3', 'gendai-56854'],
      note: 'One line for the main flow of the emergency evacuation (13–23 Aug), drawn over the whole period. First sailing: ferry Sōya Maru on 13 Aug with under 700 aboard (capacity 790); the plan of 10 Aug assigned 15 ships to Ōtomari. About 75,000 left by the official convoys from all ports (Home Ministry document), about 100,000 with those who left on their own. Arrival of the last ship "early 24 Aug" (hour not given: drawn at 06:00).',
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
      ships: ['Sōya Maru', 'Kasuga Maru'],
      people: { min: 3600, max: 4700, note: '3,600 aboard Sōya Maru, over four times its capacity (Bunshun), or about 4,700 against a capacity of ~790–800 (609studio, after the 1974 history of the ferry)', sources: ['bunshun-65046', 'studio609-2026-01-24'] },
      sources: ['studio609-2026-01-24', 'enpitu-85567', 'bunshun-65046'],
      note: 'Left Ōtomari at night after the Soviet ban on leaving the island (23 Aug, 22:00 JST); Sōya Maru reached Wakkanai early on 24 Aug (hour not given: drawn at 06:00), ending the Wakkanai–Ōtomari ferry.',
    },
  },
  {
    properties: {
      ...japaneseShip, id: 'evacuation-honto-wakkanai', kind: 'evacuation',
      title: { en: 'Emergency evacuation: Honto → Wakkanai', ja: '緊急疎開：本斗→稚内', ru: 'Экстренная эвакуация: Хонто → Вакканай' },
      start_date: '1945-08-13T00:00+09:00', end_date: '1945-08-24T00:00+09:00',
      from: 'honto', to: 'wakkanai',
      ships: ['Karafuto Maru', 'about 30 small craft'],
      aggregate: true,
      people: { min: 0, max: 7400, note: 'no count per port: at most about 7,400 for Honto and Maoka together, the 75,000 of all ports (JACAR) less the 67,600 from Ōtomari (Bunshun)', sources: ['jacar-shusen80-ch3', 'bunshun-65046'] },
      sources: ['bunshun-65046', 'jawiki-kinkyu-sokai', 'vishnevsky-otasu-p243'],
      note: 'One line for the sailings from Honto, one of the three embarkation ports of the plan of 10 Aug (Karafuto Maru and about 30 small craft). Dates of the individual sailings are not in the research: drawn over the whole evacuation (13–23 Aug).',
    },
  },
  {
    properties: {
      ...japaneseShip, id: 'evacuation-maoka-wakkanai', kind: 'evacuation',
      title: { en: 'Emergency evacuation: Maoka → Wakkanai', ja: '緊急疎開：真岡→稚内', ru: 'Экстренная эвакуация: Маока → Вакканай' },
      start_date: '1945-08-15T00:00+09:00', end_date: '1945-08-20T05:30+09:00',
      from: 'maoka', to: 'wakkanai',
      ships: ['Taiho Maru'],
      aggregate: true,
      people: { min: 0, max: 7400, note: 'no count per port: at most about 7,400 for Honto and Maoka together, the 75,000 of all ports (JACAR) less the 67,600 from Ōtomari (Bunshun)', sources: ['jacar-shusen80-ch3', 'bunshun-65046'] },
      sources: ['bunshun-65046', 'jawiki-kinkyu-sokai', 'vishnevsky-otasu-p243'],
      note: 'One line for the sailings from Maoka to Wakkanai. Maoka was an embarkation port of the plan of 10 Aug (Taiho Maru; the plan named Honto, Maoka and Ōdomari, per Vishnevsky). Sailings from Maoka are drawn from 15 Aug, as the project\'s issue #14 states; no reachable source dates them (docs/research/voyages-1945-1949.md §8). Maoka\'s ships went to Wakkanai or to Otaru (see evacuation-maoka-otaru); the Soviet landing on the morning of 20 Aug ended the sailings.',
    },
  },
  {
    properties: {
      ...japaneseShip, id: 'evacuation-maoka-otaru', kind: 'evacuation',
      title: { en: 'Emergency evacuation: Maoka → Otaru', ja: '緊急疎開：真岡→小樽', ru: 'Экстренная эвакуация: Маока → Отару' },
      start_date: '1945-08-15T00:00+09:00', end_date: '1945-08-20T05:30+09:00',
      from: 'maoka', to: 'otaru',
      aggregate: true,
      people: { min: 0, max: 7400, note: 'no count per port: at most about 7,400 for Honto and Maoka together, the 75,000 of all ports (JACAR) less the 67,600 from Ōtomari (Bunshun)', sources: ['jacar-shusen80-ch3', 'bunshun-65046'] },
      sources: ['bunshun-65046', 'vishnevsky-otasu-p243', 'inosmi-2018-08-13-otaru'],
      note: 'One line for the sailings from Maoka to Otaru: evacuees from Maoka also landed there, down the Sea of Japan coast (as the project\'s issue #14 states; no reachable source names a ship or a date). About 15,000 Karafuto evacuees were in Otaru (Hokkaidō press via ИноСМИ, 2018), from all ports. Drawn from 15 Aug until the Soviet landing on 20 Aug.',
    },
  },
  {
    properties: {
      ...japaneseShip, id: 'evacuation-otomari-otaru', kind: 'evacuation',
      title: { en: 'Emergency evacuation: Ōtomari → Otaru', ja: '緊急疎開：大泊→小樽', ru: 'Экстренная эвакуация: Отомари → Отару' },
      start_date: '1945-08-13T00:00+09:00', end_date: '1945-08-24T00:00+09:00',
      from: 'otomari', to: 'otaru',
      aggregate: true,
      people: { min: 0, max: 15000, note: 'no count of the Ōtomari ships that reached Otaru; about 15,000 Karafuto evacuees were in Otaru (Hokkaidō press via ИноСМИ, 2018), from all ports', sources: ['inosmi-2018-08-13-otaru'] },
      sources: ['bunshun-47718', 'jawiki-kinkyu-sokai', 'jacar-shusen80-ch3', 'inosmi-2018-08-13-otaru'],
      note: 'One line for the Ōtomari ships that went to Otaru: Otaru received ships diverted when Wakkanai could take no more (e.g. No.2 Shinkō Maru on 21 Aug, attacked on the way: see attacked-shinko-maru). Round Cape Sōya and down the Sea of Japan coast of Hokkaido. Individual sailings not in the research: drawn over the whole evacuation.',
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
      ships: ['fishing and smuggling boats'],
      people: { min: 24000, max: 24000, note: 'about 24,000 (ja-wiki 引き揚げ; no primary source found)', sources: ['jawiki-karafuto-hikiage'] },
      sources: ['jawiki-karafuto-hikiage'],
      note: 'One line for many boats, from the closing of the strait (24 Aug 1945) to the first official repatriation ship (5 Dec 1946): only the total is known. Drawn across the strait\'s narrowest part, from Cape Nishi-Notoro; the boats left from many coasts of southern Karafuto and landed along northern Hokkaido. Research row small-1945-08-24-to-1946-12-total.',
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
      ships: ['fishing boats'],
      people: { min: 8000, max: 9000, note: '"about half" of the 17,291 residents of Etorofu, Kunashiri, Shikotan and Habomai on 15 Aug 1945, shown as 8,000–9,000', sources: ['fujipost-3662-mainichi'] },
      sources: ['fujipost-3662-mainichi', 'stv-2025-04-19-kurils'],
      note: 'One line for the boats of the four islands, drawn from Kunashiri\'s port; the months are the autumn of 1945 after the Soviet landings (1–5 Sep), not a documented span.',
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
        note: '311,452 in Hakodate\'s phases 1–5 (civilians, soldiers and military employees) or 311,877 received at Hakodate to July 1949; by other counts ~292,000 from Sakhalin (Ministry of Health and Welfare) or 277,490 civilians from Karafuto and the Kurils',
        sources: ['hakodate-shishi-06-01-01-04-05', 'hakodate-shishi-07-01-01', 'diet-1991-03-14-mhw', 'oceandictionary-3714'],
      },
      sources: ['hakodate-shishi-06-01-01-04-05', 'hakodate-shishi-07-01-01', 'diet-1991-03-14-mhw', 'us-soviet-agreement-1946-12-19', 'scapin-1421'],
      note: 'One line for every repatriation ship from Maoka to Hakodate (208 sailings in all per the Hokkaidō Shimbun): no voyage-by-voyage list was reachable, only totals. The lifts stopped each winter (from 1 Dec 1947 to 3 May 1948, for ice), so the line\'s even pace is not the ships\'. The voyages drawn apart (Unzen Maru, Takakurayama Maru…) are part of it.',
    },
  },
  {
    properties: {
      ...japaneseShip, id: 'repatriation-phase1-1946', kind: 'repatriation', aggregate: true,
      title: { en: 'First phase of the repatriation, 5–15 Dec 1946: four ships', ja: '第1次引揚げ 1946年12月5〜15日（4隻）', ru: 'Первый этап репатриации, 5–15 дек. 1946: четыре судна' },
      start_date: '1946-12-03T00:00+09:00', end_date: '1946-12-15T00:00+09:00',
      from: 'maoka', to: 'hakodate',
      ships: ['Ōsumi Maru', 'Unzen Maru', 'Shinkō Maru', 'Hakuryū Maru'],
      people: { min: 5700, max: 5700, note: '5,700 in the first phase; 51.1% of them soldiers or military employees', sources: ['hakodate-shishi-07-01-01'] },
      sources: ['hakodate-shishi-07-01-01', 'hakodate-shishi-06-01', 'scapin-1365'],
      note: 'Sailed under the provisional US–Soviet arrangement of 27 Nov 1946 (SCAPIN-1365: Karafuto 5,000 via Hakodate, ships due 9–16 Dec), before the agreement was signed on 19 Dec 1946. One line for the four ships: per-ship dates are not known.',
    },
  },
  {
    properties: {
      ...japaneseShip, id: 'repatriation-unzen-maru-1946', kind: 'repatriation',
      title: { en: 'Unzen Maru, the first repatriation ship: Maoka → Hakodate', ja: '最初の引揚船 雲仙丸：真岡→函館', ru: '«Ундзэн-мару», первое репатриационное судно: Маока → Хакодате' },
      start_date: '1946-12-04T00:00+09:00', end_date: '1946-12-05T18:29+09:00',
      from: 'maoka', to: 'hakodate',
      ships: ['Unzen Maru'],
      people: { min: 1927, max: 1927, note: '1,927 repatriates', sources: ['hakodate-shishi-07-01-01'] },
      sources: ['hakodate-shishi-07-01-01', 'hakodate-shishi-06-01'],
      note: 'Anchored about 1 km off Nanaehama, Hakodate, at 18:29 on 5 Dec 1946 (Hokkaidō Shimbun, 6 Dec 1946, quoted by the city history); 3,140 t, marked with a white cross and "UO14". Its Maoka departure is not known: drawn from 00:00 on 4 Dec. It became the first ship when Ōsumi Maru broke down.',
    },
  },
  {
    properties: {
      ...japaneseShip, id: 'repatriation-osumi-maru-1946', kind: 'repatriation',
      title: { en: 'Ōsumi Maru: Maoka → Otaru after an engine failure', ja: '大隅丸：機関故障で小樽へ（真岡→小樽）', ru: '«Осуми-мару»: Маока → Отару после поломки машины' },
      start_date: '1946-12-03T00:00+09:00', end_date: '1946-12-05T00:00+09:00',
      from: 'maoka', to: 'otaru',
      ships: ['Ōsumi Maru'],
      people: { min: 1059, max: 1059, note: '1,059 repatriates', sources: ['hakodate-shishi-06-01'] },
      sources: ['hakodate-shishi-06-01'],
      note: 'The planned first ship (1,284 t), due at Hakodate on 5 Dec 1946; its engine failed off Rishiri and it put into Otaru for repairs (Hokkaidō Shimbun, 5 Dec 1946, quoted by the city history). Dates approximate (day of the report); whether its passengers landed at Otaru is not known.',
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
      ships: ['Soviet cargo ships'],
      people: { min: 8812, max: 8835, note: '8,800+ (STV), 8,835 (Yomiuri) or at least 8,812 (Hokkaidō Shimbun) on the passenger lists of at least 16 ships, Maoka → Hakodate', sources: ['stv-2025-04-19-kurils', 'yomiuri-2025-12-08-kurils'] },
      sources: ['stv-2025-04-19-kurils', 'yomiuri-2025-12-08-kurils', 'sankei-2020-08-30-shikotan', 'diamond-379907'],
      note: 'One line for the removals from Etorofu, Kunashiri, Shikotan and Habomai: Soviet cargo ships collected the islanders island by island and took them not to Nemuro but to Maoka, where they were held in camps (the converted Maoka No. 2 primary school, the girls\' high school) for two weeks to 70 days before Japanese repatriation ships took them to Hakodate (that leg is in the Maoka → Hakodate line). Drawn from Kunashiri\'s port by the Kunashiri and Sōya straits.',
    },
    via: [kunashiriStrait, soyaStrait],
  },
  {
    properties: {
      ...sovietShip, id: 'kuril-shikotan-maoka-1947', kind: 'repatriation',
      title: { en: 'Shikotan islanders to Maoka on a Soviet cargo ship, Sep 1947', ja: '色丹島民、ソ連貨物船で真岡へ（1947年9月）', ru: 'Жители Шикотана на советском грузовом судне в Маоку, сент. 1947' },
      start_date: '1947-09-28T00:00+09:00', end_date: '1947-10-03T00:00+09:00',
      from: 'shakotan', to: 'maoka',
      ships: ['a Soviet cargo ship of over 10,000 t'],
      people: null,
      sources: ['diamond-379907', 'sankei-2020-08-30-shikotan'],
      note: 'The Tokunō family (7) left Shikotan on 28 Sep 1947 from a ship anchored off Shakotan bay; they spent about 70 days in Maoka and reached Hakodate in early December, a two-year-old found dead on arrival (Sankei). Arrival at Maoka not known: drawn over five days. How many were aboard is not known; the course is not either (drawn as the Leningrad\'s of 1948).',
    },
    via: [kunashiriStrait, soyaStrait],
  },
  {
    properties: {
      ...japaneseShip, id: 'repatriation-soya-maru-1947', kind: 'repatriation',
      title: { en: 'Sōya Maru: Etorofu islanders, Maoka → Hakodate, Sep 1947', ja: '宗谷丸：択捉島民を乗せ真岡→函館（1947年9月）', ru: '«Соя-мару»: жители Итурупа, Маока → Хакодате, сент. 1947' },
      start_date: '1947-09-20T00:00+09:00', end_date: '1947-09-22T00:00+09:00',
      from: 'maoka', to: 'hakodate',
      ships: ['Sōya Maru'],
      people: null,
      sources: ['diamond-379907'],
      note: 'The ferry of the 1945 evacuation, now a repatriation ship: the Mikami family from Etorofu, held about two weeks in the Maoka camp, entered Hakodate on 22 Sep (1947 from Mikami\'s own account). Departure not known: drawn over two days. Numbers not found.',
    },
  },
  {
    properties: {
      ...sovietShip, id: 'kuril-kunashiri-maoka-1948', kind: 'repatriation',
      title: { en: 'The Leningrad: the last Kunashiri villagers to Maoka, Aug 1948', ja: 'レニングラード号：国後の最後の村民を真岡へ（1948年8月）', ru: '«Ленинград»: последние жители Кунашира в Маоку, авг. 1948' },
      start_date: '1948-08-29T14:00+09:00', end_date: '1948-08-31T20:00+09:00',
      from: 'furukamappu', to: 'maoka',
      ships: ['Leningrad'],
      people: null,
      sources: ['tiatia-2017-12-31-leningrad'],
      note: 'The Soviet cargo ship left off Kunashiri "after 2 pm" on 29 Aug 1948 with the last people of Ruyobetsu village, went north through the Kunashiri strait, west through the Sōya strait and up Sakhalin\'s west coast, and reached Maoka on the night of 31 Aug (drawn at 20:00); landing on 1 Sep, camp No. 1. The 2 pm is taken as the family\'s JST. Drawn from Kunashiri\'s port, on the other coast from Ruyobetsu. How many were aboard is not known. Family account.',
    },
    via: [kunashiriStrait, soyaStrait],
  },
  {
    properties: {
      ...japaneseShip, id: 'repatriation-takakurayama-maru-1948', kind: 'repatriation',
      title: { en: 'Takakurayama Maru: Maoka → Hakodate with the last Kunashiri people, Sep 1948', ja: '高倉山丸：国後の最後の島民らを乗せ真岡→函館（1948年9月）', ru: '«Такакураяма-мару»: Маока → Хакодате с последними жителями Кунашира, сент. 1948' },
      start_date: '1948-09-15T00:00+09:00', end_date: '1948-09-17T00:00+09:00',
      from: 'maoka', to: 'hakodate',
      ships: ['Takakurayama Maru'],
      people: { min: 1500, max: 1500, note: 'about 1,500 repatriates', sources: ['tiatia-2019-06-30-takakurayama'] },
      sources: ['tiatia-2019-06-30-takakurayama', 'tiatia-hakodate-1'],
      note: 'Entered Hakodate on 17 Sep 1948; its people were kept aboard three days and landed at the West Pier on 20 Sep. 1,825 GRT; used 16 times in 1947 and 1948. Maoka departure not known: drawn over two days.',
    },
  },
  {
    properties: {
      ...japaneseShip, id: 'repatriation-maoka-hakodate-1949', kind: 'repatriation', aggregate: true,
      title: { en: 'The last season: Maoka → Hakodate, Jun–Oct 1949', ja: '最後の引揚げ：真岡→函館 1949年6〜10月', ru: 'Последний сезон: Маока → Хакодате, июнь–окт. 1949' },
      start_date: '1949-06-01T00:00+09:00', end_date: '1949-10-04T00:00+09:00',
      from: 'maoka', to: 'hakodate',
      people: { min: 4710, max: 4710, note: '4,710 from Maoka in the five monthly convoys of June–October 1949', sources: ['diet-1949-11-09-hc-hikiage-3'] },
      sources: ['diet-1949-11-09-hc-hikiage-3', 'hakodate-shishi-07-01-01'],
      note: 'One line for the convoys of 1949 (completed 4 Oct, House of Councillors, 9 Nov 1949; 77,402 came from Nakhodka in the same convoys). Hakodate\'s own history says the Karafuto repatriation essentially ended in July 1949: both fit only if the Maoka lifts fell in June–July, which is not verified.',
    },
  },
];
