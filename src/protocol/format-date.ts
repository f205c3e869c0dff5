/**
 * Formats a call's start time with moment-style tokens (`YYYY-MM-DD hh:mm:ss A`) in a fixed
 * offset. A dozen tokens cover every format a CRM user picks; a date library would add more to
 * the service worker than this whole file.
 */
import { offsetMinutes, type TimezoneOffset } from './time-zone';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TOKENS = /\[([^\]]*)]|YYYY|YY|MMMM|MMM|MM|M|DD|D|HH|H|hh|h|mm|ss|A|a/g;

export const DEFAULT_DATE_FORMAT = 'YYYY-MM-DD hh:mm:ss A';

/** Epoch milliseconds or ISO text to a Date; undefined when it is not a time. */
export function parseStartTime(value: string | number | undefined): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const date = new Date(typeof value === 'number' || /^\d+$/.test(value) ? Number(value) : value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function formatDateTime(date: Date, offset: TimezoneOffset, format = DEFAULT_DATE_FORMAT): string {
  // Shift the instant, then read it with UTC getters: the result shows the wall clock at `offset`.
  const t = new Date(date.getTime() + offsetMinutes(offset) * 60_000);
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

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
