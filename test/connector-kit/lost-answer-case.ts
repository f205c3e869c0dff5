/**
 * The kit's lost-answer case (docs/connectors.md, "Finding a lost create"): three calls with the
 * same contact, in the same minute, under the default subject — one logged, one whose answer was
 * lost after the CRM made its record, one that never reached the CRM. After recovery each
 * session maps to its own record: the lost one to the record it made, the one that never
 * reached the CRM to a new record, never to a look-alike. A connector without
 * `findCallLogBySession` must instead leave both to a person (needs review).
 */
import { expect } from 'vitest';
import { sessionForAccount } from '../../src/backends/local/local-session';
import { getConnector } from '../../src/connectors/registry';
import { createClaim } from '../../src/logging/create-call-log';
import { drainOutbox } from '../../src/logging/outbox/drain-outbox';
import { recoverUnfinished } from '../../src/logging/outbox/recover-unfinished';
import { reliabilitySetting } from '../../src/logging/outbox/retry-policy';
import { callSubject } from '../../src/protocol/call-subject';
import { claimSession, updateCallLogRecord } from '../../src/storage/call-log-store';
import { getConnection } from '../../src/storage/connections';
import { api } from '../support/api';
import { callWithSession } from '../support/call-fixtures';
import type { KitAccount, KitTarget } from './kit-target';

export async function lostAnswerCase(target: KitTarget, account: KitAccount, base: string): Promise<void> {
  const { oneMatch } = account;
  // What the side panel sends: the same fixture call (one start time), no custom subject.
  const body = (sessionId: string) => ({
    logInfo: callWithSession(2, sessionId),
    contactId: oneMatch.contactId,
    contactName: oneMatch.name,
    note: 'n',
  });
  const [never, lost, logged] = [`${base}-a-never-sent`, `${base}-b-answer-lost`, `${base}-c-logged`];
  const logIdOf = async (sessionId: string) => (await api({ method: 'GET', path: '/callLog', query: { sessionIds: sessionId } })).body.logs[0];

  const lookAlike: string = (await api({ method: 'POST', path: '/callLog', body: body(logged) })).body.logId;
  const ownRecord: string = (await api({ method: 'POST', path: '/callLog', body: body(lost) })).body.logId;
  expect([lookAlike, ownRecord].every(Boolean)).toBe(true);
  const before = (await account.logsInCrm()).length;

  const { user } = (await getConnection(target.platform))!;
  const key = (sessionId: string) => ({ platform: target.platform, userId: user.id, sessionId });
  // The worker stopped after the CRM made `lost`'s record, before the answer: the ledger still says logging.
  await updateCallLogRecord(key(lost), ({ logId: _lost, ...record }) => ({
    ...record,
    state: 'logging',
    intent: { operation: 'create', payload: body(lost), attempt: 1, at: record.createdAt },
  }));
  // And before `never`'s create left the browser.
  const request = body(never);
  await claimSession(createClaim(key(never), request, callSubject(request.logInfo, request.contactName), Date.now()));

  await reliabilitySetting.set({ settleDelayMs: 0 });
  try {
    await recoverUnfinished(sessionForAccount);
    await drainOutbox(sessionForAccount);
  } finally {
    await reliabilitySetting.remove();
  }

  if (!getConnector(target.platform)!.findCallLogBySession) {
    for (const sessionId of [never, lost]) expect(await logIdOf(sessionId)).toMatchObject({ matched: false, state: 'needsReview' });
    expect(await account.logsInCrm()).toHaveLength(before);
    return;
  }
  expect(await logIdOf(lost)).toMatchObject({ matched: true, logId: ownRecord });
  const fresh = await logIdOf(never);
  expect(fresh).toMatchObject({ matched: true });
  expect([lookAlike, ownRecord]).not.toContain(fresh.logId);
  expect(await logIdOf(logged)).toMatchObject({ matched: true, logId: lookAlike });
  expect(await account.logsInCrm()).toHaveLength(before + 1);
}
