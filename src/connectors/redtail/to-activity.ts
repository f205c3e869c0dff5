/**
 * The body of `POST /activities` for one call (docs/redtail.md, "A call as an activity"): the
 * subject, the composed HTML body (with its Session Id item: `sessionInBody`), start and end in
 * UTC, the "call" activity code, the chosen category (2 when none), the contact, and
 * `completed: true`, so a logged call needs no second request to be marked done.
 */
import { CrmError } from '../../http/crm-error';
import type { Connector } from '../types';

export const CALL_ACTIVITY_CODE = 3;
export const DEFAULT_CATEGORY = 2;

type ActivityArgs = Pick<
  Parameters<Connector['createCallLog']>[0],
  'contactInfo' | 'callLog' | 'subject' | 'composedLogDetails' | 'additionalSubmission'
>;

export function toActivity({ contactInfo, callLog, subject, composedLogDetails, additionalSubmission }: ActivityArgs) {
  return {
    subject,
    description: composedLogDetails,
    ...callDates(callLog.startTime, callLog.duration),
    activity_code_id: CALL_ACTIVITY_CODE,
    category_id: categoryOf(additionalSubmission.category) ?? DEFAULT_CATEGORY,
    repeats: 'never',
    linked_contacts: [{ contact_id: redtailId(contactInfo.id, 'contact') }],
    completed: true,
  };
}

/** ISO 8601 in UTC; the end is the start when the duration is not a number of seconds. */
export function callDates(startTime: unknown, duration: unknown): { start_date: string; end_date: string } {
  const ms = typeof startTime === 'number' ? startTime : Date.parse(String(startTime));
  const start = Number.isNaN(ms) ? Date.now() : ms;
  const seconds = typeof duration === 'number' && Number.isFinite(duration) ? duration : 0;
  return { start_date: new Date(start).toISOString(), end_date: new Date(start + seconds * 1000).toISOString() };
}

export function categoryOf(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return redtailId(value, 'category');
}

export function redtailId(value: unknown, what: string): number {
  const id = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(id) || id <= 0)
    throw new CrmError('rejected', 'redtail', `"${String(value)}" is not a Redtail ${what} id. Choose it again.`);
  return id;
}
