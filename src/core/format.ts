/**
 * Human-readable dates and numbers for the interface, in each interface
 * language. Fixed month names (not Intl) so the text is identical on every
 * machine and in tests, and the subset font covers it.
 */
import { JST_OFFSET_MINUTES } from './dates.ts';
import type { Lang } from './lang.ts';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Russian abbreviated months in the genitive, as after a day number (CLDR). */
const MONTHS_RU_DAY = ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'];
/** Russian months standing alone (nominative), for month-precision dates. */
const MONTHS_RU = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];

/**
 * Display text of an instant in JST, by each language's convention: Japanese
 * writes the hour with 時 and 分 and names the zone (日本時間); Russian marks
 * the year with «г.» and puts a comma before the time.
 * @param time - epoch ms
 * @param precision - 'day' or 'month' drop the clock time; anything else shows the time
 * @param lang - interface language
 * @returns e.g. "20 Aug 1945 06:00 JST", "1945年8月20日 6時00分（日本時間）", "20 авг. 1945 г., 06:00 JST";
 *   "20 Aug 1945", "1945年8月20日", "20 авг. 1945 г."; "Aug 1945", "1945年8月", "август 1945 г."
 */
export function displayFromTime(time: number, precision: string = 'minute', lang: Lang = 'en'): string {
  const d = new Date(time + JST_OFFSET_MINUTES * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const [year, month, date, hours, minutes] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
  const clock = `${pad(hours)}:${pad(minutes)} JST`;
  if (lang === 'ja') {
    if (precision === 'month') return `${year}年${month + 1}月`;
    const day = `${year}年${month + 1}月${date}日`;
    return precision === 'day' ? day : `${day} ${hours}時${pad(minutes)}分（日本時間）`;
  }
  if (lang === 'ru') {
    if (precision === 'month') return `${MONTHS_RU[month]} ${year} г.`;
    const day = `${date} ${MONTHS_RU_DAY[month]} ${year} г.`;
    return precision === 'day' ? day : `${day}, ${clock}`;
  }
  if (precision === 'month') return `${MONTHS_EN[month]} ${year}`;
  const day = `${date} ${MONTHS_EN[month]} ${year}`;
  return precision === 'day' ? day : `${day} ${clock}`;
}

/**
 * A whole number with the language's digit grouping: a comma in English and
 * Japanese; in Russian a no-break space from five digits up (10 000), none
 * in a four-digit number (1708), as Russian typography writes them.
 * @param n - the number
 * @param lang - interface language
 * @returns e.g. "1,708" (en, ja), "1708" and "67 600" with a no-break space (ru)
 */
export function numberText(n: number, lang: Lang = 'en'): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.round(Math.abs(n)));
  if (lang === 'ru' && digits.length <= 4) return sign + digits;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'ru' ? '\u00a0' : ',');
  return sign + grouped;
}
