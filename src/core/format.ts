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
 * Display text of an instant in JST.
 * @param time - epoch ms
 * @param precision - 'day' or 'month' drop the clock time; anything else shows HH:MM
 * @param lang - interface language
 * @returns e.g. "20 Aug 1945 06:00 JST", "1945年8月20日 06:00 JST", "20 авг. 1945 06:00 JST";
 *   "20 Aug 1945", "Aug 1945", "1945年8月", "август 1945"
 */
export function displayFromTime(time: number, precision: string = 'minute', lang: Lang = 'en'): string {
  const d = new Date(time + JST_OFFSET_MINUTES * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const [year, month, date] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  const clock = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} JST`;
  if (lang === 'ja') {
    if (precision === 'month') return `${year}年${month + 1}月`;
    const day = `${year}年${month + 1}月${date}日`;
    return precision === 'day' ? day : `${day} ${clock}`;
  }
  if (lang === 'ru') {
    if (precision === 'month') return `${MONTHS_RU[month]} ${year}`;
    const day = `${date} ${MONTHS_RU_DAY[month]} ${year}`;
    return precision === 'day' ? day : `${day} ${clock}`;
  }
  if (precision === 'month') return `${MONTHS_EN[month]} ${year}`;
  const day = `${date} ${MONTHS_EN[month]} ${year}`;
  return precision === 'day' ? day : `${day} ${clock}`;
}

/**
 * A whole number with the language's digit grouping.
 * @param n - the number
 * @param lang - interface language
 * @returns e.g. "1,708" (en, ja) or "1 708" with a no-break space (ru)
 */
export function numberText(n: number, lang: Lang = 'en'): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.round(Math.abs(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'ru' ? '\u00a0' : ',');
  return sign + grouped;
}
