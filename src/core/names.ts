/**
 * Which name tags a label shows, by name mode and script. Pure; shared by the
 * map label expression (src/style/labels.ts) and the DOM lists, so that the
 * map and the screen-reader list always say the same name.
 */

/** Which era's name: Japanese names of 1945, modern Russian names, or both. */
export type NameMode = '1945' | 'modern' | 'both';
/** Which script: the native one (kanji/Cyrillic), Latin transliteration, or both. */
export type ScriptMode = 'native' | 'latin' | 'both';

/** The name tags a place may carry (flat GeoJSON properties). */
export type NameTag = 'name:ja' | 'name:ja-Latn' | 'name:ru' | 'name:ru-Latn' | 'name:en';

/** Name properties as they appear on a feature; null = explicitly unknown. */
export type NameProperties = Partial<Record<NameTag, string | null | undefined>>;

/** Valid values, for parsing the URL hash and radio inputs. */
export const NAME_MODES: readonly NameMode[] = ['1945', 'modern', 'both'];
/** Valid values, for parsing the URL hash and radio inputs. */
export const SCRIPT_MODES: readonly ScriptMode[] = ['native', 'latin', 'both'];

type Era = 'ja' | 'ru';

/**
 * Tags to try, in order, for one era in one script. The other era's tags come
 * last so a place is never unlabelled (a Hokkaido town has no Russian name).
 * `name:en` (capes, bays) is preferred to the other era but not to a
 * romanisation of the wanted one.
 */
function tagOrder(era: Era, script: 'native' | 'latin'): NameTag[] {
  const other: Era = era === 'ja' ? 'ru' : 'ja';
  if (script === 'native') {
    return [`name:${era}`, `name:${era}-Latn`, 'name:en', `name:${other}`, `name:${other}-Latn`];
  }
  return [`name:${era}-Latn`, 'name:en', `name:${era}`, `name:${other}-Latn`, `name:${other}`];
}

/**
 * The lines of a label: each line is a fallback list of tags; the first tag
 * with a value wins, and a line equal to an earlier line is dropped.
 * @param names - name mode
 * @param script - script mode
 * @returns one to four tag lists, in display order
 * @example nameLines('1945', 'both') // [[name:ja, ...], [name:ja-Latn, ...]]
 */
export function nameLines(names: NameMode, script: ScriptMode): NameTag[][] {
  const eras: Era[] = names === '1945' ? ['ja'] : names === 'modern' ? ['ru'] : ['ja', 'ru'];
  const scripts: ('native' | 'latin')[] = script === 'both' ? ['native', 'latin'] : [script];
  return eras.flatMap((era) => scripts.map((s) => tagOrder(era, s)));
}

/**
 * First non-empty value among `tags`.
 * @returns the name, or null when every tag is missing or null
 */
function firstName(properties: NameProperties, tags: readonly NameTag[]): string | null {
  for (const tag of tags) {
    const value = properties[tag];
    if (typeof value === 'string' && value.length > 0) return value;
  }
  return null;
}

/**
 * The label text of a place as the map draws it (same rules as labelExpression).
 * @param properties - the feature's name properties
 * @param names - name mode
 * @param script - script mode
 * @returns lines joined with "\n"; "" when the place has no name at all
 */
export function labelFromProperties(properties: NameProperties, names: NameMode, script: ScriptMode): string {
  const lines: string[] = [];
  for (const tags of nameLines(names, script)) {
    const value = firstName(properties, tags);
    if (value !== null && !lines.includes(value)) lines.push(value);
  }
  return lines.join('\n');
}

/**
 * Sentence on when the modern name came into use, for popups.
 * @param modernName - the modern (Russian) name in the reader's script
 * @param since - year adopted, or null/undefined when unknown
 * @returns e.g. "named Kholmsk since 1946", or null when there is nothing to say
 */
export function modernNameNote(modernName: string | null | undefined, since: number | null | undefined): string | null {
  if (!modernName || typeof since !== 'number') return null;
  return `named ${modernName} since ${since}`;
}
