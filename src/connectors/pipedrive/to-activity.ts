/**
 * The body of `POST /api/v2/activities` for one call (docs/pipedrive.md, "How a call becomes an
 * activity"). v2 is strictly typed: ids are numbers, a lead id is a UUID string, and a deal or
 * lead that was not chosen is left out rather than sent empty. The person is linked as the
 * primary participant.
 */
import type { CallRecord } from '../../protocol/call-record';
import { CrmError } from '../../http/crm-error';
import type { LogContact } from '../types';
import type { CrmUser } from '../../storage/connections';
import { dueDateTime, hhmmDuration } from './activity-fields';
import { ownerIdOf } from './base-url';

export interface ActivityInput {
  user: CrmUser;
  personId: number;
  contactInfo: LogContact;
  callLog: CallRecord;
  subject: string;
  additionalSubmission: Record<string, unknown>;
  composedLogDetails: string;
  type: string;
  orgId: number | null;
}

export function toActivity({ user, personId, callLog, subject, additionalSubmission, composedLogDetails, type, orgId }: ActivityInput) {
  const dealId = chosenDeal(additionalSubmission.deals);
  const leadId = dealId === undefined ? chosenLead(additionalSubmission.leads) : undefined;
  return {
    owner_id: ownerIdOf(user),
    subject,
    type,
    duration: hhmmDuration(callLog.duration),
    ...(dealId !== undefined && { deal_id: dealId }),
    ...(leadId !== undefined && { lead_id: leadId }),
    ...(orgId ? { org_id: orgId } : {}),
    note: composedLogDetails,
    done: true,
    ...dueDateTime(callLog.startTime),
    participants: [{ person_id: personId, primary: true }],
  };
}

/** A Pipedrive record id: a positive whole number, as a number. */
export function pipedriveId(value: unknown, what: string): number {
  const id = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw new CrmError('rejected', 'pipedrive', `"${String(value)}" is not a Pipedrive ${what} id. Choose the ${what} again.`);
  }
  return id;
}

function chosenDeal(value: unknown): number | undefined {
  return value === undefined || value === null || value === '' ? undefined : pipedriveId(value, 'deal');
}

function chosenLead(value: unknown): string | undefined {
  return value === undefined || value === null || value === '' ? undefined : String(value);
}
