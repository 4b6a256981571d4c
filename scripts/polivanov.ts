/**
 * Hepburn romanisation → Cyrillic by the Polivanov system, the Russian
 * standard for Japanese names (Тоёхара, Отомари, Сиритору, Амбэцу). Used by
 * `scripts/build_places.ts` to give each Karafuto and Chishima place the
 * Cyrillic form of its 1945 name (`name:ja-Cyrl`).
 *
 * Rules (ru.wikipedia "Система Поливанова"): long vowels are written without
 * marks (ō → о); え is э after consonants too (кэ, тэ, рэ); し じ ち つ are
 * си дзи ти цу; the y- glides give я ю ё (ё also after a vowel: Тоёхара);
 * ん is м before б п м and нъ before a vowel or й; い after a vowel is й.
 * That last rule holds inside one morpheme only (手井 te-i is Тэи): a place
 * where a boundary falls there gives its form in the spec by hand.
 */

const VOWELS: Record<string, string> = { a: 'а', i: 'и', u: 'у', e: 'э', o: 'о' };
/** The y- row after a consonant or alone: kya → кя, ya → я. */
const GLIDES: Record<string, string> = { a: 'я', u: 'ю', o: 'ё', e: 'э' };
/** Consonants in Hepburn, two-letter ones first, and their Cyrillic. */
const CONSONANTS: [string, string][] = [
  ['sh', 'с'], ['ch', 'т'], ['ts', 'ц'], ['j', 'дз'], ['z', 'дз'], ['f', 'ф'], ['w', 'в'],
  ['k', 'к'], ['g', 'г'], ['s', 'с'], ['t', 'т'], ['d', 'д'], ['n', 'н'], ['h', 'х'],
  ['b', 'б'], ['p', 'п'], ['m', 'м'], ['r', 'р'],
];
/** Consonants whose vowel becomes a glide without a written y: shi → си, sha → ся, ja → дзя, cha → тя. */
const PALATAL = new Set(['sh', 'ch', 'j']);
const MACRONS: Record<string, string> = { ā: 'a', ī: 'i', ū: 'u', ē: 'e', ō: 'o', â: 'a', î: 'i', û: 'u', ê: 'e', ô: 'o' };

/** One word (no spaces or hyphens), lower case without macrons. */
function convertWord(word: string): string {
  let out = '';
  let i = 0;
  // い after a, u, e, o (not after i: ii is a long i, Ниигата).
  const afterVowel = () => i > 0 && 'aueo'.includes(word[i - 1] ?? '');
  while (i < word.length) {
    const c = word[i] ?? '';
    const next = word[i + 1] ?? '';
    if (c in VOWELS) {
      out += c === 'i' && afterVowel() ? 'й' : VOWELS[c];
      i += 1;
      continue;
    }
    if (c === 'y') {
      out += GLIDES[next] ?? 'й';
      i += next in GLIDES ? 2 : 1;
      continue;
    }
    // ん: syllable-final n (before a consonant other than y, an apostrophe or the end).
    if (c === 'n' && (next === '' || next === "'" || !('aiueoy'.includes(next)))) {
      const after = next === "'" ? word[i + 2] ?? '' : next;
      out += 'bpm'.includes(after) && after !== '' ? 'м' : 'aiueoy'.includes(after) && after !== '' ? 'нъ' : 'н';
      i += next === "'" ? 2 : 1;
      continue;
    }
    // Sokuon: a doubled consonant (kk, ss, tt, pp) or t before ch.
    if ((c === next && c !== 'n') || (c === 't' && word.startsWith('ch', i + 1))) {
      const [, cyr] = CONSONANTS.find(([lat]) => word.startsWith(lat, i + 1)) ?? ['', ''];
      out += cyr.slice(-1) || c;
      i += 1;
      continue;
    }
    const match = CONSONANTS.find(([lat]) => word.startsWith(lat, i));
    if (!match) throw new Error(`not Hepburn: "${word}" at "${word.slice(i)}"`);
    const [lat, cyr] = match;
    i += lat.length;
    let vowel = word[i] ?? '';
    if (vowel === 'y') {
      i += 1;
      vowel = word[i] ?? '';
      out += cyr + (GLIDES[vowel] ?? '');
    } else if (PALATAL.has(lat) && vowel !== 'i') {
      out += cyr + (GLIDES[vowel] ?? '');
    } else {
      if (!(vowel in VOWELS)) throw new Error(`not Hepburn: "${word}" at "${lat}${vowel}"`);
      out += cyr + VOWELS[vowel];
    }
    i += 1;
  }
  return out;
}

/**
 * Cyrillic form of a Hepburn name by the Polivanov system.
 * @param hepburn - Hepburn, with or without macrons; words split by spaces or hyphens keep their separators
 * @returns the Cyrillic, each capitalised word capitalised
 * @throws on a letter sequence that is not Hepburn (digits, English words)
 * @example polivanov('Ōtomari') // 'Отомари'
 */
export function polivanov(hepburn: string): string {
  return hepburn.split(/([\s-]+)/).map((part) => {
    if (/^[\s-]*$/.test(part)) return part;
    const plain = [...part.normalize('NFC')].map((ch) => MACRONS[ch.toLowerCase()] ?? ch.toLowerCase()).join('');
    const cyr = convertWord(plain);
    return part[0] !== part[0]?.toLowerCase() ? cyr.charAt(0).toUpperCase() + cyr.slice(1) : cyr;
  }).join('');
}
