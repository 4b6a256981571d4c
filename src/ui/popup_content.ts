/**
 * Popup contents for a place, route or event, built with textContent only
 * (never innerHTML with data). Links only for http(s) source URLs.
 */
import { timeFromIso } from '../core/dates.ts';
import { displayFromTime } from '../core/format.ts';
import { modernNameNote } from '../core/names.ts';
import type { EventProperties, Figure, LocalizedText, PlaceProperties, RouteProperties, Source } from '../data/schema.ts';
import { UI } from './strings.ts';

function el(tag: string, text?: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** English text with the Japanese and Russian versions below it where present. */
function localized(text: LocalizedText, tag = 'p'): HTMLElement[] {
  const out = [el(tag, text.en)];
  for (const lang of ['ja', 'ru'] as const) {
    const t = text[lang];
    if (!t) continue;
    const node = el(tag, t, 'alt-lang');
    node.lang = lang;
    out.push(node);
  }
  return out;
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
function sourceList(ids: readonly string[], sources: ReadonlyMap<string, Source>): HTMLElement {
  const wrap = el('div', undefined, 'popup-sources');
  wrap.append(el('h4', UI.sources));
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

function figureText(f: Figure): string {
  const range = f.min === f.max ? f.min.toLocaleString('en') : `${f.min.toLocaleString('en')}${UI.popup.range}${f.max.toLocaleString('en')}`;
  return f.note ? `${range} (${f.note})` : range;
}

function figureList(figures: Partial<Record<keyof typeof UI.figures, Figure>>): HTMLElement | null {
  const entries = Object.entries(figures) as [keyof typeof UI.figures, Figure][];
  if (entries.length === 0) return null;
  const dl = el('dl', undefined, 'popup-figures');
  for (const [kind, figure] of entries) dl.append(el('dt', UI.figures[kind] ?? kind), el('dd', figureText(figure)));
  return dl;
}

/**
 * Popup for a place: every name form, the modern-name note, kind and sources.
 * @param p - place properties
 * @param sources - source lookup by id
 * @returns a detached element
 */
export function placePopup(p: PlaceProperties, sources: ReadonlyMap<string, Source>): HTMLElement {
  const root = el('div', undefined, 'popup popup-place');
  root.append(el('h3', p['name:ja-Latn'] ?? p['name:en'] ?? p['name:ru-Latn'] ?? p.id));
  const dl = el('dl', undefined, 'popup-names');
  const rows: [string, string, string | null, string | undefined][] = [
    ['1945', 'ja', p['name:ja'], p['alt_name:ja']?.join(', ')],
    ['1945 (Latin)', 'ja-Latn', p['name:ja-Latn'], p['alt_name:ja-Latn']?.join(', ')],
    ['Modern', 'ru', p['name:ru'], p['alt_name:ru']?.join(', ')],
    ['Modern (Latin)', 'ru-Latn', p['name:ru-Latn'], p['alt_name:ru-Latn']?.join(', ')],
  ];
  for (const [label, lang, value, alt] of rows) {
    const tag = `name:${lang}`;
    const unconfirmed = p.unconfirmed?.includes(tag as 'name:ja') ? ` ${UI.unconfirmed}` : '';
    const dd = el('dd', `${value ?? UI.popup.unknown}${unconfirmed}${alt ? ` (${UI.popup.also} ${alt})` : ''}`);
    dd.lang = lang;
    dl.append(el('dt', label), dd);
  }
  if (p['name:en']) dl.append(el('dt', 'English'), el('dd', p['name:en']));
  root.append(dl);
  const note = modernNameNote(p['name:ru-Latn'] ?? p['name:ru'], p.modern_name_since);
  if (note) root.append(el('p', note, 'popup-modern-note'));
  root.append(el('p', [p.kind.replace(/_/g, ' '), p.region, `${UI.popup.plusMinus}${Math.round(p.uncertainty_m)} m`].join(UI.popup.separator), 'popup-meta'));
  if (p.note) root.append(el('p', p.note));
  root.append(sourceList(p.sources, sources));
  return root;
}

/**
 * Popup for a route: title, kind, side, dates, units and ships, people carried.
 * @returns a detached element
 */
export function routePopup(p: RouteProperties, sources: ReadonlyMap<string, Source>): HTMLElement {
  const root = el('div', undefined, 'popup popup-route');
  const [title, ...alts] = localized(p.title, 'h3');
  root.append(title as HTMLElement, ...alts);
  root.append(el('p', [p.side, p.kind.replace(/_/g, ' '), p.mode].join(UI.popup.separator), 'popup-meta'));
  root.append(el('p', `${dateText(p.start_date)}${UI.popup.until}${dateText(p.end_date)}`, 'popup-date'));
  if (p.units.length) root.append(el('p', `Units: ${p.units.join(', ')}`));
  if (p.ships.length) root.append(el('p', `Ships: ${p.ships.join(', ')}`));
  if (p.people) root.append(el('p', `People: ${figureText(p.people)}`));
  if (p.note) root.append(el('p', p.note));
  root.append(sourceList(p.sources, sources));
  return root;
}

/**
 * Popup for an event: title, date (with the source's own time note), text,
 * figures, and disputed accounts side by side.
 * @returns a detached element
 */
export function eventPopup(p: EventProperties, sources: ReadonlyMap<string, Source>): HTMLElement {
  const root = el('div', undefined, 'popup popup-event');
  const [title, ...alts] = localized(p.title, 'h3');
  root.append(title as HTMLElement, ...alts);
  const end = p.end_date ? `${UI.popup.until}${dateText(p.end_date, p.date_precision)}` : '';
  root.append(el('p', `${dateText(p.start_date, p.date_precision)}${end}`, 'popup-date'));
  if (p.time_note) root.append(el('p', p.time_note, 'popup-meta'));
  root.append(...localized(p.text));
  const figures = figureList(p.figures);
  if (figures) root.append(figures);
  if (p.accounts?.length) {
    root.append(el('h4', UI.accounts));
    const grid = el('div', undefined, 'popup-accounts');
    for (const account of p.accounts) {
      const cell = el('div', undefined, `account account-${account.assessment}`);
      cell.append(el('p', account.assessment, 'account-assessment'), ...localized(account.claim), sourceList(account.sources, sources));
      grid.append(cell);
    }
    root.append(grid);
  }
  if (p.confidence) root.append(el('p', `Confidence: ${p.confidence}`, 'popup-meta'));
  root.append(sourceList(p.sources, sources));
  return root;
}

function dateText(iso: string, precision = 'minute'): string {
  const t = timeFromIso(iso);
  return t === null ? iso : displayFromTime(t, precision);
}
