/**
 * The Clio records of one call (docs/clio.md, "How a call becomes a communication"): a
 * PhoneCommunication between the user and the contact, on the matter, carrying the session id as
 * an external property; and the time entry that bills it, dated in the user's Clio time zone.
 */
import type { CallRecord } from '../../protocol/call-record';
import { CrmError } from '../../http/crm-error';

export const SESSION_PROPERTY = 'rcSessionId';

export function clioId(value: unknown, what: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw new CrmError('rejected', 'clio', `"${String(value)}" is not a Clio ${what} id.`);
  return id;
}

export function startOf(call: CallRecord): Date | undefined {
  if (call.startTime === undefined) return undefined;
  const date = new Date(call.startTime);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function toCommunication(args: { call: CallRecord; subject: string; body: string; userId: number; contactId: number; matterId?: number }) {
  const user = { id: args.userId, type: 'User' };
  const contact = { id: args.contactId, type: 'Contact' };
  const inbound = args.call.direction === 'Inbound';
  const start = startOf(args.call);
  return {
    type: 'PhoneCommunication',
    subject: args.subject,
    body: args.body || 'No details available',
    ...(start ? { received_at: start.toISOString() } : {}),
    senders: [inbound ? contact : user],
    receivers: [inbound ? user : contact],
    ...(args.matterId ? { matter: { id: args.matterId } } : {}),
    external_properties: [{ name: SESSION_PROPERTY, value: args.call.sessionId }],
  };
}

/** `YYYY-MM-DD` of `at` in `timeZone` (a 9 pm Pacific call belongs to that day, not the next UTC one). */
export function dayIn(at: Date, timeZone: string | undefined): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  } catch {
    return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  }
}

export function toTimeEntry(args: {
  communicationId: number;
  call: CallRecord;
  body: string;
  timeZone?: string;
  nonBillable: boolean;
  matterId?: number;
}) {
  const seconds = typeof args.call.duration === 'number' ? Math.max(0, Math.round(args.call.duration)) : 0;
  return {
    type: 'TimeEntry',
    communication: { id: args.communicationId },
    quantity: seconds,
    date: dayIn(startOf(args.call) ?? new Date(), args.timeZone),
    non_billable: args.nonBillable,
    note: args.body || 'No details available',
    ...(args.matterId ? { matter: { id: args.matterId } } : {}),
  };
}
