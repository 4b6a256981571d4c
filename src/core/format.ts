/**
 * Human-readable dates for the interface. Fixed English month abbreviations
 * (not Intl) so the text is identical on every machine and in tests.
 */
import { JST_OFFSET_MINUTES } from './dates.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Display text of an instant in JST.
 * @param time - epoch ms
 * @param precision - 'day' or 'month' drop the clock time; anything else shows HH:MM
 * @returns e.g. "20 Aug 1945 06:00 JST", "20 Aug 1945", "Aug 1945"
 */
export function displayFromTime(time: number, precision: string = 'minute'): string {
  const d = new Date(time + JST_OFFSET_MINUTES * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const month = `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  if (precision === 'month') return month;
  const day = `${d.getUTCDate()} ${month}`;
  if (precision === 'day') return day;
  return `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} JST`;
}
