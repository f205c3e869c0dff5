/**
 * The outbox against the Example CRM in real IndexedDB, with a connector that fails on demand:
 * nothing lost, nothing twice, changes applied in order, a person able to retry or give up.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { CreateCallLogBody } from '../../src/protocol/schemas/call-log';
import { CrmError } from '../../src/http/crm-error';
import { testCRM } from '../../src/connectors/testCRM';
import { exampleCrmDb } from '../../src/connectors/testCRM/store';
import type { Connector } from '../../src/connectors/types';
import { createCallLog } from '../../src/logging/create-call-log';
import type { CrmSession } from '../../src/logging/crm-session';
import { drainOutbox, dueHeads } from '../../src/logging/outbox/drain-outbox';
import { accountOf, discardOutboxItem, listOutbox, retryOutboxItem, reviewCallLog } from '../../src/logging/outbox/outbox-actions';
import { resumeAccount } from '../../src/logging/outbox/pause-account';
import { recoverUnfinished } from '../../src/logging/outbox/recover-unfinished';
import { outboxBackoff } from '../../src/logging/outbox/retry-policy';
import { updateCallLog } from '../../src/logging/update-call-log';
import { claimSession, getCallLogRecord } from '../../src/storage/call-log-store';
import { allOutboxItems, putOutboxItem } from '../../src/storage/outbox-store';
import { callWithSession } from '../support/call-fixtures';
import { resetExtension } from '../support/reset';

const user = { id: 'example-user', platform: 'testCRM', name: 'U', hostname: '', timezoneOffset: null, platformAdditionalInfo: {} };
const key = (sessionId: string) => ({ platform: 'testCRM', userId: 'example-user', sessionId });

/**
 * The Example CRM behind a switch: while `failure` is set, every call to it throws that failure.
 * `creates` counts create requests that reached it, failed or not.
 */
function flakyCrm() {
  const state: { failure?: () => Error; creates: number } = { creates: 0 };
  const guard =
    <A extends unknown[], R>(operation: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (state.failure) throw state.failure();
      return operation(...args);
    };
  const connector: Connector = {
    ...testCRM,
    createCallLog: async (args) => {
      state.creates += 1;
      return guard(testCRM.createCallLog)(args);
    },
    getCallLog: guard(testCRM.getCallLog),
    updateCallLog: guard(testCRM.updateCallLog),
    findCallLogBySession: guard(testCRM.findCallLogBySession!),
  };
  const session: CrmSession = { connector, user, authHeader: testCRM.authHeader({ kind: 'apiKey', apiKey: 'k' }) };
  return { state, session, sessionFor: async () => session };
}

const request = (sessionId: string): CreateCallLogBody => ({
  logInfo: callWithSession(2, sessionId),
  contactId: 'c-3',
  contactName: 'Marcus Bell',
  note: 'n',
});
const activities = async (sessionId: string) => (await exampleCrmDb()).getAllFromIndex('activities', 'bySession', sessionId);

/** Makes every waiting change due now (the test does not wait for real backoff). */
async function makeAllDue(): Promise<void> {
  for (const item of await allOutboxItems())
    await putOutboxItem({ ...item, nextAttemptAt: Date.now() - 1, ...(item.lookUpFrom ? { lookUpFrom: Date.now() - 1 } : {}) });
}

const rateLimited = () => new CrmError('rateLimited', 'testCRM', 'Too many requests', { status: 429, retryAfterMs: 7_000 });
const serverError = () => new CrmError('unavailable', 'testCRM', 'Internal error', { status: 500 });

beforeEach(resetExtension);

describe('a create the CRM cannot take now', () => {
  it('is saved, answered as queued, and sent once it is due', async () => {
    const crm = flakyCrm();
    crm.state.failure = rateLimited;
    const before = Date.now();
    const answer = await createCallLog(crm.session, request('q-1'));
    expect(answer).toMatchObject({
      successful: false,
      queued: true,
      returnMessage: { message: expect.stringMatching(/^Saved — will retry in \d+ s\.$/) },
    });
    const [item] = await allOutboxItems();
    expect(item).toMatchObject({ operation: 'create', state: 'pending', attempt: 1, lastError: { message: expect.stringContaining('wait 7 s') } });
    expect(item!.nextAttemptAt).toBeGreaterThanOrEqual(before + 7_000);

    crm.state.failure = undefined;
    await drainOutbox(crm.sessionFor); // not due yet: nothing is sent
    expect(await activities('q-1')).toHaveLength(0);

    await makeAllDue();
    await drainOutbox(crm.sessionFor);
    expect(await activities('q-1')).toHaveLength(1);
    expect(await allOutboxItems()).toEqual([]);
    expect(await getCallLogRecord(key('q-1'))).toMatchObject({ state: 'logged' });
  });

  it('adds nothing when it is logged again while it waits', async () => {
    const crm = flakyCrm();
    crm.state.failure = serverError;
    await createCallLog(crm.session, request('q-2'));
    crm.state.failure = undefined;
    const again = await Promise.all([createCallLog(crm.session, request('q-2')), createCallLog(crm.session, request('q-2'))]);
    expect(again.every((a) => a.queued)).toBe(true);
    expect(await allOutboxItems()).toHaveLength(1);
    expect(crm.state.creates).toBe(1);
  });

  it('backs off exponentially with jitter, and honours the wait the CRM asks for', () => {
    expect(outboxBackoff(1, 0, () => 0)).toBe(2_500);
    expect(outboxBackoff(1, 0, () => 1)).toBe(5_000);
    expect(outboxBackoff(4, 0, () => 1)).toBe(40_000);
    expect(outboxBackoff(30, 0, () => 1)).toBe(30 * 60_000);
    expect(outboxBackoff(1, 12_000, () => 0)).toBe(12_000);
  });
});

describe('changes to a call that is not logged yet', () => {
  it('are applied after the create, in the order they were made', async () => {
    const crm = flakyCrm();
    crm.state.failure = serverError;
    await createCallLog(crm.session, request('o-1'));
    const first = await updateCallLog(crm.session, { sessionId: 'o-1', note: 'first edit', result: 'Voicemail' });
    const second = await updateCallLog(crm.session, { sessionId: 'o-1', note: 'second edit' });
    expect([first.queued, second.queued]).toEqual([true, true]);
    expect((await allOutboxItems()).map((item) => item.operation)).toEqual(['create', 'update', 'update']);

    crm.state.failure = undefined;
    await makeAllDue();
    await drainOutbox(crm.sessionFor);
    const [activity] = await activities('o-1');
    expect(activity!.body).toContain('- Note: second edit\n');
    expect(activity!.body).toContain('- Result: Voicemail\n');
    expect(await allOutboxItems()).toEqual([]);
  });

  it('only the first waiting change of a call is due', () => {
    const item = (id: number, sessionId: string, operation: 'create' | 'update', state: 'pending' | 'failed' = 'pending') =>
      ({ id, ...key(sessionId), operation, state, body: {}, attempt: 0, nextAttemptAt: 0, createdAt: 0 }) as const;
    const heads = dueHeads([item(3, 'a', 'update'), item(1, 'a', 'create'), item(2, 'b', 'update', 'failed'), item(4, 'b', 'update')]);
    expect(heads.map((h) => h.id)).toEqual([1, 4]);
  });
});

describe('a refusal in the background', () => {
  it('stays visible as failed; a person retries it or gives up on it', async () => {
    const crm = flakyCrm();
    crm.state.failure = serverError;
    await createCallLog(crm.session, request('f-1'));
    crm.state.failure = () => new CrmError('rejected', 'testCRM', 'Example CRM has no contact with id c-3.');
    await makeAllDue();
    await drainOutbox(crm.sessionFor);

    const [entry] = await listOutbox(accountOf(crm.session));
    expect(entry).toMatchObject({
      sessionId: 'f-1',
      operation: 'create',
      state: 'failed',
      lastError: { message: 'Example CRM has no contact with id c-3.' },
      subject: 'Outbound Call to Marcus Bell',
    });

    crm.state.failure = undefined;
    expect(await retryOutboxItem(crm.session, entry!.id!)).toMatchObject({ successful: true });
    expect(await activities('f-1')).toHaveLength(1);
    expect(await listOutbox(accountOf(crm.session))).toEqual([]);
  });

  it('is discarded on request, and the call can be logged again', async () => {
    const crm = flakyCrm();
    crm.state.failure = serverError;
    await createCallLog(crm.session, request('f-2'));
    const [entry] = await listOutbox(accountOf(crm.session));
    expect(await discardOutboxItem(accountOf(crm.session), entry!.id!)).toMatchObject({ successful: true });
    expect(await getCallLogRecord(key('f-2'))).toBeUndefined();
    crm.state.failure = undefined;
    expect((await createCallLog(crm.session, request('f-2'))).successful).toBe(true);
  });
});

describe('a revoked session', () => {
  it('pauses the account instead of failing every change, and resumes on reconnect', async () => {
    const crm = flakyCrm();
    crm.state.failure = serverError;
    await createCallLog(crm.session, request('r-1'));
    await createCallLog(crm.session, request('r-2'));
    crm.state.failure = () => new CrmError('revoked', 'testCRM', 'session expired', { status: 401 });
    await makeAllDue();
    await drainOutbox(crm.sessionFor);
    expect((await allOutboxItems()).map((item) => item.state)).toEqual(['paused', 'paused']);

    crm.state.failure = undefined;
    expect(await resumeAccount('testCRM', 'example-user')).toBe(2);
    await drainOutbox(crm.sessionFor);
    expect((await activities('r-1')).length + (await activities('r-2')).length).toBe(2);
  });
});

describe('a key the CRM no longer accepts', () => {
  it('pauses the account in the background instead of failing each change; reconnecting resumes', async () => {
    const crm = flakyCrm();
    crm.state.failure = serverError;
    for (const id of ['k-1', 'k-2', 'k-3']) await createCallLog(crm.session, request(id));
    crm.state.failure = () => new CrmError('unauthorized', 'testCRM', 'Authorization error', { status: 401 });
    await makeAllDue();
    await drainOutbox(crm.sessionFor);
    expect((await allOutboxItems()).map((item) => item.state)).toEqual(['paused', 'paused', 'paused']);
    expect(crm.state.creates).toBe(4); // three first tries, and one that found the key refused

    crm.state.failure = undefined;
    expect(await resumeAccount('testCRM', 'example-user')).toBe(3);
    await drainOutbox(crm.sessionFor);
    expect(await allOutboxItems()).toEqual([]);
  });

  it('still answers a person at once, and keeps nothing', async () => {
    const crm = flakyCrm();
    crm.state.failure = () => new CrmError('unauthorized', 'testCRM', 'Authorization error', { status: 401 });
    await expect(createCallLog(crm.session, request('k-4'))).rejects.toMatchObject({ code: 'unauthorized' });
    expect(await getCallLogRecord(key('k-4'))).toBeUndefined();
  });
});

describe('a worker stopped in the middle of a create', () => {
  it('leaves a trace that the next start looks up instead of creating blindly', async () => {
    const crm = flakyCrm();
    // The last worker claimed both sessions; for one of them the CRM had already created the record.
    for (const sessionId of ['w-1', 'w-2']) {
      const body = request(sessionId);
      await claimSession({
        ...key(sessionId),
        state: 'logging',
        contactId: 'c-3',
        subject: 'S',
        createdAt: 1,
        updatedAt: 1,
        intent: { operation: 'create', payload: body, attempt: 1, at: Date.now() },
      });
    }
    await testCRM.createCallLog({
      ...crm.session,
      contactInfo: { id: 'c-3', type: '', phoneNumber: '', name: '' },
      callLog: request('w-1').logInfo,
      subject: 'S',
      note: '',
      additionalSubmission: {},
      timezoneOffset: null,
      composedLogDetails: 'body',
    });

    expect(await recoverUnfinished(crm.sessionFor)).toBe(2);
    await drainOutbox(crm.sessionFor);
    expect(await activities('w-1')).toHaveLength(1);
    expect(await activities('w-2')).toHaveLength(1);
    expect(crm.state.creates).toBe(1); // only w-2, which the CRM certainly did not have
    expect(await getCallLogRecord(key('w-1'))).toMatchObject({ state: 'logged' });
  });
});

describe('start-up recovery', () => {
  it("leaves an App Connect server's sessions to the remote backend", async () => {
    const crm = flakyCrm();
    const remoteKey = { platform: 'remote:peerCRM', userId: 'u-1@http://server', sessionId: 'x' };
    await claimSession({
      ...remoteKey,
      state: 'logging',
      contactId: 'c',
      subject: 'S',
      createdAt: 1,
      updatedAt: 1,
      intent: { operation: 'create', payload: request('x'), attempt: 1, at: 1 },
    });
    expect(await recoverUnfinished(crm.sessionFor)).toBe(0);
    expect(await getCallLogRecord(remoteKey)).toMatchObject({ state: 'logging' });
    expect(await allOutboxItems()).toEqual([]);
  });
});

describe('needs review', () => {
  it('is settled by a person: found in the CRM, or not there', async () => {
    const { findCallLogBySession: _cannotSearch, ...blind } = testCRM;
    const session: CrmSession = {
      connector: { ...blind, createCallLog: async () => Promise.reject(new CrmError('unavailable', 'testCRM', 't', { outcomeUnknown: true })) },
      user,
      authHeader: { authorization: 'Bearer k' },
    };
    await createCallLog(session, request('n-1'));
    await createCallLog(session, request('n-2'));
    await makeAllDue();
    await drainOutbox(async () => session);
    expect((await getCallLogRecord(key('n-1')))!.state).toBe('needsReview');

    expect(await reviewCallLog(accountOf(session), 'n-1', '77')).toMatchObject({ successful: true });
    expect(await getCallLogRecord(key('n-1'))).toMatchObject({ state: 'logged', logId: '77' });
    expect(await reviewCallLog(accountOf(session), 'n-2', undefined)).toMatchObject({ successful: true });
    expect(await getCallLogRecord(key('n-2'))).toBeUndefined();
  });
});

describe('a slow CRM', () => {
  it('gets an answer out before the deadline, and the log still lands', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow: CrmSession = {
      ...flakyCrm().session,
      connector: { ...testCRM, createCallLog: async (args) => gate.then(() => testCRM.createCallLog(args)) },
    };
    const answer = await createCallLog(slow, request('slow'), 50);
    expect(answer).toMatchObject({ successful: false, queued: true, state: 'logging' });
    release();
    // The lock is still held by the slow create: the next request waits for it and sees the result.
    const next = await createCallLog(slow, request('slow'));
    expect(next).toMatchObject({ successful: false, logId: expect.any(String), returnMessage: { message: 'Existing log for session slow' } });
    expect(await activities('slow')).toHaveLength(1);
  });
});
