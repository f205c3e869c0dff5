/**
 * How a call reads in the side panel: the other party, the start time in the user's own time
 * zone (the browser's), a compact duration. Pure functions, so they are tested with fixed
 * locales and zones.
 */
import type { CallRecord } from '../protocol/call-record';
import { contactParty } from '../protocol/contact-party';
import { t, uiLanguage } from './i18n';
import { formatNumber } from './phone-format';

export { callResult } from './call-result';

/** Results of an inbound call nobody answered: shown in the "missed" colour. */
const MISSED = new Set(['Missed', 'Voicemail', 'Rejected', 'Declined']); // i18n-ignore: RingCentral's result values

export function isMissed(call: CallRecord): boolean {
  return call.direction !== 'Outbound' && MISSED.has(call.result ?? '');
}

/** The other party's number as people read it (phone-format.ts: a page waits for `phoneFormatReady` first). */
export { formatNumber, phoneFormatReady } from './phone-format';

/** The number to look the contact up by (E.164), or the extension for internal calls. */
export function partyNumber(call: CallRecord): { number: string; isExtension: boolean } | undefined {
  const party = contactParty(call);
  if (party?.phoneNumber) return { number: party.phoneNumber, isExtension: false };
  if (party?.extensionNumber) return { number: party.extensionNumber, isExtension: true };
  return undefined;
}

/** Whether the list shows the call by its number (no name from the phone system): it needs the formatter. */
export function showsNumber(call: CallRecord): boolean {
  const party = contactParty(call);
  return !party?.name?.trim() && Boolean(party?.phoneNumber);
}

/** The name to show: the matched CRM contact, else the phone system's caller name, else the number. */
export function partyLabel(call: CallRecord, matchedName?: string): string {
  const party = contactParty(call);
  if (matchedName) return matchedName;
  if (party?.name?.trim()) return party.name.trim();
  if (party?.phoneNumber) return formatNumber(party.phoneNumber);
  if (party?.extensionNumber) return t('call_extension', party.extensionNumber);
  return t('call_unknown_caller');
}

/** `Today, 2:14 PM`, `Yesterday, 9:03 AM`, `Mon, Mar 3, 4:20 PM`, in `timeZone` (default: the browser's). */
export function formatStartTime(startTime: string | number | undefined, now: Date, locale = uiLanguage(), timeZone?: string): string {
  if (startTime === undefined) return '';
  const start = new Date(typeof startTime === 'number' ? startTime : Date.parse(startTime));
  if (Number.isNaN(start.getTime())) return '';
  const day = (date: Date) => formatter('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
  const time = formatter(locale, { timeZone, hour: 'numeric', minute: '2-digit' }).format(start);
  if (day(start) === day(now)) return t('time_today', time);
  if (day(start) === day(new Date(now.getTime() - 86_400_000))) return t('time_yesterday', time);
  const date = formatter(locale, { timeZone, weekday: 'short', month: 'short', day: 'numeric' }).format(start);
  return `${date}, ${time}`;
}

/** Building a formatter costs about 0.1 ms; a list of 1,000 calls asks for the same three 5,000 times. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locale, options]);
  let made = formatters.get(key);
  if (!made) formatters.set(key, (made = new Intl.DateTimeFormat(locale, options)));
  return made;
}

/** `0:18`, `5:42`, `1:02:05`. */
export function formatDuration(seconds: number | string | undefined): string {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return typeof seconds === 'string' ? seconds : '';
  const s = Math.max(0, Math.round(seconds));
  const two = (n: number) => String(n).padStart(2, '0');
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  return hours ? `${hours}:${two(minutes)}:${two(s % 60)}` : `${minutes}:${two(s % 60)}`;
}
