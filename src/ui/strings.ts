/**
 * Every interface string in English, Japanese and Russian (many readers read
 * Japanese or Russian, not English), and the accessors that pick a language.
 *
 * HOW TO ADD A STRING
 * 1. Add one line to {@link STRINGS}: `myKey: { en: '…', ja: '…', ru: '…' },`
 *    All three are required (the type checker says so). Write natural text in
 *    each language, not a word-for-word gloss; `{name}` placeholders are filled
 *    by `t(key, lang, {name: …})`.
 * 2. Read it with `t('myKey', state.lang)` (or `strings(lang).myKey`), at render
 *    time: the language can change at any moment without a reload, so a control
 *    keeps a function that re-applies its texts when `state.lang` changes.
 * 3. Run `npm run fonts`: the page font is subset to the characters of this
 *    file and geo/ (src/style/font_coverage.test.ts fails otherwise).
 * Never build DOM with innerHTML from these strings; use textContent.
 */
import { LANGS, isLang, langFromNavigator, type Lang } from '../core/lang.ts';

export { LANGS, isLang, langFromNavigator, type Lang };

/** One string in every interface language. */
export type Translation = Readonly<Record<Lang, string>>;

/** Each language's own name, shown as is whatever the interface language. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', ja: '日本語', ru: 'Русский' };

/** Language-neutral punctuation the popups use, listed here so the font subset has it. */
export const PUNCT = { until: ' → ', range: '–', unknown: '—', plusMinus: '±', separator: ' · ', nbsp: ' ' } as const;

/** The table of interface strings. */
export const STRINGS = {
  title: { en: 'Karafuto 1945', ja: '樺太 1945', ru: 'Карафуто 1945' },
  pageTitle: { en: 'Karafuto 1945 · 樺太 1945 · Сахалин 1945', ja: '樺太 1945 · Karafuto 1945 · Сахалин 1945', ru: 'Сахалин 1945 · 樺太 1945 · Karafuto 1945' },
  subtitle: {
    en: 'Soviet invasion of South Sakhalin and the Kurils, and the evacuation of Japanese civilians',
    ja: 'ソ連軍の南樺太・千島侵攻と日本人住民の緊急疎開',
    ru: 'Вторжение советских войск на Южный Сахалин и Курилы и эвакуация японского мирного населения',
  },
  language: { en: 'Language', ja: '言語', ru: 'Язык' },
  names: { en: 'Place names', ja: '地名', ru: 'Названия мест' },
  names1945: { en: 'As in 1945', ja: '1945年当時', ru: 'Как в 1945 году' },
  namesModern: { en: 'Modern', ja: '現在', ru: 'Современные' },
  namesBoth: { en: 'Both', ja: '両方', ru: 'Оба' },
  script: { en: 'Script', ja: '表記', ru: 'Письменность' },
  scriptNative: { en: 'Original (kanji, Cyrillic)', ja: '原語（漢字・キリル文字）', ru: 'Исходная (иероглифы, кириллица)' },
  scriptLatin: { en: 'Latin letters', ja: 'ローマ字', ru: 'Латиница' },
  scriptBoth: { en: 'Both', ja: '両方', ru: 'Обе' },
  map: { en: 'Map', ja: '地図', ru: 'Карта' },
  panel: { en: 'Controls and events', ja: '操作と出来事', ru: 'Управление и события' },
  time: { en: 'Time', ja: '日時', ru: 'Время' },
  date: { en: 'Date', ja: '日付', ru: 'Дата' },
  play: { en: '▶ Play', ja: '▶ 再生', ru: '▶ Пуск' },
  pause: { en: '‖ Pause', ja: '‖ 一時停止', ru: '‖ Пауза' },
  speed: { en: 'Speed', ja: '速度', ru: 'Скорость' },
  speedUnit: { en: 'h/s', ja: '時間/秒', ru: 'ч/с' },
  stepBack: { en: '◀ Day', ja: '◀ 1日前', ru: '◀ День' },
  stepForward: { en: 'Day ▶', ja: '1日後 ▶', ru: 'День ▶' },
  stepBackTitle: { en: 'Back one day', ja: '1日戻る', ru: 'На день назад' },
  stepForwardTitle: { en: 'Forward one day', ja: '1日進む', ru: 'На день вперёд' },
  prevEvent: { en: '« Event', ja: '« 前の出来事', ru: '« Событие' },
  nextEvent: { en: 'Event »', ja: '次の出来事 »', ru: 'Событие »' },
  prevEventTitle: { en: 'Previous event', ja: '前の出来事へ', ru: 'Предыдущее событие' },
  nextEventTitle: { en: 'Next event', ja: '次の出来事へ', ru: 'Следующее событие' },
  loop: { en: 'Loop', ja: 'くり返し', ru: 'Повтор' },
  keyboardHelp: {
    en: 'Keys: Space play/pause · ←/→ hour (Shift: day) · PageUp/PageDown event · Home/End start/end',
    ja: 'キー操作：Space 再生／停止 · ←/→ 1時間（Shift：1日） · PageUp/PageDown 出来事 · Home/End 最初／最後',
    ru: 'Клавиши: Space — пуск/пауза · ←/→ — час (Shift — день) · PageUp/PageDown — событие · Home/End — начало/конец',
  },
  events: { en: 'Events', ja: '出来事', ru: 'События' },
  aftermath: { en: 'Aftermath', ja: 'その後', ru: 'Последствия' },
  placesInView: { en: 'Places in view', ja: '表示中の地名', ru: 'Места на карте' },
  legend: { en: 'Legend', ja: '凡例', ru: 'Условные обозначения' },
  legendEvent: { en: 'Event (larger: last 24 h)', ja: '出来事（大きい印：直近24時間）', ru: 'Событие (крупнее — за последние 24 ч)' },
  legendPlace: { en: 'Place', ja: '地点', ru: 'Место' },
  legendRouteEnd: { en: '▲ End of a finished route', ja: '▲ 移動を終えた経路の終点', ru: '▲ Конец завершённого маршрута' },
  legendBorder: { en: 'Border 1905–1945 (50°N)', ja: '国境 1905–1945年（北緯50度）', ru: 'Граница 1905–1945 (50° с. ш.)' },
  'route.advance.soviet': { en: 'Soviet advance', ja: 'ソ連軍の進撃', ru: 'Наступление советских войск' },
  'route.landing.soviet': { en: 'Soviet landing (by sea)', ja: 'ソ連軍の上陸（海路）', ru: 'Советский морской десант' },
  'route.advance.japanese': { en: 'Japanese movement', ja: '日本軍の移動', ru: 'Передвижение японских войск' },
  'route.withdrawal.japanese': { en: 'Japanese withdrawal', ja: '日本軍の撤退', ru: 'Отход японских войск' },
  'route.evacuation.japanese': { en: 'Civilian evacuation ship', ja: '民間人の疎開船', ru: 'Судно с эвакуируемыми мирными жителями' },
  'route.attacked_ship.japanese': { en: 'Evacuation ship attacked', ja: '攻撃を受けた疎開船', ru: 'Атакованное эвакуационное судно' },
  noWebgl: {
    en: 'This browser cannot draw the map (WebGL is unavailable). The list of events still works.',
    ja: 'このブラウザでは地図を表示できません（WebGLが使えません）。出来事の一覧は使えます。',
    ru: 'Этот браузер не может показать карту (WebGL недоступен). Список событий работает.',
  },
  hashIgnored: {
    en: 'Some of the link was not understood and was ignored: {list}{more}. The rest of the view is shown.',
    ja: 'リンクの一部を読み取れなかったため無視しました：{list}{more}。それ以外はそのまま表示しています。',
    ru: 'Часть ссылки не распознана и пропущена: {list}{more}. Остальное показано.',
  },
  hashMore: { en: ' and {n} more', ja: ' ほか{n}件', ru: ' и ещё {n}' },
  showPanel: { en: 'Show controls', ja: '操作パネルを表示', ru: 'Показать панель' },
  hidePanel: { en: 'Show map', ja: '地図を表示', ru: 'Показать карту' },
  // Popups
  sources: { en: 'Sources', ja: '出典', ru: 'Источники' },
  accounts: { en: 'Accounts differ', ja: '諸説あり', ru: 'Версии расходятся' },
  unconfirmed: { en: '(unconfirmed)', ja: '（未確認）', ru: '(не подтверждено)' },
  also: { en: 'also', ja: '別名', ru: 'также' },
  name1945: { en: '1945', ja: '1945年', ru: '1945 г.' },
  name1945Latin: { en: '1945 (Latin)', ja: '1945年（ローマ字）', ru: '1945 г. (латиница)' },
  nameModern: { en: 'Modern', ja: '現在', ru: 'Сейчас' },
  nameModernLatin: { en: 'Modern (Latin)', ja: '現在（ローマ字）', ru: 'Сейчас (латиница)' },
  nameEnglish: { en: 'English', ja: '英語', ru: 'По-английски' },
  modernSince: { en: 'named {name} since {year}', ja: '{year}年から「{name}」', ru: 'называется «{name}» с {year} г.' },
  units: { en: 'Units: {list}', ja: '部隊：{list}', ru: 'Части: {list}' },
  ships: { en: 'Ships: {list}', ja: '船舶：{list}', ru: 'Суда: {list}' },
  people: { en: 'People: {n}', ja: '人数：{n}', ru: 'Людей: {n}' },
  confidence: { en: 'Confidence: {text}', ja: '確度：{text}', ru: 'Достоверность: {text}' },
  'side.soviet': { en: 'Soviet', ja: 'ソ連', ru: 'СССР' },
  'side.japanese': { en: 'Japanese', ja: '日本', ru: 'Япония' },
  'routeKind.landing': { en: 'landing', ja: '上陸', ru: 'высадка' },
  'routeKind.advance': { en: 'advance', ja: '進撃', ru: 'наступление' },
  'routeKind.evacuation': { en: 'evacuation', ja: '疎開', ru: 'эвакуация' },
  'routeKind.attacked_ship': { en: 'attacked ship', ja: '攻撃を受けた船', ru: 'атакованное судно' },
  'routeKind.withdrawal': { en: 'withdrawal', ja: '撤退', ru: 'отход' },
  'mode.sea': { en: 'by sea', ja: '海路', ru: 'морем' },
  'mode.land': { en: 'by land', ja: '陸路', ru: 'по суше' },
  'placeKind.town': { en: 'town', ja: '町', ru: 'город' },
  'placeKind.village': { en: 'village', ja: '村', ru: 'село' },
  'placeKind.port': { en: 'port', ja: '港', ru: 'порт' },
  'placeKind.station': { en: 'station', ja: '駅', ru: 'станция' },
  'placeKind.mine': { en: 'mine', ja: '鉱山', ru: 'рудник' },
  'placeKind.frontier_post': { en: 'frontier post', ja: '国境の警備所', ru: 'пограничный пост' },
  'placeKind.fortified_district': { en: 'fortified district', ja: '要塞地帯', ru: 'укреплённый район' },
  'placeKind.island': { en: 'island', ja: '島', ru: 'остров' },
  'placeKind.island_group': { en: 'island group', ja: '諸島', ru: 'группа островов' },
  'placeKind.cape': { en: 'cape', ja: '岬', ru: 'мыс' },
  'placeKind.beach': { en: 'beach', ja: '海岸', ru: 'берег' },
  'placeKind.pass': { en: 'pass', ja: '峠', ru: 'перевал' },
  'placeKind.bay': { en: 'bay', ja: '湾', ru: 'залив' },
  'placeKind.river_mouth': { en: 'river mouth', ja: '河口', ru: 'устье реки' },
  'placeKind.wreck': { en: 'wreck', ja: '沈没地点', ru: 'место гибели судна' },
  'placeKind.sea_area': { en: 'sea area', ja: '海域', ru: 'акватория' },
  'region.karafuto': { en: 'Karafuto (South Sakhalin)', ja: '樺太', ru: 'Карафуто (Южный Сахалин)' },
  'region.chishima': { en: 'Kuril Islands', ja: '千島列島', ru: 'Курильские острова' },
  'region.hokkaido': { en: 'Hokkaido', ja: '北海道', ru: 'Хоккайдо' },
  'region.honshu': { en: 'Honshu', ja: '本州', ru: 'Хонсю' },
  'region.kamchatka': { en: 'Kamchatka', ja: 'カムチャツカ', ru: 'Камчатка' },
  'region.mainland': { en: 'Asian mainland', ja: '大陸', ru: 'материк' },
  'assessment.accepted': { en: 'Accepted', ja: '有力', ru: 'Принято' },
  'assessment.disputed': { en: 'Disputed', ja: '異論あり', ru: 'Оспаривается' },
  'assessment.rejected': { en: 'Rejected', ja: '否定', ru: 'Отвергнуто' },
  'figure.troops': { en: 'Troops', ja: '兵力', ru: 'Войска' },
  'figure.killed': { en: 'Killed', ja: '死者', ru: 'Погибло' },
  'figure.missing': { en: 'Missing', ja: '行方不明', ru: 'Пропало без вести' },
  'figure.wounded': { en: 'Wounded', ja: '負傷者', ru: 'Ранено' },
  'figure.civilians_killed': { en: 'Civilians killed', ja: '民間人の死者', ru: 'Погибло мирных жителей' },
  'figure.evacuated': { en: 'Evacuated', ja: '疎開者', ru: 'Эвакуировано' },
  'figure.captured': { en: 'Captured', ja: '捕虜', ru: 'Взято в плен' },
  'figure.ships': { en: 'Ships', ja: '船舶', ru: 'Судов' },
  'figure.ships_lost': { en: 'Ships lost', ja: '喪失船舶', ru: 'Потеряно судов' },
  // Map controls (maplibre `locale`) and attribution
  zoomIn: { en: 'Zoom in', ja: '拡大', ru: 'Приблизить' },
  zoomOut: { en: 'Zoom out', ja: '縮小', ru: 'Отдалить' },
  resetBearing: { en: 'Reset bearing to north', ja: '北を上にする', ru: 'Повернуть на север' },
  enterFullscreen: { en: 'Enter fullscreen', ja: '全画面表示', ru: 'Во весь экран' },
  exitFullscreen: { en: 'Exit fullscreen', ja: '全画面表示を終了', ru: 'Выйти из полноэкранного режима' },
  toggleAttribution: { en: 'Toggle attribution', ja: '出典表示の切り替え', ru: 'Показать или скрыть источники' },
  popupClose: { en: 'Close', ja: '閉じる', ru: 'Закрыть' },
  mapCanvas: { en: 'Map of South Sakhalin and the Kuril Islands', ja: '南樺太と千島列島の地図', ru: 'Карта Южного Сахалина и Курильских островов' },
  attribution: {
    en: 'Coastlines: Natural Earth · Coordinates: GeoNames · Events and routes: see each popup’s sources',
    ja: '海岸線：Natural Earth · 座標：GeoNames · 出来事と経路：各ポップアップの出典を参照',
    ru: 'Береговая линия: Natural Earth · Координаты: GeoNames · События и маршруты: см. источники во всплывающих окнах',
  },
  // Search, story, figures and export (front-end: ui/search_control.ts, story_control.ts, figures_panel.ts, export.ts)
  'search.label': { en: 'Find a place or event', ja: '地名・出来事を検索', ru: 'Найти место или событие' },
  'search.placeholder': { en: 'Maoka, 真岡, Холмск…', ja: '真岡、Maoka、Холмск…', ru: 'Холмск, Маока, 真岡…' },
  'search.places': { en: 'Places', ja: '地名', ru: 'Места' },
  'search.events': { en: 'Events', ja: '出来事', ru: 'События' },
  'search.none': { en: 'Nothing found', ja: '見つかりません', ru: 'Ничего не найдено' },
  'search.count': { en: '{n} found', ja: '{n}件', ru: 'Найдено: {n}' },
  'story.heading': { en: 'The story', ja: '経過をたどる', ru: 'Ход событий' },
  'story.play': { en: '▶ Play the invasion sequence', ja: '▶ 侵攻の経過を再生', ru: '▶ Показать ход вторжения' },
  'story.pause': { en: '‖ Pause', ja: '‖ 一時停止', ru: '‖ Пауза' },
  'story.resume': { en: '▶ Resume', ja: '▶ 再開', ru: '▶ Продолжить' },
  'story.next': { en: 'Next chapter »', ja: '次の章 »', ru: 'Следующая глава »' },
  'story.stop': { en: '■ End', ja: '■ 終了', ru: '■ Завершить' },
  'story.chapter': { en: 'Chapter {n} of {total}', ja: '第{n}章（全{total}章）', ru: 'Глава {n} из {total}' },
  'story.paused': {
    en: 'Paused: the map is yours. Resume goes on from here.',
    ja: '一時停止中：地図を自由に操作できます。「再開」でここから続きます。',
    ru: 'Пауза: карта в вашем распоряжении. «Продолжить» — с этого места.',
  },
  'story.done': { en: 'The end of the sequence.', ja: '経過の再生は終わりです。', ru: 'Конец рассказа.' },
  'figures.heading': { en: 'Figures as of {date}', ja: '{date}時点の数字', ru: 'Цифры на {date}' },
  'figures.none': { en: 'No figures yet.', ja: 'まだ数字はありません。', ru: 'Пока нет цифр.' },
  'figures.note': {
    en: 'Ranges where sources disagree. While an evacuation or battle is under way, the range runs from what is known so far to its final total, which then replaces its parts; see each event for its sources.',
    ja: '資料により数が異なる場合は幅で示します。疎開や戦闘が続いている間は、判明分から最終的な総数までの幅で示し、総数が確定した時点で個別の数と置き換えます。出典は各出来事を参照。',
    ru: 'Где источники расходятся — диапазон. Пока эвакуация или бой идут, диапазон — от уже известного до итога, который затем заменяет свои части; источники — у каждого события.',
  },
  'export.heading': { en: 'Save', ja: '保存', ru: 'Сохранить' },
  'export.png': { en: 'Map picture (PNG)', ja: '地図の画像（PNG）', ru: 'Изображение карты (PNG)' },
  'export.geojson': { en: 'Data (GeoJSON)', ja: 'データ（GeoJSON）', ru: 'Данные (GeoJSON)' },
  'export.names': { en: 'Place names: {mode}', ja: '地名：{mode}', ru: 'Названия: {mode}' },
  'export.failed': { en: 'The picture could not be made.', ja: '画像を作成できませんでした。', ru: 'Не удалось создать изображение.' },
  'export.webm': { en: 'Playback video (WebM)', ja: '再生の動画（WebM）', ru: 'Видео воспроизведения (WebM)' },
  'export.stopRecording': { en: '■ Stop recording', ja: '■ 録画を終了', ru: '■ Остановить запись' },
  'export.videoFailed': { en: 'This browser cannot record the map.', ja: 'このブラウザでは地図を録画できません。', ru: 'Этот браузер не может записать карту.' },
} as const satisfies Record<string, Translation>;

/** Key of a string in {@link STRINGS}. */
export type StringKey = keyof typeof STRINGS;

/** Values for `{name}` placeholders. */
export type StringVars = Readonly<Record<string, string | number>>;

/**
 * One interface string in a language.
 * @param key - a key of {@link STRINGS}
 * @param lang - interface language
 * @param vars - values for `{placeholders}`; a placeholder without a value stays as written
 * @returns the text
 * @example t('modernSince', 'ja', { name: 'Корсаков', year: 1946 }) // '1946年から「Корсаков」'
 */
export function t(key: StringKey, lang: Lang, vars?: StringVars): string {
  const text: string = STRINGS[key][lang];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}

/**
 * Every interface string in one language.
 * @param lang - interface language
 * @returns an object with the same keys as {@link STRINGS}
 */
export function strings(lang: Lang): Readonly<Record<StringKey, string>> {
  const out = {} as Record<StringKey, string>;
  for (const key of Object.keys(STRINGS) as StringKey[]) out[key] = STRINGS[key][lang];
  return out;
}
