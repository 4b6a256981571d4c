/**
 * Every interface string, in English with Japanese and Russian where the
 * control is essential (many readers read Japanese or Russian, not English).
 * scripts/build_fonts.ts reads this file so the subset font covers every
 * character here; add strings here, not inline.
 */
export const UI = {
  title: 'Karafuto 1945 · 樺太 1945 · Сахалин 1945',
  subtitle: 'Soviet invasion of South Sakhalin and the Kurils, and the evacuation of Japanese civilians',
  names: 'Names · 地名 · Названия',
  names1945: '1945 (日本語)',
  namesModern: 'Modern · 現在 · Современные',
  namesBoth: 'Both · 両方 · Оба',
  script: 'Script · 文字 · Письмо',
  scriptNative: 'Native · 漢字/кириллица',
  scriptLatin: 'Latin · ローマ字 · латиница',
  scriptBoth: 'Both · 両方 · Оба',
  date: 'Date',
  play: 'Play ▶',
  pause: 'Pause ‖',
  speed: 'Speed',
  speedUnit: 'h/s',
  stepBack: '◀ Day',
  stepForward: 'Day ▶',
  prevEvent: '« Event',
  nextEvent: 'Event »',
  loop: 'Loop',
  events: 'Events · 出来事 · События',
  aftermath: 'Aftermath · その後 · После',
  placesInView: 'Places in view · 表示中の地名 · Места на карте',
  legend: 'Legend · 凡例 · Легенда',
  legendEvent: 'Event (larger: last 24 h)',
  legendPlace: 'Place',
  legendRouteEnd: '▲ End of a finished route',
  legendBorder: 'Border 1905–1945 (50°N)',
  sources: 'Sources',
  accounts: 'Accounts differ',
  noWebgl: 'This browser cannot draw the map (WebGL is unavailable). The list of events still works.',
  keyboardHelp: 'Keys: Space play/pause · ←/→ hour (Shift: day) · PageUp/PageDown event · Home/End',
  unconfirmed: '(unconfirmed)',
  /** Punctuation the popups use, listed here so the font subset has it. */
  popup: { until: ' → ', range: '–', unknown: '—', plusMinus: '±', separator: ' · ', also: 'also' },
  figures: {
    troops: 'Troops', killed: 'Killed', missing: 'Missing', wounded: 'Wounded',
    civilians_killed: 'Civilians killed', evacuated: 'Evacuated', captured: 'Captured',
    ships: 'Ships', ships_lost: 'Ships lost',
  },
} as const;
