/**
 * Popup contents for a place, route or event, built with textContent only
 * (never innerHTML with data). Links only for http(s) source URLs.
 */
import { timeFromIso } from '../core/dates.ts';
import { displayFromTime, numberText } from '../core/format.ts';
import type { EventProperties, Figure, LocalizedText, PlaceProperties, RouteProperties, Source } from '../data/schema.ts';
import { EN, LANGS, PUNCT, t, type Lang, type StringKey } from './strings.ts';

function el(tag: string, text?: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/**
 * Which language of a data text to show: the interface language, else English,
 * else any language there (an event's long texts arrive per language,
 * src/data/event_texts.ts: during a switch only the previous one may be there).
 * @param text - the data text
 * @param lang - interface language
 * @returns the language to show, or null when the text has none yet
 */
export function shownLang(text: Partial<LocalizedText>, lang: Lang): Lang | null {
  if (text[lang]) return lang;
  if (text.en) return 'en';
  return LANGS.find((l) => !!text[l]) ?? null;
}

/** Data text in the interface language, English where the data lacks it (marked with its `lang`). */
function localized(text: LocalizedText, lang: Lang, tag = 'p', className?: string): HTMLElement {
  const shown = shownLang(text, lang);
  const node = el(tag, shown ? text[shown] : '', className);
  node.lang = shown ?? lang;
  return node;
}

/**
 * A labelled line of the string table (`確度：{text}`) whose placeholder is data:
 * the label in the interface language, each data text in its shown language.
 * @param key - a string with one `{text}` or `{list}` placeholder
 * @param texts - one text, or a list joined by the language's comma
 */
function labelled(key: StringKey, lang: Lang, texts: readonly LocalizedText[], className?: string): HTMLElement {
  const node = el('p', undefined, className);
  const marker = '\u0000';
  const [before = '', after = ''] = t(key, lang, { text: marker, list: marker }).split(marker);
  node.append(before);
  texts.forEach((text, i) => {
    if (i > 0) node.append(lang === 'ja' ? '、' : ', ');
    node.append(localized(text, lang, 'span'));
  });
  node.append(after);
  return node;
}

/** A table string by a key built from data (`figure.soviet_killed`), or the raw value when the table lacks it. */
function dataLabel(prefix: string, value: string, lang: Lang): string {
  const key = `${prefix}.${value}`;
  return Object.hasOwn(LABEL_KEYS, key) ? t(key as StringKey, lang) : value.replace(/_/g, ' ');
}

/**
 * Whether a URL may become a link.
 * @param url - candidate
 * @returns true only for absolute http: and https: URLs
 */
export function isSafeUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The list of sources cited, linked where the URL is http(s). */
/** Keys of the string tables that label data values (`side.soviet`, `figure.soviet_killed`...). */
const LABEL_KEYS: Readonly<Record<string, true>> = Object.fromEntries(
  Object.keys(EN).filter((k) => /^(side|routeKind|mode|placeKind|region|assessment|figure|subprefecture|controlBasis)\./.test(k)).map((k) => [k, true]),
);

function sourceList(ids: readonly string[], sources: ReadonlyMap<string, Source>, lang: Lang, heading: StringKey = 'popup.sources'): HTMLElement {
  const wrap = el('div', undefined, 'popup-sources');
  wrap.append(el('h4', t(heading, lang)));
  const ul = el('ul');
  for (const id of ids) {
    const source = sources.get(id);
    const li = el('li');
    const title = source ? [source.title, source.author, source.date].filter(Boolean).join(', ') : id;
    if (source && isSafeUrl(source.url)) {
      const a = document.createElement('a');
      a.href = source.url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.textContent = title;
      li.append(a);
    } else {
      li.textContent = title;
    }
    ul.append(li);
  }
  wrap.append(ul);
  return wrap;
}

function rangeText(f: Figure, lang: Lang): string {
  return f.min === f.max ? numberText(f.min, lang) : `${numberText(f.min, lang)}${PUNCT.range}${numberText(f.max, lang)}`;
}

/** A figure's range and, in brackets, its note in the reader's language. */
function figureNode(f: Figure, lang: Lang, tag: string): HTMLElement {
  const node = el(tag, rangeText(f, lang));
  if (f.note) {
    const [open, close] = lang === 'ja' ? ['（', '）'] : [' (', ')'];
    node.append(open, localized(f.note, lang, 'span'), close);
  }
  return node;
}

function figureList(figures: Partial<Record<string, Figure>>, lang: Lang): HTMLElement | null {
  const entries = Object.entries(figures).filter((e): e is [string, Figure] => e[1] !== undefined);
  if (entries.length === 0) return null;
  const dl = el('dl', undefined, 'popup-figures');
  for (const [kind, figure] of entries) dl.append(el('dt', dataLabel('figure', kind, lang)), figureNode(figure, lang, 'dd'));
  return dl;
}

/**
 * Popup for a place: every name form, the modern-name note, kind and sources.
 * @param p - place properties
 * @param sources - source lookup by id
 * @returns a detached element
 */
export function placePopup(p: PlaceProperties, sources: ReadonlyMap<string, Source>, lang: Lang = 'en'): HTMLElement {
  const ui = lang;
  const root = el('div', undefined, 'popup popup-place');
  // The heading in the reader's script (the map labels keep the name mode; every form is listed below).
  const native: [string | null | undefined, string][] = ui === 'ja' ? [[p['name:ja'], 'ja']] : ui === 'ru' ? [[p['name:ru'], 'ru']] : [];
  const candidates: [string | null | undefined, string][] = [...native, [p['name:ja-Latn'], 'ja-Latn'], [p['name:en'], 'en'], [p['name:ru-Latn'], 'ru-Latn']];
  const [name, nameLang] = candidates.find(([n]) => n) ?? [p.id, 'en'];
  const h3 = el('h3', name ?? p.id);
  h3.lang = nameLang;
  root.append(h3);
  const dl = el('dl', undefined, 'popup-names');
  const rows: [StringKey, string, string | null, string | undefined][] = [
    ['popup.name1945', 'ja', p['name:ja'], p['alt_name:ja']?.join(', ')],
    ['popup.name1945Latin', 'ja-Latn', p['name:ja-Latn'], p['alt_name:ja-Latn']?.join(', ')],
    ['popup.nameModern', 'ru', p['name:ru'], p['alt_name:ru']?.join(', ')],
    ['popup.nameModernLatin', 'ru-Latn', p['name:ru-Latn'], p['alt_name:ru-Latn']?.join(', ')],
  ];
  for (const [label, lang, value, alt] of rows) {
    const tag = `name:${lang}`;
    const unconfirmed = p.unconfirmed?.includes(tag as 'name:ja') ? ` ${t('popup.unconfirmed', ui)}` : '';
    const dd = el('dd', `${value ?? PUNCT.unknown}${unconfirmed}${alt ? ` (${t('popup.also', ui)} ${alt})` : ''}`);
    dd.lang = lang;
    dl.append(el('dt', t(label, ui)), dd);
  }
  if (p['name:en']) dl.append(el('dt', t('popup.nameEnglish', ui)), el('dd', p['name:en']));
  root.append(dl);
  const modern = ui === 'ru' ? p['name:ru'] ?? p['name:ru-Latn'] : p['name:ru-Latn'] ?? p['name:ru'];
  if (modern && typeof p.modern_name_since === 'number') {
    root.append(el('p', t('popup.modernSince', ui, { name: modern, year: p.modern_name_since }), 'popup-modern-note'));
  }
  const meta = [dataLabel('placeKind', p.kind, ui), dataLabel('region', p.region, ui), `${PUNCT.plusMinus}${numberText(Math.round(p.uncertainty_m), ui)} m`];
  root.append(el('p', meta.join(PUNCT.separator), 'popup-meta'));
  if (p.note) root.append(localized(p.note, ui, 'p', 'popup-note'));
  root.append(...municipalParts(p, sources, ui));
  root.append(sourceList(p.sources, sources, ui));
  return root;
}

/**
 * What a municipality of 1945 adds to its popup: where it belonged, its people at the
 * last count, and when Soviet forces held it, each with its sources and accounts.
 * @returns elements to append (none for a place without these facts)
 */
function municipalParts(p: PlaceProperties, sources: ReadonlyMap<string, Source>, lang: Lang): HTMLElement[] {
  const parts: HTMLElement[] = [];
  if (p.subprefecture) {
    const official = p['alt_name:ja']?.[0];
    const district = p['district:ja'] && (lang === 'ja' ? p['district:ja'] : `${p['district:ja']} (${p['district:ja-Latn'] ?? PUNCT.unknown})`);
    const where = [official, district, dataLabel('subprefecture', p.subprefecture, lang)].filter(Boolean).join(PUNCT.separator);
    parts.push(el('p', t('popup.municipality', lang, { where }), 'popup-municipality'));
  }
  if (p.population !== undefined) {
    const people = p.population === null ? t('popup.populationUnknown', lang)
      : t('popup.population', lang, { n: rangeText(typeof p.population === 'number' ? { min: p.population, max: p.population } : p.population, lang), year: p.population_year ?? PUNCT.unknown });
    const block = el('div', undefined, 'popup-population');
    block.append(el('p', people));
    if (p.population_note) block.append(localized(p.population_note, lang));
    if (p.population_sources) block.append(sourceList(p.population_sources, sources, lang, 'popup.populationSources'));
    parts.push(block);
  }
  if (p.soviet_control_date) {
    const block = el('div', undefined, 'popup-control');
    block.append(el('h4', t('popup.control', lang)));
    const basis = p.soviet_control_basis ? ` (${dataLabel('controlBasis', p.soviet_control_basis, lang)})` : '';
    // A day-dated entry is stored as JST midnight (geo/README.md): show the day, not a time nobody gave.
    const precision = p.soviet_control_basis !== 'bound' && /T00:00\+09:00$/.test(p.soviet_control_date) ? 'day' : 'minute';
    block.append(el('p', `${dateText(p.soviet_control_date, lang, precision)}${basis}`, 'popup-date'));
    if (p.soviet_control_accounts?.length) block.append(accountGrid(p.soviet_control_accounts, sources, lang));
    if (p.soviet_control_sources) block.append(sourceList(p.soviet_control_sources, sources, lang));
    parts.push(block);
  }
  return parts;
}

/** Every account of a disputed fact side by side, each with its assessment and sources. */
function accountGrid(accounts: NonNullable<EventProperties['accounts']>, sources: ReadonlyMap<string, Source>, lang: Lang): HTMLElement {
  const grid = el('div', undefined, 'popup-accounts');
  for (const account of accounts) {
    const cell = el('div', undefined, `account account-${account.assessment}`);
    cell.append(el('p', dataLabel('assessment', account.assessment, lang), 'account-assessment'),
      localized(account.claim, lang), sourceList(account.sources, sources, lang));
    grid.append(cell);
  }
  return grid;
}

/**
 * Popup for a route: title, kind, side, dates, units and ships, people carried.
 * @returns a detached element
 */
export function routePopup(p: RouteProperties, sources: ReadonlyMap<string, Source>, lang: Lang = 'en'): HTMLElement {
  const root = el('div', undefined, 'popup popup-route');
  root.append(localized(p.title, lang, 'h3'));
  const meta = [dataLabel('side', p.side, lang), dataLabel('routeKind', p.kind, lang), dataLabel('mode', p.mode, lang)];
  root.append(el('p', meta.join(PUNCT.separator), 'popup-meta'));
  root.append(el('p', `${dateText(p.start_date, lang)}${PUNCT.until}${dateText(p.end_date, lang)}`, 'popup-date'));
  if (p.units.length) root.append(labelled('popup.units', lang, p.units));
  if (p.ships.length) root.append(labelled('popup.ships', lang, p.ships));
  if (p.people) root.append(peopleLine(p.people, lang));
  if (p.aggregate) root.append(el('p', t('popup.aggregate', lang), 'popup-meta'));
  if (p.note) root.append(localized(p.note, lang));
  root.append(sourceList(p.sources, sources, lang));
  return root;
}

/** "People: 1,400 (more than 1,400 men)", the note in the reader's language. */
function peopleLine(people: Figure, lang: Lang): HTMLElement {
  const node = el('p');
  const marker = '\u0000';
  const [before = '', after = ''] = t('popup.people', lang, { n: marker }).split(marker);
  node.append(before, figureNode(people, lang, 'span'), after);
  return node;
}

/**
 * Popup for an event: title, date (with the source's own time note), text,
 * figures, and disputed accounts side by side.
 * @returns a detached element
 */
export function eventPopup(p: EventProperties, sources: ReadonlyMap<string, Source>, lang: Lang = 'en'): HTMLElement {
  const root = el('div', undefined, 'popup popup-event');
  root.append(localized(p.title, lang, 'h3'));
  const end = p.end_date ? `${PUNCT.until}${dateText(p.end_date, lang, p.date_precision)}` : '';
  root.append(el('p', `${dateText(p.start_date, lang, p.date_precision)}${end}`, 'popup-date'));
  if (p.time_note) root.append(localized(p.time_note, lang, 'p', 'popup-meta'));
  root.append(localized(p.text, lang));
  const figures = figureList(p.figures, lang);
  if (figures) root.append(figures);
  if (p.accounts?.length) {
    root.append(el('h4', t('popup.accounts', lang)), accountGrid(p.accounts, sources, lang));
  }
  if (p.confidence) root.append(labelled('popup.confidence', lang, [p.confidence], 'popup-meta'));
  root.append(sourceList(p.sources, sources, lang));
  return root;
}

function dateText(iso: string, lang: Lang, precision = 'minute'): string {
  const time = timeFromIso(iso);
  return time === null ? iso : displayFromTime(time, precision, lang);
}
