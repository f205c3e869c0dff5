/**
 * Formats a call's start time with moment-style tokens (`YYYY-MM-DD hh:mm:ss A`) in an IANA time
 * zone (read with `Intl` for that very date, so daylight saving is right) or at a fixed offset.
 * A dozen tokens cover every format a CRM user picks; a date library would add more to the
 * service worker than this whole file.
 */
import { offsetMinutes, zoneFormatter, type TimezoneOffset } from './time-zone';

/** Where to read the wall clock: an IANA zone (`Europe/Berlin`) or a fixed offset from UTC. */
export type ClockPlace = TimezoneOffset | { timeZone: string };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TOKENS = /\[([^\]]*)]|YYYY|YY|MMMM|MMM|MM|M|DD|D|HH|H|hh|h|mm|ss|A|a/g;

export const DEFAULT_DATE_FORMAT = 'YYYY-MM-DD hh:mm:ss A';

/** Epoch milliseconds or ISO text to a Date; undefined when it is not a time. */
export function parseStartTime(value: string | number | undefined): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const date = new Date(typeof value === 'number' || /^\d+$/.test(value) ? Number(value) : value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function formatDateTime(date: Date, place: ClockPlace, format = DEFAULT_DATE_FORMAT): string {
  // A Date whose UTC getters read the wall clock of `place`.
  const t = wallClock(date, place);
  const hours = t.getUTCHours();
  const values: Record<string, string> = {
    YYYY: String(t.getUTCFullYear()),
    YY: String(t.getUTCFullYear()).slice(-2),
    MMMM: MONTHS[t.getUTCMonth()]!,
    MMM: MONTHS[t.getUTCMonth()]!.slice(0, 3),
    MM: pad(t.getUTCMonth() + 1),
    M: String(t.getUTCMonth() + 1),
    DD: pad(t.getUTCDate()),
    D: String(t.getUTCDate()),
    HH: pad(hours),
    H: String(hours),
    hh: pad(hours % 12 || 12),
    h: String(hours % 12 || 12),
    mm: pad(t.getUTCMinutes()),
    ss: pad(t.getUTCSeconds()),
    A: hours < 12 ? 'AM' : 'PM',
    a: hours < 12 ? 'am' : 'pm',
  };
  return format.replace(TOKENS, (token, literal?: string) => literal ?? values[token] ?? token);
}

function wallClock(date: Date, place: ClockPlace): Date {
  if (typeof place !== 'object' || place === null) return new Date(date.getTime() + offsetMinutes(place) * 60_000);
  // An unknown zone throws here, as building its formatter would (callers pass known zones).
  const formatter = zoneFormatter(place.timeZone) ?? new Intl.DateTimeFormat('en-US', { timeZone: place.timeZone });
  const parts = Object.fromEntries(formatter.formatToParts(date).map((part) => [part.type, Number(part.value)])) as Record<string, number>;
  const year = parts.year!;
  const utc = new Date(Date.UTC(2000, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!, parts.second!));
  utc.setUTCFullYear(year);
  return utc;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
