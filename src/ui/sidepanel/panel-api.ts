/**
 * What the side panel asks the worker beyond a plain `callApi`. Contact lookups are the
 * expensive part on a real CRM (Pipedrive: a search plus two requests per person found), so the
 * panel looks a number up only when its call is opened, and keeps the answer for ten minutes.
 */
import type { Connection } from '../../protocol/api-answers';
import type { CallRecord } from '../../protocol/call-record';
import { connectorMetadata } from '../../connectors/metadata';
import type { ConnectorMetadata } from '../../protocol/crm-shapes';
import type { RouteAnswer } from '../../protocol/routes';
import { callApi } from '../api-client';

/**
 * What the forms are built from. A CRM this build has no connector for (one an App Connect server
 * connects) gets plain contacts and no extra fields, so its calls can still be logged.
 */
export function metadataFor(connection: Pick<Connection, 'platform' | 'displayName'>): ConnectorMetadata {
  const known = (connectorMetadata as Record<string, ConnectorMetadata>)[connection.platform];
  return (
    known ?? {
      id: connection.platform,
      displayName: connection.displayName,
      authKind: 'apiKey',
      logFormat: 'text/plain',
      contactTypes: ['contact'],
      callLogFields: [],
      hostPermissions: [],
    }
  );
}

const CONTACTS_FRESH_MS = 10 * 60_000;
const contactCache = new Map<string, { at: number; answer: Promise<RouteAnswer<'GET /contact'>> }>();

/** The logged state of many calls at once (the worker answers from its ledger, no CRM request). */
export async function getLogStates(sessionIds: string[]): Promise<RouteAnswer<'GET /callLog'>> {
  if (!sessionIds.length) return { successful: true, logs: [], returnMessage: null };
  return await callApi('GET /callLog', { query: { sessionIds: sessionIds.join(',') } });
}

export function findContacts(platform: string, number: string, isExtension: boolean): Promise<RouteAnswer<'GET /contact'>> {
  const key = `${platform}|${number}`;
  const cached = contactCache.get(key);
  if (cached && Date.now() - cached.at < CONTACTS_FRESH_MS) return cached.answer;
  const answer = callApi('GET /contact', { query: { phoneNumber: number, isExtension: isExtension ? 'true' : 'false' } }).then((body) => {
    if (!body.successful) contactCache.delete(key); // a failure is not worth remembering
    return body;
  });
  contactCache.set(key, { at: Date.now(), answer });
  return answer;
}

export function createContact(
  platform: string,
  phoneNumber: string,
  newContactName: string,
  newContactType: string,
): Promise<RouteAnswer<'POST /contact'>> {
  contactCache.delete(`${platform}|${phoneNumber}`);
  return callApi('POST /contact', { body: { phoneNumber, newContactName, newContactType } });
}

export interface NewLog {
  call: CallRecord;
  contact: { id: string | number; name: string; type?: string };
  subject: string;
  note: string;
  additionalSubmission: Record<string, unknown>;
}

export function createLog({ call, contact, subject, note, additionalSubmission }: NewLog): Promise<RouteAnswer<'POST /callLog'>> {
  const body = {
    logInfo: { ...call, customSubject: subject },
    contactId: contact.id,
    contactType: contact.type,
    contactName: contact.name,
    note,
    additionalSubmission,
  };
  return callApi('POST /callLog', { body });
}
