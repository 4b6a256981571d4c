/**
 * Every interface string in English, Japanese and Russian (many readers read
 * Japanese or Russian, not English), and the accessors that pick a language.
 * English is here (the fallback, in the main chunk); Japanese and Russian are
 * chunks of their own (strings_ja.ts, strings_ru.ts), loaded by
 * {@link loadStrings} before the first render in that language and on a switch.
 *
 * HOW TO ADD A STRING
 * 1. Add one line to {@link EN}: `myKey: '…',` and the same key to JA
 *    (strings_ja.ts) and RU (strings_ru.ts); all three are required (the type
 *    checker says so). Write natural text in each language, not a word-for-word
 *    gloss; `{name}` placeholders are filled by `t(key, lang, {name: …})`.
 * 2. Read it with `t('myKey', state.lang)` (or `strings(lang).myKey`), at render
 *    time: the language can change at any moment without a reload, so a control
 *    keeps a function that re-applies its texts when `state.lang` changes.
 * 3. Run `npm run fonts`: the page font is subset to the characters of this
 *    file and geo/ (src/style/font_coverage.test.ts fails otherwise).
 * Never build DOM with innerHTML from these strings; use textContent.
 */
import { LANGS, isLang, langFromNavigator, type Lang } from '../core/lang.ts';
// Only for STRINGS (tests, the font check), which the app never reads: the
// bundle drops these imports, and the tables load through loadStrings.
import { JA } from './strings_ja.ts';
import { RU } from './strings_ru.ts';

export { LANGS, isLang, langFromNavigator, type Lang };

/** One string in every interface language. */
export type Translation = Readonly<Record<Lang, string>>;

/** Each language's own name, shown as is whatever the interface language. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', ja: '日本語', ru: 'Русский' };

/** Language-neutral punctuation the popups use, listed here so the font subset has it. */
export const PUNCT = { until: ' → ', range: '–', unknown: '—', plusMinus: '±', separator: ' · ', nbsp: ' ' } as const;

/** The interface strings in English. */
export const EN = {
  title: 'Karafuto 1945',
  pageTitle: 'Karafuto 1945 · 樺太 1945 · Сахалин 1945',
  subtitle: 'Soviet invasion of South Sakhalin and the Kurils, and the evacuation of Japanese civilians',
  language: 'Language',
  names: 'Place names',
  names1945: 'As in 1945',
  namesModern: 'Modern',
  namesBoth: 'Both',
  script: 'Script',
  scriptNative: 'Original (kanji, Cyrillic)',
  scriptLatin: 'Latin letters',
  scriptBoth: 'Both',
  map: 'Map',
  panel: 'Controls and events',
  time: 'Time',
  date: 'Date',
  play: '▶ Play',
  pause: '‖ Pause',
  speed: 'Speed',
  speedUnit: 'h/s',
  stepBack: '◀ Day',
  stepForward: 'Day ▶',
  stepBackTitle: 'Back one day',
  stepForwardTitle: 'Forward one day',
  prevEvent: '« Event',
  nextEvent: 'Event »',
  prevEventTitle: 'Previous event',
  nextEventTitle: 'Next event',
  loop: 'Loop',
  keyboardHelp: 'Keys: Space play/pause · ←/→ hour (Shift: day) · PageUp/PageDown event · Home/End start/end',
  events: 'Events',
  aftermath: 'Aftermath',
  placesInView: 'Places in view',
  legend: 'Legend',
  legendEvent: 'Event (larger: last 24 h)',
  legendPlace: 'Place',
  legendRouteEnd: '▲ End of a finished route',
  legendBorder: 'Border 1905–1945 (50°N)',
  'route.advance.soviet': 'Soviet advance',
  'route.landing.soviet': 'Soviet landing (by sea)',
  'route.advance.japanese': 'Japanese movement',
  'route.withdrawal.japanese': 'Japanese withdrawal',
  'route.evacuation.japanese': 'Civilian evacuation ship',
  'route.attacked_ship.japanese': 'Evacuation ship attacked',
  noWebgl: 'This browser cannot draw the map (WebGL is unavailable). The list of events still works.',
  hashIgnored: 'Some of the link was not understood and was ignored: {list}{more}. The rest of the view is shown.',
  hashMore: ' and {n} more',
  showPanel: 'Show controls',
  hidePanel: 'Show map',
  // Popups
  sources: 'Sources',
  accounts: 'Accounts differ',
  unconfirmed: '(unconfirmed)',
  also: 'also',
  name1945: '1945',
  name1945Latin: '1945 (Latin)',
  nameModern: 'Modern',
  nameModernLatin: 'Modern (Latin)',
  nameEnglish: 'English',
  modernSince: 'named {name} since {year}',
  units: 'Units: {list}',
  ships: 'Ships: {list}',
  people: 'People: {n}',
  confidence: 'Confidence: {text}',
  'side.soviet': 'Soviet',
  'side.japanese': 'Japanese',
  'routeKind.landing': 'landing',
  'routeKind.advance': 'advance',
  'routeKind.evacuation': 'evacuation',
  'routeKind.attacked_ship': 'attacked ship',
  'routeKind.withdrawal': 'withdrawal',
  'mode.sea': 'by sea',
  'mode.land': 'by land',
  'placeKind.town': 'town',
  'placeKind.village': 'village',
  'placeKind.port': 'port',
  'placeKind.station': 'station',
  'placeKind.mine': 'mine',
  'placeKind.frontier_post': 'frontier post',
  'placeKind.fortified_district': 'fortified district',
  'placeKind.island': 'island',
  'placeKind.island_group': 'island group',
  'placeKind.cape': 'cape',
  'placeKind.beach': 'beach',
  'placeKind.pass': 'pass',
  'placeKind.bay': 'bay',
  'placeKind.river_mouth': 'river mouth',
  'placeKind.wreck': 'wreck',
  'placeKind.sea_area': 'sea area',
  'region.karafuto': 'Karafuto (South Sakhalin)',
  'region.chishima': 'Kuril Islands',
  'region.hokkaido': 'Hokkaido',
  'region.honshu': 'Honshu',
  'region.kamchatka': 'Kamchatka',
  'region.mainland': 'Asian mainland',
  'assessment.accepted': 'Accepted',
  'assessment.disputed': 'Disputed',
  'assessment.rejected': 'Rejected',
  'figure.troops': 'Troops',
  'figure.killed': 'Killed',
  'figure.missing': 'Missing',
  'figure.wounded': 'Wounded',
  'figure.civilians_killed': 'Civilians killed',
  'figure.evacuated': 'Evacuated',
  'figure.captured': 'Captured',
  'figure.ships': 'Ships',
  'figure.ships_lost': 'Ships lost',
  // Map controls (maplibre `locale`) and attribution
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetBearing: 'Reset bearing to north',
  enterFullscreen: 'Enter fullscreen',
  exitFullscreen: 'Exit fullscreen',
  toggleAttribution: 'Toggle attribution',
  popupClose: 'Close',
  mapCanvas: 'Map of South Sakhalin and the Kuril Islands',
  attribution: 'Coastlines: Natural Earth · Coordinates: GeoNames · Events and routes: see each popup’s sources',
  'map.contextLost': 'The map’s graphics were lost (the graphics processor was reset). It is redrawn as soon as the browser allows; everything else keeps working.',
  'map.routesUnavailable': 'The routes cannot be drawn: {detail}',
  // Search, story, figures and export (front-end: ui/search_control.ts, story_control.ts, figures_panel.ts, export.ts)
  'search.label': 'Find a place or event',
  'search.placeholder': 'Maoka, 真岡, Холмск…',
  'search.places': 'Places',
  'search.events': 'Events',
  'search.none': 'Nothing found',
  'search.count': '{n} found',
  'story.heading': 'The story',
  'story.play': '▶ Play the invasion sequence',
  'story.pause': '‖ Pause',
  'story.resume': '▶ Resume',
  'story.next': 'Next chapter »',
  'story.stop': '■ End',
  'story.chapter': 'Chapter {n} of {total}',
  'story.paused': 'Paused: the map is yours. Resume goes on from here.',
  'story.done': 'The end of the sequence.',
  'figures.heading': 'Figures as of {date}',
  'figures.none': 'No figures yet.',
  'figures.note': 'Ranges where sources disagree. While an evacuation or battle is under way, the range runs from what is known so far to its final total, which then replaces its parts; see each event for its sources.',
  'export.heading': 'Save',
  'export.png': 'Map picture (PNG)',
  'export.geojson': 'Data (GeoJSON)',
  'export.names': 'Place names: {mode}',
  'export.failed': 'The picture could not be made.',
  'export.webm': 'Playback video (WebM)',
  'export.stopRecording': '■ Stop recording',
  'export.videoFailed': 'This browser cannot record the map.',
  'userData.heading': 'Your own data',
  'userData.help': "Open a GeoJSON file of places, routes or events in the atlas's format (geo/README.md), or drop it on the map. Up to {mb} MB; it stays in this browser.",
  'userData.file': 'GeoJSON file',
  'userData.checking': 'Checking {file}…',
  'userData.added': '{file} added, shown in teal on their dates. Places: {places}, routes: {routes}, events: {events}.',
  'userData.refused': '{file} was not added. Problems: {n}.',
  'userData.more': 'and {n} more',
} as const satisfies Record<string, string>;

/** Key of an interface string. */
export type StringKey = keyof typeof EN;

/** Every interface string in one language. */
export type StringTable = Readonly<Record<StringKey, string>>;

/**
 * Every string in every language, by key (`STRINGS.play.ja`): for tests and
 * the font check. The app reads strings through {@link t} and {@link strings}.
 */
export const STRINGS: Readonly<Record<StringKey, Translation>> = /* @__PURE__ */ (() => Object.fromEntries(
  (Object.keys(EN) as StringKey[]).map((key) => [key, { en: EN[key], ja: JA[key], ru: RU[key] }]),
) as Record<StringKey, Translation>)();

// One import per function: in one expression Vite preloads both chunks for either.
const importJa = (): Promise<StringTable> => import('./strings_ja.ts').then((m) => m.JA);
const importRu = (): Promise<StringTable> => import('./strings_ru.ts').then((m) => m.RU);

/** The tables loaded so far; English always. */
const tables: Partial<Record<Lang, StringTable>> = { en: EN };

/** Loads of the other tables, once each. */
const loads: Partial<Record<Lang, Promise<void>>> = {};

/**
 * Whether a language's table is loaded (English always is).
 * @param lang - interface language
 */
export function hasStrings(lang: Lang): boolean {
  return !!tables[lang];
}

/**
 * Load a language's table (a chunk of its own). A chunk that fails is retried
 * on the next call; meanwhile the strings are English.
 * @param lang - interface language
 * @returns resolves once the table is there, or failed; never rejects
 */
export function loadStrings(lang: Lang): Promise<void> {
  if (tables[lang]) return Promise.resolve();
  return (loads[lang] ??= (lang === 'ja' ? importJa() : importRu())
    .then((table) => { tables[lang] = table; })
    .catch((error: unknown) => {
      console.warn(`interface strings (${lang}) unavailable:`, error);
      delete loads[lang];
    }));
}

/** Values for `{name}` placeholders. */
export type StringVars = Readonly<Record<string, string | number>>;

/**
 * One interface string in a language (English while that language's table is not loaded).
 * @param key - a key of {@link EN}
 * @param lang - interface language
 * @param vars - values for `{placeholders}`; a placeholder without a value stays as written
 * @returns the text
 * @example t('modernSince', 'ja', { name: 'Корсаков', year: 1946 }) // '1946年から「Корсаков」'
 */
export function t(key: StringKey, lang: Lang, vars?: StringVars): string {
  const text: string = (tables[lang] ?? EN)[key];
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
  const table = tables[lang] ?? EN;
  for (const key of Object.keys(EN) as StringKey[]) out[key] = table[key];
  return out;
}
