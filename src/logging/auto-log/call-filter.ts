/**
 * Which ended calls auto-log takes, by the user's settings: direction, unanswered calls, internal
 * calls, the "do not log" numbers. A call left out here is the user's choice, not a problem, so it
 * carries no unlogged reason and the badge does not count it.
 */
import type { CallRecord } from '../../protocol/call-record';
import { contactParty } from '../../protocol/contact-party';
import type { AutoLogSettings } from '../../protocol/schemas/auto-log-settings';

/** RingCentral's results for a call nobody answered (Call Log API `result`). */
const UNANSWERED = new Set(['Missed', 'Voicemail', 'Rejected', 'Busy', 'No Answer', 'Hang Up', 'Abandoned', 'Declined', 'Blocked']);

export function isUnanswered(call: CallRecord): boolean {
  return UNANSWERED.has(call.result ?? '');
}

/** A call between two extensions: the other party has no outside number. */
export function isInternal(call: CallRecord): boolean {
  const party = contactParty(call);
  return !party?.phoneNumber && Boolean(party?.extensionNumber);
}

/**
 * A call-queue call that rang here but a colleague took ("Answered Elsewhere"): the colleague's
 * browser logs it, so this one marks it instead of logging it a second time.
 */
export function isAnsweredElsewhere(call: CallRecord): boolean {
  return call.result === 'Answered Elsewhere';
}

export function isWanted(call: CallRecord, settings: AutoLogSettings): boolean {
  if (call.type !== undefined && call.type !== 'Voice') return false;
  if (call.direction === 'Outbound' ? !settings.logOutbound : !settings.logInbound) return false;
  if (!settings.logMissed && isUnanswered(call)) return false;
  if (!settings.logInternal && isInternal(call)) return false;
  return !isOnDoNotLogList(contactParty(call)?.phoneNumber, settings.doNotLog);
}

/** Compared on their digits, so "+1 (415) 555-0132" on the list stops +14155550132. */
export function isOnDoNotLogList(number: string | undefined, list: readonly string[]): boolean {
  const digits = (number ?? '').replace(/\D/g, '');
  if (digits.length < 3) return false;
  return list.some((entry) => {
    const listed = entry.replace(/\D/g, '');
    // A national number on the list ("415 555 0132") matches the number with its country code;
    // a shorter one ("555 0132") could be anyone's in another area.
    return listed.length >= 3 && (listed === digits || (listed.length >= 8 && digits.endsWith(listed)));
  });
}
