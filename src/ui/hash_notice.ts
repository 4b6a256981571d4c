/**
 * A link may carry a broken or hostile hash (a typo, a truncated paste, a
 * prank with `<script>` or a megabyte of junk). url_hash.ts already ignores
 * every bad value; this module says *what* was ignored, politely, in one
 * notice that is replaced (never stacked) on each hash change.
 */
import { stateFromHash, type HashState } from './url_hash.ts';
import { t, type Lang } from './strings.ts';

/** Hash keys the atlas reads (docs/CONTRACT.md) and the HashState field each fills. */
const KEYS: Record<string, keyof HashState> = { date: 'time', names: 'names', script: 'script', map: 'camera', event: 'event', lang: 'lang', family: 'family' };

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

/**
 * The parts of a hash the atlas ignores: unknown keys, repeated keys, values
 * that do not parse and event ids the data does not have.
 * @param hash - location hash, with or without `#`
 * @param isKnownEvent - whether an event id exists (omit to accept any well-formed id)
 * @returns one short human-readable entry per ignored part, e.g. `names=<b>`; empty when all is used
 * @example ignoredHashParts('#date=1945-08-20&zoom=3') // ['zoom=3']
 */
export function ignoredHashParts(hash: string, isKnownEvent?: (id: string) => boolean): string[] {
  const ignored: string[] = [];
  const seen = new Set<string>();
  for (const [key, value] of new URLSearchParams(hash.replace(/^#/, ''))) {
    if (key === '' && value === '') continue; // `#&&` or a trailing `&`
    const part = `${quoted(key)}=${quoted(value)}`;
    const field = Object.hasOwn(KEYS, key) ? KEYS[key] : undefined;
    if (!field) ignored.push(part);
    else if (seen.has(key)) ignored.push(`${part} (repeated)`);
    else {
      seen.add(key);
      const parsed = stateFromHash(`${key}=${encodeURIComponent(value)}`);
      if (parsed[field] === undefined) ignored.push(part);
      else if (field === 'event' && isKnownEvent && !isKnownEvent(value)) ignored.push(`${part} (no such event)`);
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
 * @param isKnownEvent - whether an event id exists in the data
 * @param getLang - the interface language at the time of each notice
 */
export function watchHashNotices(
  container: HTMLElement, initialHash: string, isKnownEvent: (id: string) => boolean, getLang: () => Lang = () => 'en',
): void {
  showHashNotice(container, ignoredHashParts(initialHash, isKnownEvent), getLang());
  window.addEventListener('hashchange', (event) => {
    const hash = URL.canParse(event.newURL) ? new URL(event.newURL).hash : location.hash;
    showHashNotice(container, ignoredHashParts(hash, isKnownEvent), getLang());
  });
}
