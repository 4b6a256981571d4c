/**
 * Interface languages. Pure: no DOM. The strings themselves live in
 * src/ui/strings.ts; this module only names the languages and picks one.
 */

/** An interface language: English, Japanese or Russian. */
export type Lang = 'en' | 'ja' | 'ru';

/** Every interface language, in the order the language control lists them. */
export const LANGS: readonly Lang[] = ['en', 'ja', 'ru'];

/**
 * Whether a value is an interface language.
 * @param value - anything (a hash value, a radio value)
 * @returns true for 'en', 'ja' and 'ru' exactly
 */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The interface language for the browser's preferred languages: the first
 * one whose primary subtag is en, ja or ru; English otherwise.
 * @param languages - BCP 47 tags in preference order (`navigator.languages`)
 * @returns the language to show
 * @example langFromNavigator(['de-DE', 'ja-JP', 'en']) // 'ja'
 */
export function langFromNavigator(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const primary = typeof tag === 'string' ? tag.trim().toLowerCase().split(/[-_]/)[0] : '';
    if (isLang(primary)) return primary;
  }
  return 'en';
}
