/**
 * A link may carry a broken or hostile hash (a typo, a truncated paste, a
 * prank with `<script>` or a megabyte of junk). url_hash.ts already ignores
 * every bad value; this module says *what* was ignored, politely, in one
 * notice that is replaced (never stacked) on each hash change.
 */
import { stateFromHash, type HashState } from './url_hash.ts';
import { t, type Lang } from './strings.ts';

/** Hash keys the atlas reads (docs/CONTRACT.md) and the HashState field each fills. */
const KEYS: Record<string, keyof HashState> = {
  date: 'time', names: 'names', script: 'script', map: 'camera', event: 'event', place: 'place', lang: 'lang', family: 'family',
};

/** Longest piece of a key or value quoted back to the user. */
const QUOTE_CHARS = 40;
/** Most ignored parts listed by name; the rest are counted. */
const LISTED = 5;

/** Class of the one hash notice inside `#notices`. */
const HASH_NOTICE_CLASS = 'notice-hash';

/** Shortens text for a message: at most {@link QUOTE_CHARS} characters, control characters removed. */
function quoted(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '');
  return clean.length > QUOTE_CHARS ? `${clean.slice(0, QUOTE_CHARS - 1)}…` : clean;
}

/** Which event and place ids exist (omitted: any well-formed id is accepted). */
export interface KnownIds {
  event(id: string): boolean;
  place(id: string): boolean;
}

/**
 * The parts of a hash the atlas ignores: unknown keys, repeated keys, values
 * that do not parse and event or place ids the data does not have.
 * @param hash - location hash, with or without `#`
 * @param known - which ids exist
 * @param lang - language of the reasons given in brackets
 * @returns one short human-readable entry per ignored part, e.g. `names=<b>`; empty when all is used
 * @example ignoredHashParts('#date=1945-08-20&zoom=3') // ['zoom=3']
 */
export function ignoredHashParts(hash: string, known?: KnownIds, lang: Lang = 'en'): string[] {
  const ignored: string[] = [];
  const seen = new Set<string>();
  for (const [key, value] of new URLSearchParams(hash.replace(/^#/, ''))) {
    if (key === '' && value === '') continue; // `#&&` or a trailing `&`
    const part = `${quoted(key)}=${quoted(value)}`;
    const field = Object.hasOwn(KEYS, key) ? KEYS[key] : undefined;
    if (!field) ignored.push(part);
    else if (seen.has(key)) ignored.push(`${part} ${t('link.repeated', lang)}`);
    else {
      seen.add(key);
      const parsed = stateFromHash(`${key}=${encodeURIComponent(value)}`);
      if (parsed[field] === undefined) ignored.push(part);
      else if (field === 'event' && known && !known.event(value)) ignored.push(`${part} ${t('link.noSuchEvent', lang)}`);
      else if (field === 'place' && known && !known.place(value)) ignored.push(`${part} ${t('link.noSuchPlace', lang)}`);
    }
  }
  return ignored;
}

/**
 * The notice text for ignored parts.
 * @param ignored - from {@link ignoredHashParts}
 * @param lang - interface language
 * @returns e.g. `Some of the link was not understood and was ignored: names=x, foo=1.`
 */
export function hashNoticeText(ignored: readonly string[], lang: Lang = 'en'): string {
  const listed = ignored.slice(0, LISTED).join(', ');
  const more = ignored.length > LISTED ? t('link.more', lang, { n: ignored.length - LISTED }) : '';
  return t('link.ignored', lang, { list: listed, more });
}

/**
 * Show (or clear) the one hash notice. Replaces the previous hash notice; built with textContent.
 * @param container - the #notices element
 * @param ignored - from {@link ignoredHashParts}; empty removes the notice
 * @param lang - interface language
 */
function showHashNotice(container: HTMLElement, ignored: readonly string[], lang: Lang = 'en'): void {
  let notice = container.querySelector<HTMLElement>(`.${HASH_NOTICE_CLASS}`);
  if (ignored.length === 0) {
    notice?.remove();
    return;
  }
  if (!notice) {
    notice = document.createElement('p');
    notice.className = `notice notice-info ${HASH_NOTICE_CLASS}`;
    // Polite: a bad link is not an emergency (the container itself is an assertive alert).
    notice.setAttribute('role', 'status');
    container.append(notice);
  }
  notice.textContent = hashNoticeText(ignored, lang);
}

/**
 * Report the ignored parts of the page's hash now and on every `hashchange`.
 * Reads the hash from the event's `newURL`: the app may already have rewritten
 * `location.hash` from its state by the time this listener runs.
 * @param container - the #notices element
 * @param initialHash - the hash the page was opened with
 * @param known - which event and place ids exist in the data
 * @param getLang - the interface language at the time of each notice
 */
export function watchHashNotices(container: HTMLElement, initialHash: string, known: KnownIds, getLang: () => Lang = () => 'en'): void {
  const show = (hash: string) => {
    const lang = getLang();
    showHashNotice(container, ignoredHashParts(hash, known, lang), lang);
  };
  show(initialHash);
  window.addEventListener('hashchange', (event) => show(URL.canParse(event.newURL) ? new URL(event.newURL).hash : location.hash));
}
