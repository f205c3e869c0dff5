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

/** True when `name` is an IANA zone this browser knows (`Europe/Berlin`); false for anything else. */
export function isTimeZoneName(name: string | undefined): name is string {
  if (!name) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The browser's own IANA zone (`UTC` when it reports none). */
export function browserTimeZone(): string {
  const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return isTimeZoneName(zone) ? zone : 'UTC';
}
