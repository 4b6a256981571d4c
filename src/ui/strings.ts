/**
 * Every interface string in English, Japanese and Russian (many readers read
 * Japanese or Russian, not English), and the accessors that pick a language.
 * English (strings_en.ts) is the fallback, in the main chunk; Japanese and
 * Russian are chunks of their own (strings_ja.ts, strings_ru.ts), loaded by
 * {@link loadStrings} before the first render in that language and on a switch.
 *
 * HOW TO ADD A STRING
 * 1. Add one line to {@link EN} (strings_en.ts): `myKey: '…',` and the same key
 *    to JA (strings_ja.ts) and RU (strings_ru.ts); all three are required (the type
 *    checker says so). Write natural text in each language, not a word-for-word
 *    gloss; `{name}` placeholders are filled by `t(key, lang, {name: …})`.
 * 2. Read it with `t('myKey', state.lang)`, at render
 *    time: the language can change at any moment without a reload, so a control
 *    keeps a function that re-applies its texts when `state.lang` changes.
 * 3. Run `npm run fonts`: the page font is subset to the characters of these
 *    files and geo/ (src/style/font_coverage.test.ts fails otherwise).
 * Never build DOM with innerHTML from these strings; use textContent.
 */
import { LANGS, langFromNavigator, type Lang } from '../core/lang.ts';
import { EN, type StringKey, type StringTable } from './strings_en.ts';
// Only for STRINGS (tests, the font check), which the app never reads: the
// bundle drops these imports, and the tables load through loadStrings.
import { JA } from './strings_ja.ts';
import { RU } from './strings_ru.ts';

export { LANGS, langFromNavigator, type Lang };
export { EN, type StringKey };

/** One string in every interface language. */
export type Translation = Readonly<Record<Lang, string>>;

/** Each language's own name, shown as is whatever the interface language. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', ja: '日本語', ru: 'Русский' };

/** Language-neutral punctuation the popups use, listed here so the font subset has it. */
export const PUNCT = { until: ' → ', range: '–', unknown: '—', plusMinus: '±', separator: ' · ', nbsp: ' ' } as const;

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

const pluralRules = new Map<Lang, Intl.PluralRules>();

/**
 * The form of `{n:one=problem|other=problems}` for a count, by the language's plural
 * rules (Russian has one, few and many). A count given already formatted ("35,000",
 * "35 000") is read by its digits.
 */
function pluralForm(lang: Lang, count: string | number, forms: string): string {
  const rules = pluralRules.get(lang) ?? new Intl.PluralRules(lang);
  pluralRules.set(lang, rules);
  const n = typeof count === 'number' ? count : Number(count.replace(/[^\d.]/g, ''));
  const byCategory = new Map(forms.split('|').map((form) => form.split('=') as [string, string]));
  return byCategory.get(rules.select(n)) ?? byCategory.get('other') ?? '';
}

/**
 * One interface string in a language (English while that language's table is not loaded).
 * @param key - a key of {@link EN}
 * @param lang - interface language
 * @param vars - values for `{placeholders}` and plural forms `{n:one=…|other=…}`; a placeholder without a value stays as written
 * @returns the text
 * @example t('popup.modernSince', 'ja', { name: 'Корсаков', year: 1946 }) // '1946年に「Корсаков」と改称'
 */
export function t(key: StringKey, lang: Lang, vars?: StringVars): string {
  const text: string = (tables[lang] ?? EN)[key];
  if (!vars) return text;
  return text.replace(/\{(\w+)(?::([^}]*))?\}/g, (whole, name: string, forms: string | undefined) => {
    if (!Object.hasOwn(vars, name)) return whole;
    const value = vars[name] as string | number;
    return forms === undefined ? String(value) : pluralForm(lang, value, forms);
  });
}
