/**
 * The municipalities (市町村) of Karafuto and the southern Kurils as of August
 * 1945, from docs/research/municipalities-1945.{md,tsv}: official name,
 * district (郡) and subprefecture (支庁), population at the last count before
 * August 1945, and when Soviet forces took each. `scripts/build_places.ts`
 * merges them into the gazetteer: a municipality whose seat is already a place
 * (Maoka, Toyohara) adds its facts to that place; the others become places.
 *
 * Karafuto populations are the municipal counts of 1 Dec 1941 given by the
 * Japanese Wikipedia articles (the only per-municipality series reachable); the
 * Kuril villages' are the official counts of 15 Aug 1945 (hoppou.go.jp).
 * Control dates are local where a source gives them; otherwise `bound`: the
 * date by which a source says the area was held. Soviet-side times are UTC+11
 * (Sakhalin time in Soviet Far East sources, JST+2); Japanese-side times JST.
 */
import type { LocalizedText, PlaceProperties } from '../../src/data/schema.ts';
import { joinNotes, type PlaceSpec } from './places_spec.ts';

/** What a municipality adds to its seat's place. */
export type MunicipalFacts = Pick<PlaceProperties,
  'district:ja' | 'district:ja-Latn' | 'subprefecture' | 'population' | 'population_year' | 'population_sources' |
  'population_note' | 'soviet_control_date' | 'soviet_control_basis' | 'soviet_control_sources' | 'soviet_control_accounts'>;

/** One municipality: its official name and facts, and a place spec when its seat is not yet a place. */
export interface MunicipalitySpec {
  /** The seat's place id. */
  id: string;
  kind: 'city' | 'town' | 'village';
  /** Official name and its Hepburn, e.g. ['落合町', 'Ochiai-chō']. */
  official: [string, string];
  facts: MunicipalFacts;
  /** Names, coordinate and sources of a seat not otherwise in the gazetteer. */
  place?: Omit<PlaceSpec, 'id' | 'kind'>;
}

const JAWIKI = 'jawiki-karafuto-municipalities';
const HOPPOU = 'hoppou-population';
const GEONAMES = 'geonames';
const RENAME_1947: LocalizedText = {
  en: 'Russian name presumably from the RSFSR decree of 15 Oct 1947 that renamed the villages of South Sakhalin (no decree text among the sources read).',
  ja: 'ロシア語名は、南サハリンの村々を改称した1947年10月15日のロシア共和国最高会議幹部会令によるとみられる（読んだ資料に法令の本文はない）。',
  ru: 'Русское название, по-видимому, дано указом Президиума Верховного Совета РСФСР от 15 октября 1947 г. о переименовании сёл Южного Сахалина (текста указа среди прочитанных источников нет).',
};

/** District (郡) in kanji and Hepburn. */
const DISTRICTS = {
  hoei: ['豊栄郡', 'Hōei-gun'], otomari: ['大泊郡', 'Ōtomari-gun'], rutaka: ['留多加郡', 'Rūtaka-gun'],
  maoka: ['真岡郡', 'Maoka-gun'], honto: ['本斗郡', 'Honto-gun'], tomarioru: ['泊居郡', 'Tomarioru-gun'],
  esutoru: ['恵須取郡', 'Esutoru-gun'], nayoshi: ['名好郡', 'Nayoshi-gun'], shikuka: ['敷香郡', 'Shikuka-gun'],
  mototomari: ['元泊郡', 'Mototomari-gun'], shikotan: ['色丹郡', 'Shikotan-gun'], kunashiri: ['国後郡', 'Kunashiri-gun'],
  etorofu: ['択捉郡', 'Etorofu-gun'], shana: ['紗那郡', 'Shana-gun'], shibetoro: ['蘂取郡', 'Shibetoro-gun'],
} as const satisfies Record<string, readonly [string, string]>;

type District = keyof typeof DISTRICTS | null;
type Control = Pick<MunicipalFacts, 'soviet_control_date' | 'soviet_control_basis' | 'soviet_control_sources' | 'soviet_control_accounts'>;

/** A municipality whose count no reachable source gives (its Japanese Wikipedia infobox was not in any copy read). */
const NO_COUNT = {
  population: null,
  population_note: {
    en: 'No count found: the 1941 figure of its Japanese Wikipedia article was in no copy the editors could read, and no Karafuto government statistics were reachable.',
    ja: '人口不明：日本語版ウィキペディアの1941年の数値は閲覧できた写しに含まれず、樺太庁の統計も参照できなかった。',
    ru: 'Численность не найдена: данных 1941 г. из статьи японской Википедии не было ни в одной доступной копии, статистика губернаторства Карафуто недоступна.',
  },
};
/** A seat's position estimated by the editors from the modern settlement's place on maps: no coordinate source was reachable. */
const ESTIMATE = 'editor-estimate';

/** District and subprefecture fields. */
function admin(district: District, subprefecture: NonNullable<MunicipalFacts['subprefecture']>) {
  const d = district === null ? null : DISTRICTS[district];
  return { 'district:ja': d?.[0] ?? null, 'district:ja-Latn': d?.[1] ?? null, subprefecture };
}

/** A Karafuto count of 1 Dec 1941 from the municipality's Japanese Wikipedia article. */
function pop1941(n: number, sources: string[] = [JAWIKI]) {
  return { population: n, population_year: 1941, population_sources: sources };
}

/** A control date with its basis and sources. */
function control(date: string, basis: 'entry' | 'surrender' | 'bound', sources: string[],
  accounts?: MunicipalFacts['soviet_control_accounts']): Control {
  return { soviet_control_date: date, soviet_control_basis: basis, soviet_control_sources: sources,
    ...(accounts ? { soviet_control_accounts: accounts } : {}) };
}

/**
 * The bound where no local date is found: the front's combat report of 25 Aug 1945
 * 05:00 declared all of South Sakhalin occupied (Purkayev, quoted by Vishnevsky).
 * A claim of the command, not the arrival of troops: a ship reached Honto on 28 Aug.
 */
const SAKHALIN_END = control('1945-08-25T05:00+11:00', 'bound', ['vishnevsky-siritor-p102']);
/** The Sovinformburo communiqué of 21 Aug 1945 lists Shikuka, Nairo, Ushiro and Maoka as taken: held by the end of that day. */
const COMMUNIQUE_21_AUG = control('1945-08-22T00:00+09:00', 'bound', ['sovsakh-2025-08-21']);

/** A new place in Karafuto for a village seat: names, a coordinate and sources. */
function seat(ja: string, latn: string, ru: string | null, ruLatn: string | null, coord: PlaceSpec['coord'], sources: string[],
  extra: Partial<PlaceSpec> = {}): Omit<PlaceSpec, 'id' | 'kind'> {
  const since = extra.modern_name_since !== undefined ? extra.modern_name_since : ru === null ? null : 1947;
  // A village's Russian name is presumed to date from 1947; say so beside any note of its own.
  const notes = [extra.note, since === 1947 ? RENAME_1947 : undefined].filter((n) => n !== undefined);
  const note = notes.length ? joinNotes(...notes) : undefined;
  return {
    region: 'karafuto', 'name:ja': ja, 'name:ja-Latn': latn, 'name:ru': ru, 'name:ru-Latn': ruLatn,
    ...extra, modern_name_since: since, coord, sources, ...(note ? { note } : {}),
  };
}

/** The municipalities, subprefecture by subprefecture, district by district. */
export const municipalitySpecs: MunicipalitySpec[] = [
  // ---- 豊原支庁 Toyohara subprefecture ----------------------------------
  {
    id: 'toyohara', kind: 'city', official: ['豊原市', 'Toyohara-shi'],
    facts: {
      ...admin(null, 'toyohara'), ...pop1941(37160),
      ...control('1945-08-24T17:40+11:00', 'entry', ['vishnevsky-siritor-p102'], [
        { claim: { en: 'Taken by an airborne landing at 17:40 on 24 Aug (Soviet report of 25 Aug 05:00).', ja: '8月24日17時40分、空挺部隊の降下により占領（8月25日5時のソ連軍戦闘報告）。', ru: 'Занят воздушным десантом в 17.40 24 августа (боевое донесение от 25 августа, 5.00).' },
          sources: ['vishnevsky-siritor-p102'], assessment: 'accepted' },
        { claim: { en: 'Units of the 16th Army had occupied Toyohara by the morning of 23 Aug (Shirokorad).', ja: '第16軍の部隊が8月23日朝までに豊原を占領（シロコラド）。', ru: 'Части 16-й армии заняли Тоёхару к утру 23 августа (Широкорад).' },
          sources: ['bibliboba-iaponiia-169'], assessment: 'disputed' },
      ]),
    },
  },
  {
    id: 'ochiai', kind: 'town', official: ['落合町', 'Ochiai-chō'],
    facts: { ...admin('hoei', 'toyohara'), ...pop1941(25135), ...control('1945-08-24T17:40+11:00', 'entry', ['vishnevsky-siritor-p102']) },
  },
  {
    id: 'toyokita', kind: 'village', official: ['豊北村', 'Toyokita-mura'],
    facts: { ...admin('hoei', 'toyohara'), ...NO_COUNT, ...SAKHALIN_END },
    place: seat('豊北', 'Toyokita', 'Новоалександровск', 'Novoaleksandrovsk', { at: [142.73, 47.05], source: ESTIMATE, uncertainty_m: 6000 }, [JAWIKI],
      { 'alt_name:ja': ['小沼'], 'alt_name:ja-Latn': ['Konuma'],
        note: { en: 'Village office at 小沼 (Konuma), today Novoaleksandrovsk, part of Yuzhno-Sakhalinsk; that the office stood there rests on a local-history forum. Position estimated (no coordinate source reached).', ja: '村役場は小沼にあった。現在のノヴォアレクサンドロフスクで、ユジノサハリンスク市の一部。役場がそこにあったことは郷土史のフォーラムだけが根拠。位置は推定（座標の資料には当たれなかった）。', ru: 'Управа села находилась в Конуме (小沼), ныне Новоалександровск, часть Южно-Сахалинска; то, что управа стояла там, известно лишь по краеведческому форуму. Положение оценено (источник координат не найден).' } }),
  },
  {
    id: 'kawakami', kind: 'village', official: ['川上村', 'Kawakami-mura'],
    facts: { ...admin('hoei', 'toyohara'), ...pop1941(5720), ...SAKHALIN_END },
  },
  {
    id: 'sakaehama', kind: 'village', official: ['栄浜村', 'Sakaehama-mura'],
    facts: { ...admin('hoei', 'toyohara'), ...NO_COUNT, ...SAKHALIN_END },
    place: seat('栄浜', 'Sakaehama', 'Стародубское', 'Starodubskoye', { at: [142.81833, 47.41028], source: JAWIKI, uncertainty_m: 3000 }, [JAWIKI],
      { 'name:ru-Kana': 'スタロドゥプスコエ' }),
  },
  {
    id: 'shiranui', kind: 'village', official: ['白縫村', 'Shiranui-mura'],
    facts: { ...admin('hoei', 'toyohara'), ...pop1941(4109), ...SAKHALIN_END },
    place: seat('白縫', 'Shiranui', 'Взморье', 'Vzmorye', { at: [142.51602, 47.84895], source: GEONAMES, ref: '2119641', uncertainty_m: 1000 }, [GEONAMES, JAWIKI],
      { 'alt_name:ja': ['白浦'], 'alt_name:ja-Latn': ['Shiraura'] }),
  },
  {
    id: 'otomari', kind: 'town', official: ['大泊町', 'Ōtomari-chō'],
    facts: {
      ...admin('otomari', 'toyohara'), ...pop1941(21779),
      ...control('1945-08-25T05:00+11:00', 'bound', ['vishnevsky-siritor-p102'], [
        { claim: { en: 'The 113th Rifle Brigade took the port in the night of 24–25 Aug; the landing from the sea came at 06:00 on 25 Aug (Soviet report of 25 Aug 05:00).', ja: '第113狙撃旅団が8月24日から25日にかけての夜に港を占領、海からの上陸は25日6時（8月25日5時のソ連軍戦闘報告）。', ru: 'Порт занят 113-й стрелковой бригадой в ночь с 24 на 25 августа; морской десант высадился в 6.00 25 августа (боевое донесение от 25 августа, 5.00).' },
          sources: ['vishnevsky-siritor-p102'], assessment: 'accepted' },
        { claim: { en: 'Taken by the landing from the sea on 25 Aug; the naval base was held by 10:00.', ja: '8月25日、海からの上陸により占領。海軍基地は10時までに制圧。', ru: 'Занят морским десантом 25 августа; к 10.00 военно-морская база была занята.' },
          sources: ['encyclopaedia-russia-otomari'], assessment: 'disputed' },
      ]),
    },
  },
  {
    id: 'chitose', kind: 'village', official: ['千歳村', 'Chitose-mura'],
    facts: { ...admin('otomari', 'toyohara'), ...pop1941(2474), ...SAKHALIN_END },
    place: seat('千歳', 'Chitose', 'Третья Падь', "Tret'ya Pad'", { at: [142.77, 46.72], source: ESTIMATE, uncertainty_m: 10000 }, [JAWIKI],
      { 'alt_name:ja': ['三の沢'], 'alt_name:ja-Latn': ['San-no-sawa'],
        note: { en: 'Village office at 三の沢 (San-no-sawa, "third valley"), today Tret\'ya Pad\' ("third pad\'"). Position estimated (no coordinate source reached).', ja: '村役場は三の沢（「三番目の沢」の意）にあった。現在のトレチヤ・パジ（ロシア語で同じく「三番目の谷」）。位置は推定（座標の資料には当たれなかった）。', ru: 'Управа села находилась в Сан-но-сава (三の沢, «третья долина»), ныне Третья Падь — то же название по-русски. Положение оценено (источник координат не найден).' } }),
  },
  {
    id: 'fukami', kind: 'village', official: ['深海村', 'Fukami-mura'],
    facts: { ...admin('otomari', 'toyohara'), ...pop1941(2017), ...SAKHALIN_END },
    place: seat('深海', 'Fukami', 'Пригородное', 'Prigorodnoye', { at: [142.90778, 46.63], source: 'ruwiki-prigorodnoye', uncertainty_m: 1000 }, ['ruwiki-prigorodnoye', JAWIKI],
      { 'alt_name:ja': ['女麗'], 'alt_name:ja-Latn': ['Merei'] }),
  },
  {
    id: 'nagahama', kind: 'village', official: ['長浜村', 'Nagahama-mura'],
    facts: { ...admin('otomari', 'toyohara'), ...NO_COUNT, ...SAKHALIN_END },
    place: seat('長浜', 'Nagahama', 'Озёрское', 'Ozyorskoye', { at: [143.13, 46.6], source: ESTIMATE, uncertainty_m: 8000 }, [JAWIKI],
      { note: { en: 'Today Ozyorskoye (the urban settlement Ozyorsky until the 2000s), on the isthmus between Aniwa Bay and Lake Tunaicha. Position estimated (no coordinate source reached).', ja: '現在のオジョルスコエ（2000年代までは都市型集落オジョルスキー）で、亜庭湾と富内湖（トゥナイチャ湖）の間の地峡にある。位置は推定（座標の資料には当たれなかった）。', ru: 'Ныне Озёрское (до 2000-х годов — посёлок городского типа Озёрский), на перешейке между заливом Анива и озером Тунайча. Положение оценено (источник координат не найден).' } }),
  },
  {
    id: 'tobuchi', kind: 'village', official: ['遠淵村', 'Tōbuchi-mura'],
    facts: { ...admin('otomari', 'toyohara'), ...pop1941(2200), ...SAKHALIN_END },
    place: seat('遠淵', 'Tōbuchi', 'Муравьёво', 'Muravyovo', { at: [143.3075, 46.5075], source: 'ruwiki-muravyovo', uncertainty_m: 1000 }, ['ruwiki-muravyovo', JAWIKI]),
  },
  {
    id: 'tonnai', kind: 'village', official: ['富内村', 'Tonnai-mura'],
    facts: { ...admin('otomari', 'toyohara'), ...pop1941(2773), ...SAKHALIN_END },
    place: seat('富内', 'Tonnai', 'Охотское', 'Okhotskoye', { at: [143.15556, 46.85861], source: 'ruwiki-okhotskoye', uncertainty_m: 1500 }, ['ruwiki-okhotskoye', JAWIKI],
      { 'alt_name:ja-Latn': ['Tomunai'] }),
  },
  {
    id: 'shiretoko', kind: 'village', official: ['知床村', 'Shiretoko-mura'],
    facts: { ...admin('otomari', 'toyohara'), ...NO_COUNT, ...SAKHALIN_END },
    place: seat('知床', 'Shiretoko', 'Новиково', 'Novikovo', { at: [143.36386, 46.36449], source: GEONAMES, ref: '2122748', uncertainty_m: 1500 }, [GEONAMES, JAWIKI],
      { note: { en: 'Today Novikovo (GeoNames lists Shiretoko among its other names); that the village office stood there is not confirmed.', ja: '現在のノヴィコヴォ（GeoNamesは別名の一つにShiretokoを挙げる）。村役場がそこにあったことは確認されていない。', ru: 'Ныне Новиково (GeoNames приводит Shiretoko среди других его названий); что управа села стояла там, не подтверждено.' } }),
  },
  {
    id: 'rutaka', kind: 'town', official: ['留多加町', 'Rūtaka-chō'],
    facts: { ...admin('rutaka', 'toyohara'), ...NO_COUNT, ...SAKHALIN_END },
  },
  {
    id: 'sango', kind: 'village', official: ['三郷村', 'Sangō-mura'],
    facts: { ...admin('rutaka', 'toyohara'), ...pop1941(2459), ...SAKHALIN_END },
    place: seat('三郷', 'Sangō', 'Таранай', 'Taranay', { at: [142.42727, 46.61561], source: JAWIKI, uncertainty_m: 1000 }, [JAWIKI],
      { 'alt_name:ja': ['多蘭内'], 'alt_name:ja-Latn': ['Taranai'] }),
  },
  {
    id: 'notoro', kind: 'village', official: ['能登呂村', 'Notoro-mura'],
    facts: { ...admin('rutaka', 'toyohara'), ...pop1941(2415), ...SAKHALIN_END },
    place: seat('能登呂', 'Notoro', 'Кириллово', 'Kirillovo', { at: [142.25, 46.2], source: ESTIMATE, uncertainty_m: 20000 }, [JAWIKI],
      { unconfirmed: ['name:ru', 'name:ru-Latn'],
        note: { en: 'The village of the Notoro (Crillon) peninsula. Its seat\'s modern name Kirillovo is not confirmed by any source read; position estimated within the peninsula.', ja: '能登呂半島（クリリオン半島）の村。役場所在地の現在名キリロヴォは、読んだどの資料でも確認できていない。位置は半島内に推定。', ru: 'Село полуострова Ноторо (Крильонского). Современное название его центра Кириллово не подтверждено ни одним прочитанным источником; положение оценено в пределах полуострова.' } }),
  },
  // ---- 真岡支庁 Maoka subprefecture -------------------------------------
  {
    id: 'maoka', kind: 'town', official: ['真岡町', 'Maoka-chō'],
    facts: {
      ...admin('maoka', 'maoka'),
      population: { min: 19193, max: 28521 }, population_year: 1941, population_sources: [JAWIKI, 'dewiki-kholmsk'],
      population_note: { en: 'Sources disagree: 28,521 (Japanese Wikipedia, 1 Dec 1941) or 19,193 (German Wikipedia).', ja: '資料により28,521人（日本語版ウィキペディア、1941年12月1日）または19,193人（ドイツ語版）。', ru: 'Источники расходятся: 28 521 (японская Википедия, 1 декабря 1941 г.) или 19 193 (немецкая Википедия).' },
      ...control('1945-08-20T07:33+11:00', 'entry', ['vishnevsky-smert-p196', 'enwiki-soviet-assault-maoka'], [
        { claim: { en: 'The landing force reached the Maoka roadstead at 07:33 Soviet time (05:33 JST); the first troops landed minutes later.', ja: '上陸部隊は7時33分（ソ連側時刻、日本時間5時33分）に真岡の泊地に到達し、数分後に最初の部隊が上陸。', ru: 'Десант вышел на рейд Маоки в 7.33 (по советскому времени, 5.33 по японскому); первые подразделения высадились через несколько минут.' },
          sources: ['vishnevsky-smert-p196'], assessment: 'accepted' },
        { claim: { en: 'The whole town was taken by 16:30.', ja: '16時30分までに町全体を制圧。', ru: 'К 16.30 город был занят полностью.' },
          sources: ['bibliboba-iaponiia-169'], assessment: 'accepted' },
      ]),
    },
  },
  {
    id: 'hirochi', kind: 'village', official: ['広地村', 'Hirochi-mura'],
    facts: { ...admin('maoka', 'maoka'), ...pop1941(4623), ...control('1945-08-23T00:00+09:00', 'bound', ['bibliboba-iaponiia-169']) },
    place: seat('広地', 'Hirochi', 'Правда', 'Pravda', { geonames: 2121874 }, [GEONAMES, JAWIKI]),
  },
  {
    id: 'randomari', kind: 'village', official: ['蘭泊村', 'Randomari-mura'],
    facts: { ...admin('maoka', 'maoka'), ...NO_COUNT, ...SAKHALIN_END },
    place: seat('蘭泊', 'Randomari', 'Яблочный', 'Yablochny', { geonames: 2119640, uncertainty_m: 3000 }, [GEONAMES, JAWIKI]),
  },
  {
    id: 'shimizu', kind: 'village', official: ['清水村', 'Shimizu-mura'],
    facts: { ...admin('maoka', 'maoka'), ...pop1941(4205), ...control('1945-08-22T00:00+09:00', 'entry', ['goo-n4550-maoka-road', 'vishnevsky-siritor-p102']) },
    place: seat('清水', 'Shimizu', 'Пятиречье', 'Pyatirechye', { at: [142.27083, 47.01806], source: 'ruwiki-pyatirechye', uncertainty_m: 1500 },
      [JAWIKI, 'ruwiki-pyatirechye', 'gaponenko-mizuho-2012'], {
        'alt_name:ja': ['逢坂'], 'alt_name:ja-Latn': ['Ōsaka'],
        note: {
          en: 'Village office at 逢坂 (Ōsaka) on the Hōshin line, today Pyatirechye (Japanese Wikipedia for the office; Russian Wikipedia for the point; Gaponenko, who names Futomata, Ōsaka and Shimizu as today\'s Chaplanovo, Pyatirechye and Chistovodnoye). The coordinates in the Japanese Wikipedia\'s infobox lie at Chaplanovo (Futamata), 7 km from Ōsaka, against its own "office at Ōsaka"; the point here is Pyatirechye\'s. The village also held Mizuho (Pozharskoye).',
          ja: '村役場は豊真線の逢坂にあった。現在のピャチレチエ（役場は日本語版ウィキペディア、地点はロシア語版ウィキペディアによる。ガポネンコは二股・逢坂・清水を現在のチャプラノヴォ・ピャチレチエ・チストヴォドノエとする）。日本語版ウィキペディアの基礎情報の座標は逢坂から7km離れたチャプラノヴォ（二股）を指し、同じ記事の「役場所在地 逢坂」と合わないため、地点はピャチレチエのものとした。村内には瑞穂（現パジャルスコエ）もあった。',
          ru: 'Управа села находилась в Осаке (逢坂) на линии Хосин-сэн, ныне Пятиречье (управа — по японской Википедии, точка — по русской; Гапоненко называет Футомату, Осаку и Симидзу нынешними Чапланово, Пятиречьем и Чистоводным). Координаты в карточке японской Википедии указывают на Чапланово (Футамату), в 7 км от Осаки, вопреки её же «управа в Осаке»; здесь дана точка Пятиречья. К селу относилось и Мидзухо (Пожарское).',
        },
      }),
  },
  {
    id: 'konotoro', kind: 'village', official: ['小能登呂村', 'Konotoro-mura'],
    facts: { ...admin('maoka', 'maoka'), ...pop1941(3136), ...SAKHALIN_END },
    place: seat('小能登呂', 'Konotoro', 'Костромское', 'Kostromskoye', { at: [142.02333, 47.31306], source: JAWIKI, uncertainty_m: 1000 }, [JAWIKI]),
  },
  {
    id: 'noda', kind: 'town', official: ['野田町', 'Noda-chō'],
    facts: { ...admin('maoka', 'maoka'), ...pop1941(7366), ...SAKHALIN_END },
    place: seat('野田', 'Noda', 'Чехов', 'Chekhov', { geonames: 2126250 }, [GEONAMES, JAWIKI], { 'name:ru-Kana': 'チェーホフ' }),
  },
  {
    id: 'honto', kind: 'town', official: ['本斗町', 'Honto-chō'],
    facts: { ...admin('honto', 'maoka'), ...pop1941(11201), ...SAKHALIN_END },
  },
  {
    id: 'naihoro', kind: 'town', official: ['内幌町', 'Naihoro-chō'],
    facts: {
      ...admin('honto', 'maoka'), ...pop1941(10957, ['karafuto-ie-t-naihoro']),
      population_note: { en: 'From a private site whose 1941 column matches the Japanese Wikipedia figures wherever both exist; the Wikipedia figure itself was not reachable.', ja: '1941年の欄が日本語版ウィキペディアの数値と一致する私設サイトによる。ウィキペディアの数値自体は参照できなかった。', ru: 'По частному сайту, чьи данные за 1941 г. совпадают с японской Википедией везде, где есть обе цифры; сама цифра Википедии недоступна.' },
      ...SAKHALIN_END,
    },
  },
  {
    id: 'koni', kind: 'village', official: ['好仁村', 'Kōni-mura'],
    facts: { ...admin('honto', 'maoka'), ...pop1941(4855), ...SAKHALIN_END },
    place: seat('好仁', 'Kōni', 'Шебунино', 'Shebunino', { geonames: 2121324 }, [GEONAMES, JAWIKI]),
  },
  {
    id: 'kaiba', kind: 'village', official: ['海馬村', 'Kaiba-mura'],
    facts: {
      ...admin('honto', 'maoka'), ...pop1941(751),
      ...control('1945-08-25T05:00+11:00', 'bound', ['vishnevsky-siritor-p102'], [
        { claim: { en: 'Soviet troops entered Kita-Kotan, the village centre, some days after 24 Aug, when the first boats had left for Wakkanai; most islanders fled to Hokkaido with nothing (islanders\' memoirs).', ja: '8月24日に最初の漁船が稚内へ発った数日後、ソ連軍が村の中心の北古丹に入った。島民の多くはすべてを置いて北海道へ逃れた（島民の手記）。', ru: 'Советские войска вошли в Кита-Котан, центр села, через несколько дней после 24 августа, когда первые лодки ушли в Вакканай; большинство жителей бежали на Хоккайдо, бросив всё (воспоминания островитян).' },
          sources: ['kaiba-hikiage'], assessment: 'accepted' },
      ]),
    },
    place: seat('海馬', 'Kaiba', 'остров Монерон', 'Moneron Island', { at: [141.2519, 46.259], source: 'note-karafuto-kaiba', uncertainty_m: 3000 }, ['note-karafuto-kaiba', JAWIKI],
      { 'alt_name:ja': ['海馬島', '北古丹'], 'alt_name:ja-Latn': ['Kaibatō', 'Kita-Kotan'], modern_name_since: null,
        note: { en: 'The village of Kaibatō (Moneron Island), office at 北古丹 (Kita-Kotan). No settlement today. Position of the office from a private gazetteer of old maps; the radius covers the island\'s centre.', ja: '海馬島（モネロン島）の村で、役場は北古丹にあった。現在は集落がない。役場の位置は古地図にもとづく私設の地名辞典による。誤差半径は島の中央まで含む。', ru: 'Село острова Кайбато (Монерон), управа в Кита-Котане (北古丹). Ныне поселений нет. Положение управы — по частному справочнику названий со старых карт; радиус охватывает центр острова.' } }),
  },
  {
    id: 'tomarioru', kind: 'town', official: ['泊居町', 'Tomarioru-chō'],
    facts: { ...admin('tomarioru', 'maoka'), ...pop1941(11177, ['karafuto-ie-t-tomarioru']), ...SAKHALIN_END },
  },
  {
    id: 'nayori', kind: 'village', official: ['名寄村', 'Nayori-mura'],
    facts: { ...admin('tomarioru', 'maoka'), ...NO_COUNT, ...SAKHALIN_END },
    place: seat('名寄', 'Nayori', 'Пензенское', 'Penzenskoye', { at: [142.13, 47.88], source: ESTIMATE, uncertainty_m: 8000 }, [JAWIKI],
      { note: { en: 'Village office beside Karafuto-Nayori station, today Penzenskaya station (Penzenskoye). Not Nayoro, the Hokkaido city. Position estimated (no coordinate source reached).', ja: '村役場は樺太名寄駅のそばにあった。同駅は現在のペンゼンスカヤ駅（ペンゼンスコエ）。北海道の名寄市（なよろし）とは別。位置は推定（座標の資料には当たれなかった）。', ru: 'Управа села — у станции Карафуто-Наёри, ныне станция Пензенская (Пензенское). Не путать с Наёро, городом на Хоккайдо. Положение оценено (источник координат не найден).' } }),
  },
  {
    id: 'kushunnai', kind: 'village', official: ['久春内村', 'Kushunnai-mura'],
    facts: { ...admin('tomarioru', 'maoka'), ...pop1941(2931), ...SAKHALIN_END },
    place: seat('久春内', 'Kushunnai', 'Ильинское', "Il'inskoye", { at: [142.20139, 47.99194], source: 'ruwiki-ilyinskoye', uncertainty_m: 1000 }, ['ruwiki-ilyinskoye', JAWIKI],
      { 'alt_name:ru': ['Ильинский'], 'alt_name:ru-Latn': ['Ilyinsky'] }),
  },
  // ---- 恵須取支庁 Esutoru subprefecture ---------------------------------
  {
    id: 'esutoru', kind: 'town', official: ['恵須取町', 'Esutoru-chō'],
    facts: { ...admin('esutoru', 'esutoru'), ...pop1941(39026), ...control('1945-08-19T00:00+09:00', 'bound', ['enwiki-soviet-assault-toro']) },
  },
  {
    id: 'toro', kind: 'town', official: ['塔路町', 'Tōro-chō'],
    facts: { ...admin('esutoru', 'esutoru'), ...pop1941(30270), ...control('1945-08-16T00:00+09:00', 'entry', ['enwiki-soviet-assault-toro', 'militera-tof-13']) },
  },
  {
    id: 'chinnai', kind: 'town', official: ['珍内町', 'Chinnai-chō'],
    facts: { ...admin('esutoru', 'esutoru'), ...pop1941(15430), ...SAKHALIN_END },
    place: seat('珍内', 'Chinnai', 'Красногорск', 'Krasnogorsk', { geonames: 2124187 }, [GEONAMES, JAWIKI]),
  },
  {
    id: 'ushiro', kind: 'village', official: ['鵜城村', 'Ushiro-mura'],
    facts: { ...admin('esutoru', 'esutoru'), ...pop1941(3795), ...COMMUNIQUE_21_AUG },
    place: seat('鵜城', 'Ushiro', 'Орлово', 'Orlovo', { at: [141.94336, 48.84484], source: JAWIKI, uncertainty_m: 1500 }, [JAWIKI]),
  },
  {
    id: 'nishisakutan', kind: 'village', official: ['西柵丹村', 'Nishi-Sakutan-mura'],
    facts: { ...admin('nayoshi', 'esutoru'), ...pop1941(9296), ...control('1945-08-15T00:00+09:00', 'bound', ['jawiki-karafuto-battle']) },
    place: seat('西柵丹', 'Nishi-Sakutan', 'Бошняково', 'Boshnyakovo', { geonames: 2126493 }, [GEONAMES, JAWIKI]),
  },
  {
    id: 'nayoshi', kind: 'town', official: ['名好町', 'Nayoshi-chō'],
    facts: { ...admin('nayoshi', 'esutoru'), ...NO_COUNT, ...SAKHALIN_END },
    place: seat('名好', 'Nayoshi', 'Лесогорск', 'Lesogorsk', { at: [142.12, 49.44], source: ESTIMATE, uncertainty_m: 8000 }, [JAWIKI],
      { modern_name_since: 1946, note: { en: 'Renamed Lesogorsk in 1946 as the centre of one of the new districts; a village (Lesogorskoye) today. Position estimated (no coordinate source reached).', ja: '1946年、新設された地区の一つの中心としてレソゴルスクと改称。現在は村（レソゴルスコエ）。位置は推定（座標の資料には当たれなかった）。', ru: 'В 1946 г. переименован в Лесогорск как центр одного из новых районов; ныне село (Лесогорское). Положение оценено (источник координат не найден).' } }),
  },
  // ---- 敷香支庁 Shikuka subprefecture -----------------------------------
  {
    id: 'shikuka', kind: 'town', official: ['敷香町', 'Shikuka-chō'],
    facts: { ...admin('shikuka', 'shikuka'), ...pop1941(30310), ...COMMUNIQUE_21_AUG },
  },
  {
    id: 'nairo', kind: 'village', official: ['内路村', 'Nairo-mura'],
    facts: { ...admin('shikuka', 'shikuka'), ...pop1941(4524), ...COMMUNIQUE_21_AUG },
    place: seat('内路', 'Nairo', 'Гастелло', 'Gastello', { geonames: 2125626 }, [GEONAMES, JAWIKI]),
  },
  {
    id: 'tomarikishi', kind: 'village', official: ['泊岸村', 'Tomarikishi-mura'],
    facts: { ...admin('shikuka', 'shikuka'), ...pop1941(4846), ...control('1945-08-22T03:00+09:00', 'bound', ['vishnevsky-siritor-p71']) },
    place: seat('泊岸', 'Tomarikishi', 'Лермонтовка', 'Lermontovka', { at: [142.8589, 48.9944], source: JAWIKI, uncertainty_m: 5000 }, [JAWIKI, 'ruwiki-lermontovka'],
      { 'alt_name:ja-Latn': ['Tomarigishi'],
        note: { en: 'The settlement of Tomarikishi (Tomarigishi), which gave the village its name, is today Lermontovka, renamed after the poet on 15 Oct 1947 (Russian Wikipedia); that the office stood there is not confirmed. The village also covered today\'s Vakhrushev and Novoye. Office point from the Japanese Wikipedia article.', ja: '村名のもとになった泊岸の集落は現在のレールモントフカで、1947年10月15日にレールモントフにちなんで改称された（ロシア語版ウィキペディア）。役場がそこにあったことは確認されていない。村域には現在のヴァフルシェフとノヴォエも含まれた。役場の地点は日本語版ウィキペディアの記事による。', ru: 'Томаригиси (泊岸), давшее селу имя, — ныне Лермонтовка, 15 октября 1947 г. названная в честь поэта (русская Википедия); что управа стояла там, не подтверждено. К селу относились и нынешние Вахрушев и Новое. Точка управы — по статье японской Википедии.' } }),
  },
  {
    id: 'chirie', kind: 'village', official: ['散江村', 'Chirie-mura'],
    facts: { ...admin('shikuka', 'shikuka'), ...pop1941(2794), ...SAKHALIN_END },
    place: seat('散江', 'Chirie', null, null, { at: [142.9, 48.8], source: ESTIMATE, uncertainty_m: 20000 }, [JAWIKI],
      { 'alt_name:ja': ['能登'], 'alt_name:ja-Latn': ['Noto'],
        note: { en: 'Village office at 能登 (Noto); the village is today\'s Kochkovo and Vladimirovo, and which of them was Noto is not resolved (null modern name). Position estimated.', ja: '村役場は能登にあった。村域は現在のコチコヴォとウラジーミロヴォにあたり、どちらが能登だったかは決着していない（現在名は空欄）。位置は推定。', ru: 'Управа села находилась в Ното (能登); село — это нынешние Кочково и Владимирово, и какое из них было Ното, не выяснено (современное название не указано). Положение оценено.' } }),
  },
  {
    id: 'mototomari', kind: 'village', official: ['元泊村', 'Mototomari-mura'],
    facts: { ...admin('mototomari', 'shikuka'), ...pop1941(7757), ...SAKHALIN_END },
    place: seat('元泊', 'Mototomari', 'Восточное', 'Vostochnoye', { at: [142.63, 48.28], source: JAWIKI, uncertainty_m: 2000 }, [JAWIKI],
      { 'alt_name:ja-Latn': ['Motodomari'] }),
  },
  {
    id: 'hoyori', kind: 'village', official: ['帆寄村', 'Hoyori-mura'],
    facts: { ...admin('mototomari', 'shikuka'), ...pop1941(1787), ...SAKHALIN_END },
    // The village office stood at 馬群潭 (Maguntan), also the East line's station there.
    place: seat('帆寄', 'Hoyori', 'Пугачёво', 'Pugachyovo', { at: [142.5445, 48.2031], source: JAWIKI, uncertainty_m: 1000 }, [JAWIKI],
      { 'alt_name:ja': ['馬群潭'], 'alt_name:ja-Latn': ['Maguntan'] }),
  },
  {
    id: 'shiritoru', kind: 'town', official: ['知取町', 'Shirutoru-chō'],
    facts: {
      ...admin('mototomari', 'shikuka'), ...pop1941(18216),
      ...control('1945-08-22T03:00+09:00', 'entry', ['vishnevsky-siritor-p71']),
    },
  },
  // ---- 根室支庁 Nemuro subprefecture (Hokkaido): the villages of the southern Kurils --
  {
    id: 'shakotan', kind: 'village', official: ['色丹村', 'Shikotan-mura'],
    facts: {
      ...admin('shikotan', 'nemuro'), ...pop1945(1038),
      ...control('1945-09-01T06:55+09:00', 'entry', ['hoppou-blog-8915', 'hoppou-blog-heritage-43']),
    },
  },
  {
    id: 'tomari_kunashiri', kind: 'village', official: ['泊村', 'Tomari-mura'],
    facts: {
      ...admin('kunashiri', 'nemuro'), ...pop1945(4864),
      ...control('1945-09-01T05:00+09:00', 'entry', ['hoppou-blog-8915', 'polkrf-3211']),
    },
    place: kurilSeat('泊', 'Tomari', 'Головнино', 'Golovnino', { at: [145.51, 43.74], source: ESTIMATE, uncertainty_m: 6000 }, ['sakhalin-info-179254', HOPPOU],
      { en: 'Village of south-western Kunashiri; Furukamappu (Yuzhno-Kurilsk) belonged to it. Renamed Golovnino by the RSFSR decree of 15 Oct 1947 (sakhalin.info). Not the Hokkaido Tomari. Position estimated.', ja: '国後島南西部の村で、古釜布（ユジノクリリスク）もこの村に属した。1947年10月15日のロシア共和国最高会議幹部会令によりゴロヴニノと改称（sakhalin.info）。北海道の泊村とは別。位置は推定。', ru: 'Село на юго-западе Кунашира; к нему относился Фурукамаппу (Южно-Курильск). Переименовано в Головнино указом Президиума Верховного Совета РСФСР от 15 октября 1947 г. (sakhalin.info). Не путать с Томари на Хоккайдо. Положение оценено.' }, 1947),
  },
  {
    id: 'ruyobetsu', kind: 'village', official: ['留夜別村', 'Ruyobetsu-mura'],
    facts: {
      ...admin('kunashiri', 'nemuro'), ...pop1945(2500),
      ...control('1945-09-01T00:00+09:00', 'surrender', ['polkrf-3211']),
    },
    place: kurilSeat('留夜別', 'Ruyobetsu', null, null, { at: [146.0, 44.3], source: ESTIMATE, uncertainty_m: 20000 }, [HOPPOU],
      { en: 'Village of north-eastern Kunashiri, office at 乳呑路 (Chinomiji); its settlements are abandoned (null modern name). Control: the Kunashiri garrison\'s surrender on 1 Sep. Position estimated.', ja: '国後島北東部の村で、役場は乳呑路にあった。集落はいずれも廃絶している（現在名は空欄）。占領の日付は9月1日の国後島守備隊の降伏による。位置は推定。', ru: 'Село на северо-востоке Кунашира, управа в Тиномидзи (乳呑路); его поселения заброшены (современное название не указано). Дата занятия — капитуляция гарнизона Кунашира 1 сентября. Положение оценено.' }, null),
  },
  {
    id: 'rubetsu', kind: 'village', official: ['留別村', 'Rubetsu-mura'],
    facts: { ...admin('etorofu', 'nemuro'), ...pop1945(2258), ...control('1945-08-28T00:00+09:00', 'entry', ['sankei-2020-08-27', 'hoppou-blog-2021-08-28', 'polkrf-3211']) },
  },
  {
    id: 'shana', kind: 'village', official: ['紗那村', 'Shana-mura'],
    facts: { ...admin('shana', 'nemuro'), ...pop1945(1001), ...control('1945-09-03T00:00+09:00', 'entry', ['hoppou-blog-2021-08-28']) },
    place: { ...seat('紗那', 'Shana', 'Курильск', 'Kurilsk', { geonames: 2123979 }, [GEONAMES, HOPPOU],
      { 'name:ru-Kana': 'クリリスク', modern_name_since: 1946, note: { en: 'Village seat on Etorofu. Renamed Kurilsk in 1946 as the centre of one of the new districts.', ja: '択捉島にあった村役場の所在地。1946年、新設された地区の一つの中心としてクリリスクと改称。', ru: 'Центр села Сяна на Итурупе. В 1946 г. переименован в Курильск как центр одного из новых районов.' } }), region: 'chishima' },
  },
  {
    id: 'shibetoro', kind: 'village', official: ['蘂取村', 'Shibetoro-mura'],
    facts: {
      ...admin('shibetoro', 'nemuro'), ...pop1945(349),
      ...control('1945-08-30T00:00+09:00', 'surrender', ['latyshev-zilanov-kurily-p69']),
    },
    place: kurilSeat('蘂取', 'Shibetoro', null, null, { at: [148.78, 45.51], source: ESTIMATE, uncertainty_m: 15000 }, [HOPPOU],
      { en: 'Village of north-eastern Etorofu, office at the mouth of the Shibetoro river; abandoned, inside a nature reserve; its Russian name is disputed (Rudnaya, Slavnoye), so null. Control: the Etorofu garrison laid down its arms on 30 Aug. Position estimated.', ja: '択捉島北東部の村で、役場は蘂取川の河口にあった。現在は無人で、自然保護区の中にある。ロシア語名は諸説ある（ルドナヤ、スラヴノエ）ため空欄。占領の日付は、択捉島の守備隊が武器を置いた8月30日による。位置は推定。', ru: 'Село на северо-востоке Итурупа, управа в устье реки Сибэторо; заброшено, находится в заповеднике; русское название спорно (Рудная, Славное), поэтому не указано. Дата занятия — 30 августа, когда гарнизон Итурупа сложил оружие. Положение оценено.' }, null),
  },
];

/** A new place in the Kurils for a village seat. */
function kurilSeat(ja: string, latn: string, ru: string | null, ruLatn: string | null, coord: PlaceSpec['coord'], sources: string[],
  note: LocalizedText, since: number | null): Omit<PlaceSpec, 'id' | 'kind'> {
  return { region: 'chishima', 'name:ja': ja, 'name:ja-Latn': latn, 'name:ru': ru, 'name:ru-Latn': ruLatn, modern_name_since: since, coord, sources, note };
}

/** The official count of 15 Aug 1945 for a village of the four islands. */
function pop1945(n: number) {
  return { population: n, population_year: 1945, population_sources: [HOPPOU] };
}

/**
 * Control dates of the islands (first Soviet troops), and the Habomai islands'
 * people, who belonged to Habomai village, whose seat on Hokkaido stayed Japanese.
 */
export const islandFacts: Record<string, MunicipalFacts> = {
  shumushu: control('1945-08-18T04:20+12:00', 'entry', ['enwiki-battle-shumshu', 'navsit-16-shumshu']),
  paramushiro: control('1945-08-23T00:00+09:00', 'surrender', ['tululu-55641-930', 'enwiki-battle-shumshu']),
  onekotan: control('1945-08-25T00:00+09:00', 'entry', ['ria-2025-08-18', 'hoppou-blog-2020-08-26']),
  matsuwa: control('1945-08-25T00:00+09:00', 'entry', ['ria-2025-08-18'], [
    { claim: { en: 'A reconnaissance detachment landed and the garrison capitulated on 25 Aug.', ja: '8月25日に偵察隊が上陸し、守備隊が降伏。', ru: 'Разведывательный отряд высадился, гарнизон капитулировал 25 августа.' },
      sources: ['ria-2025-08-18'], assessment: 'accepted' },
    { claim: { en: 'The main force occupied the island on 26–27 Aug.', ja: '主力による占領は8月26〜27日。', ru: 'Основные силы заняли остров 26–27 августа.' },
      sources: ['rgo-matua', 'knowledger-matua'], assessment: 'disputed' },
  ]),
  shasukotan: control('1945-08-25T00:00+09:00', 'surrender', ['ria-2025-08-18', 'hoppou-blog-2020-08-26']),
  // The Sovinformburo communiqué of 28 Aug lists Shinshiru (Simushir) among the islands occupied: held by the end of that day.
  shimushiru: control('1945-08-29T00:00+09:00', 'bound', ['zabnews-sovinformburo-1945-08-28']),
  uruppu: control('1945-08-30T00:00+09:00', 'entry', ['rulit-zapad-vostok-52', 'hoppou-blog-2020-09-01']),
  etorofu: control('1945-08-28T00:00+09:00', 'entry', ['polkrf-3211', 'hoppou-blog-isan-tsuzuri-7']),
  kunashiri: control('1945-09-01T05:00+09:00', 'entry', ['hoppou-blog-8915', 'polkrf-3211']),
  shikotan: control('1945-09-01T06:55+09:00', 'entry', ['hoppou-blog-8915', 'hoppou-blog-heritage-43']),
  habomai: {
    ...pop1945(5281),
    ...control('1945-09-03T00:00+09:00', 'entry', ['hoppou-blog-heritage-43'], [
      { claim: { en: 'Soviet troops landed on each island on 3 Sep (Nemuro subprefecture report of 5 Sep).', ja: '9月3日、ソ連軍が各島に上陸（9月5日付根室支庁報告）。', ru: 'Советские войска высадились на каждый остров 3 сентября (донесение округа Немуро от 5 сентября).' },
        sources: ['hoppou-blog-heritage-43'], assessment: 'accepted' },
      { claim: { en: 'Occupied between 1 and 5 Sep (other accounts).', ja: '9月1日から5日の間に占領（他の記述）。', ru: 'Заняты между 1 и 5 сентября (другие источники).' },
        sources: ['hoppou-blog-isan-tsuzuri-7'], assessment: 'disputed' },
    ]),
  },
};
