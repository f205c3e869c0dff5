/**
 * The body of `POST /v3.1/Events` for one call (docs/insightly.md, "A call as an event"): title,
 * the composed body (with its Session Id item: `sessionInBody`), UTC start and end, and the links (contact or lead,
 * plus organisation, opportunity and project for a contact) inside the same POST.
 */
import type { CallRecord } from '../../protocol/call-record';
import { CrmError } from '../../http/crm-error';
import type { LogContact } from '../types';
import { toInsightlyTime } from './insightly-time';

const LINK_NAMES = { organisation: 'Organisation', opportunity: 'Opportunity', project: 'Project' } as const;
export type LinkKind = keyof typeof LINK_NAMES;
export const LINK_KINDS = Object.keys(LINK_NAMES) as LinkKind[];
export const linkName = (kind: LinkKind) => LINK_NAMES[kind];

export function toEvent(args: {
  contactInfo: LogContact;
  callLog: CallRecord;
  subject: string;
  composedLogDetails: string;
  additionalSubmission: Record<string, unknown>;
}) {
  const { contactInfo, callLog, subject, composedLogDetails, additionalSubmission } = args;
  const lead = contactInfo.type.toLowerCase().startsWith('lead');
  const seconds = typeof callLog.duration === 'number' ? callLog.duration : 0;
  const extra = lead ? [] : LINK_KINDS.flatMap((kind) => chosen(additionalSubmission, kind));
  return {
    TITLE: subject,
    DETAILS: composedLogDetails,
    START_DATE_UTC: toInsightlyTime(callLog.startTime),
    END_DATE_UTC: toInsightlyTime(callLog.startTime, seconds),
    LINKS: [{ LINK_OBJECT_NAME: lead ? 'Lead' : 'Contact', LINK_OBJECT_ID: insightlyId(contactInfo.id, lead ? 'lead' : 'contact') }, ...extra],
  };
}

function chosen(submission: Record<string, unknown>, kind: LinkKind) {
  // App Connect's form sends `organization` (American spelling) in some versions.
  const value = submission[kind] ?? (kind === 'organisation' ? submission.organization : undefined);
  if (value === undefined || value === null || value === '') return [];
  return [{ LINK_OBJECT_NAME: LINK_NAMES[kind], LINK_OBJECT_ID: insightlyId(value, kind) }];
}

export function insightlyId(value: unknown, what: string): number {
  const id = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(id) || id <= 0)
    throw new CrmError('rejected', 'insightly', `"${String(value)}" is not an Insightly ${what} id. Choose it again.`);
  return id;
}
