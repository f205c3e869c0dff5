/**
 * The outbox under the cases that used to hide a second record or a stall (issue 11): "Retry
 * now" and a reconnect inside the settle delay, stale outbox writes outside the session lock, a
 * session that cannot be made during a run, a lookup that keeps failing, and a discard of a
 * create whose answer was lost.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import browser from 'webextension-polyfill';
import type { CreateCallLogBody } from '../../src/protocol/schemas/call-log';
import { CrmError } from '../../src/http/crm-error';
import { testCRM } from '../../src/connectors/testCRM';
import { exampleCrmDb } from '../../src/connectors/testCRM/store';
import type { Connector } from '../../src/connectors/types';
import { createCallLog } from '../../src/logging/create-call-log';
import type { CrmSession } from '../../src/logging/crm-session';
import { drainOutbox } from '../../src/logging/outbox/drain-outbox';
import { accountOf, discardOutboxItem, retryOutboxItem } from '../../src/logging/outbox/outbox-actions';
import { pauseAccount, resumeAccount } from '../../src/logging/outbox/pause-account';
import { reliabilitySetting } from '../../src/logging/outbox/retry-policy';
import { OUTBOX_ALARM } from '../../src/logging/outbox/wake-outbox';
import { MAX_LOOKUP_FAILURES } from '../../src/logging/queued-create';
import { getCallLogRecord } from '../../src/storage/call-log-store';
import { allOutboxItems, markLogged, putOutboxItem } from '../../src/storage/outbox-store';
import { callWithSession } from '../support/call-fixtures';
import { resetExtension } from '../support/reset';

const user = { id: 'example-user', platform: 'testCRM', name: 'U', hostname: '', timezoneOffset: null, platformAdditionalInfo: {} };
const key = (sessionId: string) => ({ platform: 'testCRM', userId: 'example-user', sessionId });
const request = (sessionId: string): CreateCallLogBody => ({
  logInfo: callWithSession(2, sessionId),
  contactId: 'c-3',
  contactName: 'Marcus Bell',
  note: 'n',
});
const activities = async (sessionId: string) => (await exampleCrmDb()).getAllFromIndex('activities', 'bySession', sessionId);
const lostAnswer = () => new CrmError('unavailable', 'testCRM', 'The CRM did not answer in time.', { outcomeUnknown: true });

/** The Example CRM, counting creates and lookups; `lose` makes creates lose their answer, `lookupFails` fails lookups. */
function countingCrm() {
  const state = { creates: 0, lookups: 0, lose: false, lookupFails: false };
  const connector: Connector = {
    ...testCRM,
    createCallLog: async (args) => {
      state.creates += 1;
      if (state.lose) throw lostAnswer();
      return testCRM.createCallLog(args);
    },
    findCallLogBySession: async (args) => {
      state.lookups += 1;
      if (state.lookupFails) throw new CrmError('unavailable', 'testCRM', 'The CRM could not be reached.', { status: 503 });
      return testCRM.findCallLogBySession!(args);
    },
  };
  const session: CrmSession = { connector, user, authHeader: testCRM.authHeader({ kind: 'apiKey', apiKey: 'k' }) };
  return { state, session, sessionFor: async () => session };
}

beforeEach(resetExtension);
afterEach(() => reliabilitySetting.remove());

describe('the settle delay of a create whose answer was lost', () => {
  it('is kept by "Retry now": nothing is looked up or sent, and the answer says when the check runs', async () => {
    await reliabilitySetting.set({ settleDelayMs: 60_000 });
    const crm = countingCrm();
    crm.state.lose = true;
    await createCallLog(crm.session, request('r-1'));
    crm.state.lose = false;
    const [item] = await allOutboxItems();
    const answer = await retryOutboxItem(crm.session, item!.id!);
    expect(answer.returnMessage.message).toMatch(/^Saved — will retry in (\d+ s|1 min)\.$/);
    expect(crm.state).toMatchObject({ creates: 1, lookups: 0 });
    expect((await allOutboxItems())[0]!.nextAttemptAt).toBeGreaterThanOrEqual(item!.lookUpFrom!);
  });

  it('is kept by a reconnect', async () => {
    await reliabilitySetting.set({ settleDelayMs: 60_000 });
    const crm = countingCrm();
    crm.state.lose = true;
    await createCallLog(crm.session, request('r-2'));
    await pauseAccount('testCRM', 'example-user');
    expect(await resumeAccount('testCRM', 'example-user')).toBe(1);
    const [item] = await allOutboxItems();
    expect(item!.nextAttemptAt).toBeGreaterThanOrEqual(item!.lookUpFrom!);
    expect(item!.nextAttemptAt).toBeGreaterThan(Date.now() + 50_000);
  });
});

describe('stale outbox writes', () => {
  it('never send a create the ledger already marks logged', async () => {
    const crm = countingCrm();
    await createCallLog(crm.session, request('s-1'));
    // A copy of its create written back by someone who read it before it landed.
    await putOutboxItem({ ...key('s-1'), operation: 'create', body: request('s-1'), state: 'pending', attempt: 1, nextAttemptAt: 0, createdAt: 0 });
    await drainOutbox(crm.sessionFor);
    expect(crm.state.creates).toBe(1);
    expect(await activities('s-1')).toHaveLength(1);
    expect(await allOutboxItems()).toEqual([]);
  });

  it('cannot bring back a create that landed while an account was being paused', async () => {
    const crm = countingCrm();
    crm.state.lose = true;
    await createCallLog(crm.session, request('s-2'));
    await Promise.all([pauseAccount('testCRM', 'example-user'), markLogged(key('s-2'), '42')]);
    expect(await allOutboxItems()).toEqual([]);
    expect(await getCallLogRecord(key('s-2'))).toMatchObject({ state: 'logged', logId: '42' });
  });
});

describe('the outbox never stalls silently', () => {
  it('plans its next run when no session can be made (a renewal that throws)', async () => {
    const crm = countingCrm();
    crm.state.lose = true;
    await reliabilitySetting.set({ settleDelayMs: 0 });
    await createCallLog(crm.session, request('w-1'));
    await browser.alarms.clearAll();
    await expect(drainOutbox(() => Promise.reject(new Error('token endpoint down')))).resolves.toBeUndefined();
    const [item] = await allOutboxItems();
    expect(item).toMatchObject({ state: 'pending', lastError: { message: expect.any(String) } });
    expect(item!.nextAttemptAt).toBeGreaterThan(Date.now());
    expect(await browser.alarms.get(OUTBOX_ALARM)).toBeDefined();
  });

  it('asks a person when the lookup keeps failing, instead of waiting forever', async () => {
    await reliabilitySetting.set({ settleDelayMs: 0 });
    const crm = countingCrm();
    crm.state.lose = true;
    await createCallLog(crm.session, request('w-2'));
    crm.state.lookupFails = true;
    for (let run = 0; run < MAX_LOOKUP_FAILURES; run += 1) {
      for (const item of await allOutboxItems()) await putOutboxItem({ ...item, nextAttemptAt: 0 });
      await drainOutbox(crm.sessionFor);
    }
    expect(crm.state.lookups).toBe(MAX_LOOKUP_FAILURES);
    expect(await getCallLogRecord(key('w-2'))).toMatchObject({ state: 'needsReview' });
    expect(await allOutboxItems()).toEqual([]);
    expect(crm.state.creates).toBe(1);
  });

  it('warns that a discarded create whose answer was lost may already be in the CRM', async () => {
    const crm = countingCrm();
    crm.state.lose = true;
    await createCallLog(crm.session, request('w-3'));
    const [item] = await allOutboxItems();
    const answer = await discardOutboxItem(accountOf(crm.session), item!.id!);
    expect(answer.returnMessage).toMatchObject({ messageType: 'warning', message: expect.stringContaining('may already have its record') });
    expect(JSON.stringify(answer.returnMessage.details)).toContain('Check the CRM');
  });
});
