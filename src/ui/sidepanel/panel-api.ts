/**
 * What the side panel asks the worker, with the answer types it reads. Contact lookups are the
 * expensive part on a real CRM (Pipedrive: a search plus two requests per person found), so the
 * panel looks a number up only when its call is opened, and keeps the answer for ten minutes.
 */
import type { CallsSnapshot } from '../../protocol/answers';
import type { CallRecord } from '../../protocol/call-record';
import { connectorMetadata } from '../../connectors/metadata';
import type { ConnectorMetadata, ContactInfo } from '../../protocol/crm-shapes';
import type { CallLogEntry } from '../../protocol/answers';
import type { OutboxEntry } from '../../protocol/answers';
import { callApi, type AnswerBody } from '../api-client';

export interface Connection {
  platform: string;
  displayName: string;
  name: string;
}

/**
 * What the forms are built from. A CRM this build has no connector for (one an App Connect server
 * connects) gets plain contacts and no extra fields, so its calls can still be logged.
 */
export function metadataFor(connection: Connection): ConnectorMetadata {
  const known = (connectorMetadata as Record<string, ConnectorMetadata>)[connection.platform];
  return known ?? { id: connection.platform, displayName: connection.displayName, authKind: 'apiKey', logFormat: 'text/plain', contactTypes: ['contact'], callLogFields: [], hostPermissions: [] };
}

export type CallsAnswer = AnswerBody & Partial<CallsSnapshot>;
export type ContactsAnswer = AnswerBody & { contact?: ContactInfo[] };
export type LogsAnswer = AnswerBody & { logs?: CallLogEntry[] };
export type CreateAnswer = AnswerBody & { logId?: string; queued?: boolean; state?: string };
export type OutboxAnswer = AnswerBody & { items?: OutboxEntry[] };
export type { OutboxEntry };

const CONTACTS_FRESH_MS = 10 * 60_000;
const contactCache = new Map<string, { at: number; answer: Promise<ContactsAnswer> }>();

export async function getConnection(): Promise<Connection | null> {
  const { body } = await callApi<{ connection?: Connection | null } & AnswerBody>('GET', '/connection');
  return body.connection ?? null;
}

export async function getCalls(refresh: boolean): Promise<CallsAnswer> {
  return (await callApi<CallsAnswer>('GET', '/calls', refresh ? { query: { refresh: 'true' } } : {})).body;
}

/** The logged state of many calls at once (the worker answers from its ledger, no CRM request). */
export async function getLogStates(sessionIds: string[]): Promise<{ status: number; body: LogsAnswer }> {
  if (!sessionIds.length) return { status: 200, body: { successful: true, logs: [] } };
  return await callApi<LogsAnswer>('GET', '/callLog', { query: { sessionIds: sessionIds.join(',') } });
}

export async function getLogDetails(sessionId: string): Promise<LogsAnswer> {
  return (await callApi<LogsAnswer>('GET', '/callLog', { query: { sessionIds: sessionId, requireDetails: 'true' } })).body;
}

export function findContacts(platform: string, number: string, isExtension: boolean): Promise<ContactsAnswer> {
  const key = `${platform}|${number}`;
  const cached = contactCache.get(key);
  if (cached && Date.now() - cached.at < CONTACTS_FRESH_MS) return cached.answer;
  const answer = callApi<ContactsAnswer>('GET', '/contact', { query: { phoneNumber: number, isExtension: String(isExtension) } }).then(({ body }) => {
    if (!body.successful) contactCache.delete(key); // a failure is not worth remembering
    return body;
  });
  contactCache.set(key, { at: Date.now(), answer });
  return answer;
}

export async function createContact(platform: string, phoneNumber: string, newContactName: string, newContactType: string) {
  contactCache.delete(`${platform}|${phoneNumber}`);
  type Created = AnswerBody & { contact?: { id: string | number; name: string } | null };
  return (await callApi<Created>('POST', '/contact', { body: { phoneNumber, newContactName, newContactType } })).body;
}

export interface NewLog {
  call: CallRecord;
  contact: { id: string | number; name: string; type?: string };
  subject: string;
  note: string;
  additionalSubmission: Record<string, unknown>;
}

export async function createLog({ call, contact, subject, note, additionalSubmission }: NewLog): Promise<CreateAnswer> {
  const body = {
    logInfo: { ...call, customSubject: subject },
    contactId: contact.id,
    contactType: contact.type,
    contactName: contact.name,
    note,
    additionalSubmission,
  };
  return (await callApi<CreateAnswer>('POST', '/callLog', { body })).body;
}

export async function updateLog(sessionId: string, subject: string, note: string): Promise<AnswerBody> {
  return (await callApi('PATCH', '/callLog', { body: { sessionId, subject, note } })).body;
}

export async function updateDispositions(sessionId: string, dispositions: Record<string, unknown>): Promise<AnswerBody> {
  return (await callApi('PUT', '/callDisposition', { body: { sessionId, dispositions } })).body;
}

/** Creates and changes that wait to be sent (a read of the worker's outbox, no CRM request). */
export async function getOutbox(): Promise<OutboxAnswer> {
  return (await callApi<OutboxAnswer>('GET', '/outbox')).body;
}

export async function retryOutboxItem(id: number): Promise<AnswerBody> {
  return (await callApi('POST', '/outbox/retry', { body: { id } })).body;
}

export async function discardOutboxItem(id: number): Promise<AnswerBody> {
  return (await callApi('POST', '/outbox/discard', { body: { id } })).body;
}

/** A person checked the CRM: the call is there (`logId`), or it is not (`logId` left out). */
export async function reviewCall(sessionId: string, logId?: string): Promise<AnswerBody> {
  return (await callApi('POST', '/callLog/review', { body: logId ? { sessionId, logId } : { sessionId } })).body;
}
