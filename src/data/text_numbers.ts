/**
 * The numbers a text carries, written the same way whatever its language, so
 * that the en, ja and ru versions of one text can be compared (issue #16: the
 * three versions carry the same numbers and dates). Pure.
 *
 * What is read the same in every language:
 * - digits, full-width (１２) or not, and the kanji numerals of a ship's number (第二号 = 2);
 * - thousands separators: "67,600", "67 600" (any space), Japanese 万 ("7万5000" = 75000,
 *   "1万" = 10000) and Russian «тыс.» ("67,6 тыс." = 67600);
 * - decimal commas in Russian ("2,9 км" = 2.9);
 * - clock times: "06:00", "6時00分", "6時" and "6.00" are all "6:00"; "2 pm" and 午後2時 are "14:00"
 *   (but 1時間, an hour's length, is 1);
 * - Japanese 千 ("5千" = 5000);
 * - the numbers two to twelve written as words in English and Russian (in any case: «двух», «трёх»),
 *   since one language often spells out what another writes in digits (one line, 1本; ten, 10人).
 * The number 1 alone is left out (see below), and so are month names and Japanese month numbers (8月): a Japanese text often
 * writes the month once for two days where the English repeats it.
 */

const KANJI_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 第二号 → 第2号 (a ship's number in kanji); 十 as in 第十二号 → 12. Not 第二次 or 第二千島: those are names. */
function ordinalDigits(text: string): string {
  return text.replace(/第([一二三四五六七八九十]+)(?=号)/g, (_, k: string) => {
    const [tens, ones] = k.includes('十') ? k.split('十') : ['', k];
    const value = (k.includes('十') ? (KANJI_DIGITS[tens!] ?? 1) * 10 : 0) + (KANJI_DIGITS[ones!] ?? 0);
    return `第${value}`;
  });
}

/** Two to twelve: "one" (a line, one of) and «один» are too often no count to compare. */
const EN_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** Russian numerals 2–12 in every case (stems with their endings), with the collective (трое) and «вдвое» forms. */
const RU_WORDS = [
  'дв(?:а|е|ух|ум|умя)|дво(?:е|их|им|ими)|вдвое', 'тр(?:и|ёх|ех|ём|ем|емя)|тро(?:е|их|им|ими)|втрое',
  'четыр(?:е|ёх|ех|ём|ем|ьмя)|четвер(?:о|ых|ым|ыми)|вчетверо|четверт(?:ь|и|ью)',
  'пят(?:ь|и|ью)', 'шест(?:ь|и|ью)', 'сем(?:ь|и|ью)', 'вос(?:емь|ьми|емью|ьмью)', 'девят(?:ь|и|ью)', 'десят(?:ь|и|ью)',
  'одиннадцат(?:ь|и|ью)', 'двенадцат(?:ь|и|ью)',
];
const EN_WORD = new RegExp(`\\b(${EN_WORDS.join('|')})(?:fold)?\\b`, 'gi');
const RU_WORD = RU_WORDS.map((stem, i) => [new RegExp(`(?<![а-яё])(?:${stem})(?![а-яё])`, 'gi'), i + 2] as const);

/**
 * The numbers of a text, normalised (see the module's comment).
 * @param text - one language's version
 * @param lang - its language (decimal commas and «тыс.» are Russian)
 * @returns the numbers and times, sorted, e.g. `["1945", "20", "6:00"]`
 * @example numbersIn('7万5000人が8月20日6時に', 'ja') // ['20', '6:00', '75000']
 */
export function numbersIn(text: string, lang: 'en' | 'ja' | 'ru'): string[] {
  let s = ordinalDigits(text.normalize('NFKC'));
  const out: string[] = [];
  const time = (h: string, m: string) => { out.push(`${Number(h)}:${m.padStart(2, '0')}`); return ' '; };
  s = s.replace(/(\d{1,2}):(\d{2})(?!\d)/g, (_, h: string, m: string) => time(h, m));
  // A Japanese range writes its unit once: 1〜2時 is 1時〜2時; 6〜10月 is two months.
  s = s.replace(/(\d{1,2})[〜~–-](\d{1,2})時/g, '$1時〜$2時').replace(/(\d{1,2})[〜~–-](\d{1,2})月/g, '$1月〜$2月');
  s = s.replace(/(\d{1,2})\s*(am|pm)\b/gi, (_, h: string, ap: string) => time(String((Number(h) % 12) + (ap.toLowerCase() === 'pm' ? 12 : 0)), '00'));
  s = s.replace(/(午前|午後)?(\d{1,2})時(?!間)(?:(\d{1,2})分)?/g, (_, ap: string | undefined, h: string, m?: string) =>
    time(String(Number(h) + (ap === '午後' && Number(h) < 12 ? 12 : 0)), m ?? '00'));
  if (lang === 'ru') s = s.replace(/(\d{1,2}) час(?:а|ов)? (дня|вечера)/g, (_, h: string) => time(String(Number(h) + 12), '00'));
  // A time with a point (17.40), as Russian writes it and some English notes copy.
  s = s.replace(/(?<![\d.,])([01]?\d|2[0-3])\.([0-5]\d)(?![\d.,])/g, (_, h: string, m: string) => time(h, m));
  if (lang === 'en') s = s.replace(EN_WORD, (w) => ` ${EN_WORDS.indexOf(w.toLowerCase().replace(/fold$/, '')) + 2} `).replace(/\b(?:a|one) quarter\b/gi, ' 4 ');
  if (lang === 'ru') for (const [re, n] of RU_WORD) s = s.replace(re, ` ${n} `);
  // Japanese months are not compared (see above); the day that follows is.
  s = s.replace(/(\d{1,2})月/g, ' ');
  // Thousands: a comma before exactly three digits, or (Russian) any space before them.
  // Russian separates thousands with a space and decimals with a comma (49,985); the others the reverse.
  s = lang === 'ru' ? s.replace(/(\d),(\d)/g, '$1.$2') : s.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  if (lang === 'ru') s = s.replace(/(\d)[\s\u00a0\u2009\u202f](?=\d{3}(?!\d))/g, '$1');
  s = s.replace(/(\d+)千/g, (_, a: string) => String(Number(a) * 1000));
  s = s.replace(/(\d+(?:\.\d+)?)万(\d{1,4})?/g, (_, a: string, b?: string) => String(Math.round(Number(a) * 10_000) + Number(b ?? 0)));
  if (lang === 'ru') s = s.replace(/(\d+(?:\.\d+)?)\s*тыс\./g, (_, a: string) => String(Math.round(Number(a) * 1000)));
  // A lone 1 is left out: "one line", "one of", 1本, «одна» make it as often an article as a count.
  for (const m of s.matchAll(/\d+(?:\.\d+)?/g)) if (Number(m[0]) !== 1) out.push(String(Number(m[0])));
  return out.sort();
}

/**
 * How two versions of a text differ in their numbers.
 * @returns null when they carry the same numbers, else e.g. `"en only: 20; ja only: 21"`
 */
export function numberDifference(en: string, other: string, lang: 'ja' | 'ru'): string | null {
  const a = numbersIn(en, 'en');
  const b = numbersIn(other, lang);
  const rest = [...b];
  const enOnly: string[] = [];
  for (const n of a) {
    const i = rest.indexOf(n);
    if (i >= 0) rest.splice(i, 1);
    else enOnly.push(n);
  }
  if (enOnly.length === 0 && rest.length === 0) return null;
  return `en only: ${enOnly.join(', ') || '—'}; ${lang} only: ${rest.join(', ') || '—'}`;
}
