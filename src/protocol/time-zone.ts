/**
 * A CRM user's offset from UTC, as connectors report it: `+05:30` / `-08:00`, or a number read
 * as hours when |n| < 16 and as minutes otherwise (`-4` = −4 h, `330` = +5:30). Anything else,
 * or nothing, is UTC: the log must never depend on the machine's own zone.
 */
export type TimezoneOffset = string | number | null | undefined;

export function offsetMinutes(offset: TimezoneOffset): number {
  if (typeof offset === 'number') return fromNumber(offset);
  if (typeof offset !== 'string' || offset.trim() === '') return 0;
  const text = offset.trim();
  // A clock needs a colon (`5:30`, `-08:00`) or a sign and four digits (`+0530`); bare digits are a number.
  const clock = /^([+-]?)(\d{1,2}):(\d{2})$/.exec(text) ?? /^([+-])(\d{2})(\d{2})$/.exec(text);
  if (clock) {
    const minutes = Number(clock[2]) * 60 + Number(clock[3]);
    return clock[1] === '-' ? -minutes : minutes;
  }
  return /^[+-]?\d+(\.\d+)?$/.test(text) ? fromNumber(Number(text)) : 0;
}

function fromNumber(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.abs(value) < 16 ? Math.round(value * 60) : Math.round(value);
}

/** True when the text is an offset `offsetMinutes` understands (for validating settings). */
export function isTimezoneOffset(text: string): boolean {
  return /^([+-]?\d{1,2}:\d{2}|[+-]\d{4}|[+-]?\d+(\.\d+)?)$/.test(text.trim()) && Math.abs(offsetMinutes(text)) <= 14 * 60;
}

/**
 * Building an `Intl.DateTimeFormat` costs about 0.1 ms and every log asks for the same zone or
 * two, so each zone's formatter is made once per worker life (a few per user: the cache is bounded).
 */
const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** The wall-clock formatter of an IANA zone, or null when this browser does not know the zone. */
export function zoneFormatter(name: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(name);
  if (formatter !== undefined) return formatter;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    formatter = null;
  }
  if (formatters.size >= 64) formatters.clear();
  formatters.set(name, formatter);
  return formatter;
}

/** True when `name` is an IANA zone this browser knows (`Europe/Berlin`); false for anything else. */
export function isTimeZoneName(name: string | undefined): name is string {
  return name ? zoneFormatter(name) !== null : false;
}

/** The browser's own IANA zone (`UTC` when it reports none). */
export function browserTimeZone(): string {
  const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return isTimeZoneName(zone) ? zone : 'UTC';
}
