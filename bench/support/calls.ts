/** The calls the benchmarks log: fixture-shaped RingCentral records under fresh session ids. */
import type { ApiRequest, LaunchedExtension } from '../../scripts/launch-extension';
import { expectOk, sleep } from './bench-session';
import { callWithSession, elenaCall } from '../../test/support/call-fixtures';

/** Elena Ruiz (person 731, organization 88) of the fake Pipedrive, with her open deal 1204. */
export const ELENA = { personId: 731, phoneNumber: '+14155550123', dealId: 1204 };

/** The example call to Elena Ruiz of docs/pipedrive.md ("Worked example"); `note` ends up in the activity's body, so a record can be traced to its call. */
export function logElenaCall(sessionId: string, note = 'Confirmed 40 trucks for Q1.'): ApiRequest {
  return {
    method: 'POST',
    path: '/callLog',
    body: {
      logInfo: elenaCall(sessionId),
      contactId: ELENA.personId,
      contactName: 'Elena Ruiz',
      note,
      additionalSubmission: { deals: ELENA.dealId },
    },
  };
}

export const findElena: ApiRequest = { method: 'GET', path: '/contact', query: { phoneNumber: ELENA.phoneNumber } };

/** A fixture call to Dana Whitfield (`c-1` of the Example CRM). */
export function logExampleCall(sessionId: string): ApiRequest {
  return {
    method: 'POST',
    path: '/callLog',
    body: { logInfo: callWithSession(1, sessionId), contactId: 'c-1', contactName: 'Dana Whitfield', note: 'Asked about the renewal.' },
  };
}

export const findDana: ApiRequest = { method: 'GET', path: '/contact', query: { phoneNumber: '+14155550132' } };

export function lookUp(sessionIds: readonly string[], requireDetails = false): ApiRequest {
  return { method: 'GET', path: '/callLog', query: { sessionIds: sessionIds.join(','), ...(requireDetails ? { requireDetails: 'true' } : {}) } };
}

export function updateNote(sessionId: string, note: string): ApiRequest {
  return { method: 'PATCH', path: '/callLog', body: { sessionId, note } };
}

/** Waits until every session is logged in the ledger or `capMs` after `started` has passed; answers those logged. */
export async function waitUntilLogged(extension: LaunchedExtension, ids: string[], started: number, capMs: number): Promise<Set<string>> {
  let logged = await loggedInLedger(extension, ids);
  while (logged.size < ids.length && Date.now() - started < capMs) {
    await sleep(500);
    logged = await loggedInLedger(extension, ids);
  }
  return logged;
}

async function loggedInLedger(extension: LaunchedExtension, ids: string[]): Promise<Set<string>> {
  const { body } = await expectOk(extension, lookUp(ids));
  return new Set((body.logs as { sessionId: string; matched: boolean }[]).filter((log) => log.matched).map((log) => log.sessionId));
}
