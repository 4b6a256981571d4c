/**
 * Dates in the atlas are instants: epoch milliseconds (UTC), parsed once from
 * ISO 8601 strings that carry an explicit offset. Sources mix Japan Standard
 * Time (+09:00), Moscow time (+03:00) and Soviet Far East zone times, so a
 * date without an offset is ambiguous and is rejected.
 */

/** Matches `YYYY-MM-DDTHH:MM[:SS][.sss](Z|±HH:MM)`; the offset is mandatory. */
const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Japan Standard Time, the zone the atlas displays by default. */
export const JST_OFFSET_MINUTES = 9 * 60;

/**
 * Whether `text` is an ISO 8601 date-time with an explicit UTC offset.
 * @param text - candidate string
 * @returns true for e.g. `1945-08-20T05:30+09:00`, false for `1945-08-20`
 */
export function isIsoWithOffset(text: string): boolean {
  return timeFromIso(text) !== null;
}

/**
 * Epoch milliseconds from an ISO 8601 date-time with an explicit offset.
 * @param text - e.g. `1945-08-18T04:20+12:00`
 * @returns epoch ms (UTC), or null when the text is malformed, has no offset
 *   or names an impossible calendar date (2月30日 is rejected, not rolled over)
 * @example timeFromIso('1945-08-15T12:00+09:00') === Date.UTC(1945, 7, 15, 3)
 */
export function timeFromIso(text: string): number | null {
  const match = ISO_WITH_OFFSET.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s = '0', zone = ''] = match;
  const year = Number(y), month = Number(mo), day = Number(d);
  const hour = Number(h), minute = Number(mi), second = Number(s);
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  // Dates roll 30 Feb over to 2 Mar; compare back to catch impossible days.
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999 (0045 as 1945).
  const probe = new Date(0);
  probe.setUTCFullYear(year, month - 1, day);
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  const offsetMinutes = offsetMinutesFromZone(zone);
  if (offsetMinutes === null) return null;
  probe.setUTCHours(hour, minute, second);
  return probe.getTime() - offsetMinutes * 60_000;
}

/** Offset in minutes east of UTC from `Z` or `±HH:MM`; null when out of range. */
function offsetMinutesFromZone(zone: string): number | null {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  if (hours > 14 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}

/**
 * ISO 8601 text of an instant as seen at a fixed offset.
 * @param time - epoch ms
 * @param offsetMinutes - minutes east of UTC; defaults to JST
 * @returns e.g. `1945-08-20T06:00+09:00`
 */
export function isoFromTime(time: number, offsetMinutes: number = JST_OFFSET_MINUTES): string {
  const shifted = new Date(time + offsetMinutes * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return (
    `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}` +
    `T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** How long a stated time lasts at each precision, for the spans below; months vary. */
const PRECISION_MS = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;

/**
 * The exclusive end of a span whose end is stated at `precision`: "until 23
 * August" (day precision, stored as `1945-08-23T00:00+09:00`) runs to the end
 * of that day, not to its first minute.
 * @param text - the end as stored, an ISO 8601 date-time with offset
 * @param precision - how precisely the source gives it
 * @returns epoch ms just after the stated end, or null when `text` does not parse
 * @example spanEndFromIso('1945-08-23T00:00+09:00', 'day') === timeFromIso('1945-08-24T00:00+09:00')
 */
export function spanEndFromIso(text: string, precision: 'minute' | 'hour' | 'day' | 'month'): number | null {
  const time = timeFromIso(text);
  if (time === null) return null;
  if (precision !== 'month') return time + PRECISION_MS[precision];
  // The first of the next month at the same offset (a month-precision date is stored on the 1st).
  const [, year = '', month = '', zone = ''] = /^(\d{4})-(\d{2}).*?(Z|[+-]\d{2}:\d{2})$/.exec(text) ?? [];
  const next = Number(month) === 12 ? `${Number(year) + 1}-01` : `${year}-${String(Number(month) + 1).padStart(2, '0')}`;
  return timeFromIso(`${next}-01T00:00${zone}`);
}
