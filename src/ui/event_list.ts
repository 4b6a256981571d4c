/**
 * The chronological event list `#event-list`, synced with the time: the
 * latest event at or before the current time is `aria-current="true"`.
 * Events after the campaign (from 6 Sep 1945) follow under an "Aftermath" heading.
 */
import { timeFromIso } from '../core/dates.ts';
import { displayFromTime } from '../core/format.ts';
import { CAMPAIGN_END } from '../core/timeline.ts';
import type { EventFeature } from '../data/schema.ts';
import { t, type Lang } from './strings.ts';

/** An event with its parsed start, as the list and the player use it. */
export interface ListedEvent {
  feature: EventFeature;
  startMs: number;
}

/**
 * Events with valid dates, in chronological order (ties keep file order).
 * @param features - event features
 * @returns sorted events
 */
export function chronologicalEvents(features: readonly EventFeature[]): ListedEvent[] {
  const listed: ListedEvent[] = [];
  for (const feature of features) {
    const startMs = timeFromIso(feature.properties.start_date);
    if (startMs !== null) listed.push({ feature, startMs });
  }
  return listed.sort((a, b) => a.startMs - b.startMs);
}

/**
 * The event current at `time`: the last one started at or before it. Among
 * events that started at that same instant, the preferred (selected) one wins,
 * so clicking an event marks that event and not its namesake of the same day.
 * @param events - sorted events
 * @param time - epoch ms
 * @param preferred - id of the selected event, if any
 * @returns its id, or null before the first event
 */
export function currentEventId(events: readonly ListedEvent[], time: number, preferred: string | null = null): string | null {
  let current: ListedEvent | null = null;
  for (const e of events) {
    if (e.startMs > time) break;
    current = e;
  }
  if (!current) return null;
  const latest = current.startMs;
  const tie = events.find((e) => e.startMs === latest && e.feature.properties.id === preferred);
  return (tie ?? current).feature.properties.id;
}

/**
 * Fill the list; its texts are empty until {@link setEventListLanguage}.
 * @param list - the #event-list element
 * @param events - sorted events
 * @param onPick - called with the event id when an item is activated
 * @returns a function that marks the current event for a time and selected event id
 */
export function setupEventList(
  list: HTMLOListElement, events: readonly ListedEvent[], onPick: (id: string) => void,
): (time: number, selectedEvent: string | null) => string | null {
  const items = new Map<string, HTMLLIElement>();
  let aftermathLabelled = false;
  for (const { feature, startMs } of events) {
    const p = feature.properties;
    const li = document.createElement('li');
    li.dataset.eventId = p.id;
    if (startMs > CAMPAIGN_END) {
      li.classList.add('aftermath');
      if (!aftermathLabelled) {
        const heading = document.createElement('span');
        heading.className = 'aftermath-heading';
        li.append(heading);
        aftermathLabelled = true;
      }
    }
    const button = document.createElement('button');
    button.type = 'button';
    const time = document.createElement('time');
    time.dateTime = p.start_date;
    const title = document.createElement('span');
    title.className = 'event-title';
    button.append(time, title);
    button.addEventListener('click', () => onPick(p.id));
    li.append(button);
    list.append(li);
    items.set(p.id, li);
  }
  let shown: string | null = null;
  return (now, selectedEvent) => {
    const id = currentEventId(events, now, selectedEvent);
    if (id === shown) return id;
    if (shown) items.get(shown)?.removeAttribute('aria-current');
    const li = id ? items.get(id) : undefined;
    li?.setAttribute('aria-current', 'true');
    if (li) scrollWithinList(list, li);
    shown = id;
    return id;
  };
}

/**
 * Write the list's dates and titles in a language. A title the data lacks in
 * that language falls back to English, marked `lang="en"` for screen readers.
 * @param list - the #event-list element filled by {@link setupEventList} (mutated)
 * @param events - the same sorted events
 * @param lang - interface language
 */
export function setEventListLanguage(list: HTMLElement, events: readonly ListedEvent[], lang: Lang): void {
  const byId = new Map(events.map((e) => [e.feature.properties.id, e]));
  for (const li of list.querySelectorAll<HTMLLIElement>('li[data-event-id]')) {
    const event = byId.get(li.dataset.eventId ?? '');
    if (!event) continue;
    const p = event.feature.properties;
    const time = li.querySelector('time');
    if (time) time.textContent = displayFromTime(event.startMs, p.date_precision, lang);
    const title = li.querySelector<HTMLElement>('.event-title');
    if (title) {
      title.textContent = p.title[lang] ?? p.title.en;
      title.lang = p.title[lang] ? lang : 'en';
    }
    const heading = li.querySelector('.aftermath-heading');
    if (heading) heading.textContent = t('events.aftermath', lang);
  }
}

/**
 * Scroll only the list (not the page or side panel, as scrollIntoView would)
 * so the current item sits a third of the way down. Needs the list to be the
 * items' offsetParent (position: relative in app.css).
 */
function scrollWithinList(list: HTMLElement, item: HTMLElement): void {
  if (list.scrollHeight <= list.clientHeight) return;
  list.scrollTop = Math.max(0, item.offsetTop - list.clientHeight / 3);
}
