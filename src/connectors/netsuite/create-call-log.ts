/**
 * createCallLog (docs/netsuite.md, "A call as a phone call"): one POST of a completed phone call
 * with the times in the user's zone, the contact and its company, the chosen transaction, and the
 * call's session as the record's external id: NetSuite keeps external ids unique per record type,
 * so a second create of the same call is refused, and the lost one is found again by that id.
 */
import { success } from '../../protocol/return-message';
import { isCrmError } from '../../http/crm-error';
import type { Connector } from '../types';
import type { NetsuiteApi } from './api';
import type { NetsuiteCaches } from './caches';
import { callTimes } from './call-times';
import { idLiteral } from './suiteql';

type CreateArgs = Parameters<Connector['createCallLog']>[0];

/** NetSuite's message field holds about 4,000 characters (unverified); App Connect keeps to 3,400. */
export const MESSAGE_BUDGET = 3400;
const SHORTENED = '\n(Shortened: NetSuite field limit.)';

export const externalIdOf = (sessionId: string) => `rc-call-${sessionId}`;

export async function createCallLog(api: NetsuiteApi, caches: NetsuiteCaches, args: CreateArgs) {
  const { contactInfo, callLog, subject, composedLogDetails, additionalSubmission, user } = args;
  const contactId = idLiteral(contactInfo.id);
  const company = contactInfo.type === 'contact' || !contactInfo.type ? await companyOf(api, caches, contactId) : contactId;
  const transaction = additionalSubmission.salesorder
    ? { id: idLiteral(String(additionalSubmission.salesorder)), type: 'salesorder' }
    : additionalSubmission.opportunity
      ? { id: idLiteral(String(additionalSubmission.opportunity)), type: 'opportunity' }
      : undefined;
  const body = {
    externalId: externalIdOf(callLog.sessionId),
    title: subject,
    phone: contactInfo.phoneNumber ?? '',
    priority: 'MEDIUM',
    status: 'COMPLETE',
    timedEvent: true,
    ...callTimes(callLog.startTime, callLog.duration, user.timezoneName),
    message: withinBudget(composedLogDetails),
    ...(contactInfo.type === 'contact' || !contactInfo.type ? { contact: { id: contactId } } : {}),
    ...(company ? { company: { id: company } } : {}),
    ...(transaction ? { transaction } : {}),
  };
  try {
    const id = await api.createPhoneCall(body);
    const logId = id ?? (await api.phoneCallByExternalId(body.externalId))?.id ?? null;
    return { logId, returnMessage: success('Call logged', 2000) };
  } catch (failure) {
    // Refused as a duplicate external id: this call's record exists already, adopt it.
    if (!(isCrmError(failure) && failure.code === 'rejected')) throw failure;
    const existing = await api.phoneCallByExternalId(body.externalId);
    if (!existing) throw failure;
    return { logId: existing.id, returnMessage: success('Call was already logged', 2000) };
  }
}

export function withinBudget(message: string): string {
  return message.length <= MESSAGE_BUDGET ? message : `${message.slice(0, MESSAGE_BUDGET - SHORTENED.length)}${SHORTENED}`;
}

async function companyOf(api: NetsuiteApi, caches: NetsuiteCaches, contactId: string): Promise<string | null> {
  const cached = await caches.companies.get(contactId);
  if (cached !== undefined) return cached;
  const company = (await api.contact(contactId)).company?.id ?? null;
  await caches.companies.setMany([[contactId, company]]);
  return company;
}
