/**
 * Finding a place by any of its names, in any script or romanisation, and
 * events by their titles. Pure: no DOM, no map.
 *
 * Matching compares normalised keys (see {@link searchKey}): "Ōtomari",
 * "Otomari", "Ohtomari" and "otomari" are the same key, as are "Шахтёрск"
 * and "Шахтерск", as are "Амбэцу" and "Амбецу". Ranking: exact > prefix > substring; places before events.
 */

/** How well a name matched: lower is better. */
export type MatchRank = 0 | 1 | 2;

/** Exact, prefix and substring ranks, in order. */
export const MATCH_RANK = { exact: 0, prefix: 1, substring: 2 } as const;

/** One searchable thing with all the names it may be found by. */
export interface SearchEntry {
  kind: 'place' | 'event';
  id: string;
  /** Every name or title, primary ones first (an earlier name wins a tie). */
  names: readonly string[];
}

/** A search hit. */
export interface SearchHit {
  entry: SearchEntry;
  /** The name that matched, as written in the data. */
  matched: string;
  rank: MatchRank;
}

/** Name tags of a place searched, primary tags before `alt_name:*`. */
const SEARCHED_NAME_TAGS = [
  'name:ja', 'name:ja-Latn', 'name:ja-Cyrl', 'name:ru', 'name:ru-Latn', 'name:ru-Kana', 'name:en',
  'alt_name:ja', 'alt_name:ja-Latn', 'alt_name:ru', 'alt_name:ru-Latn',
] as const;

// Latin and Cyrillic diacritics only: the kana voicing marks (U+3099, U+309A)
// that NFKD splits off are kept, or ガ would match カ.
const COMBINING = /[\u0300-\u036f]/g;
// Separators and apostrophes: "Yuzhno-Sakhalinsk", "Nevel'sk", "No.2", "Kumazasa pass".
const SEPARATORS = /[\s\-‐‑–—'’ʼ`.,·・«»"()/]+/g;

/**
 * The key a name is compared by: NFKD, Latin/Cyrillic diacritics removed,
 * case-folded, separators removed, Hepburn long vowels folded (ō, ou, oo, oh
 * before a consonant → o; ū, uu → u; ē/ei kept as e/ei), ё → е, э → е (Russian
 * texts write Japanese え both ways: Немуро and Нэмуро).
 * @param text - a name or a query
 * @returns the normalised key ("" for blank input)
 * @example searchKey('Ōtomari') === searchKey('Ohtomari') // 'otomari'
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[ёэ]/g, 'е')
    .replace(SEPARATORS, '')
    .replace(/o[uoh](?![aeiouy])/g, 'o')
    .replace(/uu/g, 'u')
    .replace(/aa/g, 'a');
}

/**
 * How a name matches a query key.
 * @param nameKey - normalised name
 * @param queryKey - normalised query (non-empty)
 * @returns the rank, or null when the name does not contain the query
 */
export function matchRank(nameKey: string, queryKey: string): MatchRank | null {
  if (nameKey === queryKey) return MATCH_RANK.exact;
  if (nameKey.startsWith(queryKey)) return MATCH_RANK.prefix;
  if (nameKey.includes(queryKey)) return MATCH_RANK.substring;
  return null;
}

/** A prepared index: entries with their name keys computed once. */
export interface SearchIndex {
  entries: readonly { entry: SearchEntry; keys: readonly string[] }[];
}

/**
 * Prepare entries for searching.
 * @param entries - places and events with their names
 * @returns an index for {@link searchIndex}
 */
export function buildSearchIndex(entries: readonly SearchEntry[]): SearchIndex {
  return { entries: entries.map((entry) => ({ entry, keys: entry.names.map(searchKey) })) };
}

/**
 * Entries matching a query, best first: rank (exact, prefix, substring), then
 * places before events, then an earlier (primary) name before a variant, then
 * data order. Each entry appears once, with its best-matching name.
 * @param index - from {@link buildSearchIndex}
 * @param query - what the user typed
 * @param limit - most hits returned
 * @returns hits; empty for a blank query
 */
export function searchIndex(index: SearchIndex, query: string, limit = 12): SearchHit[] {
  const q = searchKey(query);
  if (q === '') return [];
  const found: { hit: SearchHit; nameIndex: number; order: number }[] = [];
  index.entries.forEach(({ entry, keys }, order) => {
    let best: { rank: MatchRank; nameIndex: number } | null = null;
    keys.forEach((key, nameIndex) => {
      const rank = matchRank(key, q);
      if (rank !== null && (best === null || rank < best.rank)) best = { rank, nameIndex };
    });
    if (best === null) return;
    const { rank, nameIndex } = best;
    found.push({ hit: { entry, matched: entry.names[nameIndex] ?? '', rank }, nameIndex, order });
  });
  const kindOrder = (h: SearchHit) => (h.entry.kind === 'place' ? 0 : 1);
  found.sort((a, b) => a.hit.rank - b.hit.rank || kindOrder(a.hit) - kindOrder(b.hit) || a.nameIndex - b.nameIndex || a.order - b.order);
  return found.slice(0, limit).map((f) => f.hit);
}

/** Place properties as far as search reads them. */
export type SearchableNames = Partial<Record<(typeof SEARCHED_NAME_TAGS)[number], string | readonly string[] | null | undefined>>;

/**
 * A place's searchable names, primary tags first, without repeats.
 * @param id - place id
 * @param properties - its name and alt_name tags
 * @returns the entry
 */
export function placeEntry(id: string, properties: SearchableNames): SearchEntry {
  const names: string[] = [];
  for (const tag of SEARCHED_NAME_TAGS) {
    const value = properties[tag];
    const values = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    for (const v of values) if (v && !names.includes(v)) names.push(v);
  }
  return { kind: 'place', id, names };
}

/**
 * An event's searchable titles (every language present).
 * @param id - event id
 * @param title - its title in en and, where present, ja and ru
 * @returns the entry
 */
export function eventEntry(id: string, title: { en: string; ja?: string | undefined; ru?: string | undefined }): SearchEntry {
  return { kind: 'event', id, names: [title.en, title.ja, title.ru].filter((t): t is string => !!t) };
}
