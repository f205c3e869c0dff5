/**
 * The call-log service against the Example CRM in real IndexedDB: one record per session under
 * races and failures, lookups of many sessions, updates that rewrite only what changed.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { CreateCallLogBody } from '../../src/protocol/schemas/call-log';
import { CrmError } from '../../src/http/crm-error';
import { testCRM } from '../../src/connectors/testCRM';
import { exampleCrmDb } from '../../src/connectors/testCRM/store';
import type { Connector } from '../../src/connectors/types';
import { upsertCallDisposition } from '../../src/logging/call-disposition';
import { createCallLog } from '../../src/logging/create-call-log';
import type { CrmSession } from '../../src/logging/crm-session';
import { getCallLogs } from '../../src/logging/get-call-logs';
import { updateCallLog } from '../../src/logging/update-call-log';
import { getCallLogRecord } from '../../src/storage/call-log-store';
import { logBodySetting } from '../../src/logging/compose/log-body-setting';
import { callWithSession, fixtureCall } from '../support/call-fixtures';
import { resetExtension } from '../support/reset';

const user = {
  id: 'example-user',
  platform: 'testCRM',
  name: 'Example CRM user',
  hostname: '',
  timezoneOffset: '-08:00',
  timezoneName: 'America/Los_Angeles',
  platformAdditionalInfo: {},
};

function sessionWith(overrides: Partial<Connector> = {}): CrmSession {
  return { connector: { ...testCRM, ...overrides }, user, authHeader: testCRM.authHeader({ kind: 'apiKey', apiKey: 'k' }) };
}

const request = (sessionId: string, extra: Partial<CreateCallLogBody> = {}): CreateCallLogBody => ({
  logInfo: callWithSession(1, sessionId),
  contactId: 'c-1',
  contactType: 'contact',
  contactName: 'Dana Whitfield',
  note: 'First note',
  ...extra,
});

async function activities(sessionId: string) {
  return (await exampleCrmDb()).getAllFromIndex('activities', 'bySession', sessionId);
}

beforeEach(resetExtension);

describe('creating a log', () => {
  it('creates one CRM activity with the composed body and remembers the session', async () => {
    const answer = await createCallLog(sessionWith(), request('s-1', { additionalSubmission: { deals: 'd-1' } }));
    expect(answer).toMatchObject({ successful: true, returnMessage: { message: 'Call logged', messageType: 'success' } });

    const [activity] = await activities('s-1');
    expect(String(activity!.id)).toBe(answer.logId);
    expect(activity).toMatchObject({ contactId: 'c-1', dealId: 'd-1', subject: 'Inbound Call from Dana Whitfield' });
    expect(activity!.body).toBe(
      '- Note: First note\n' +
        '- Summary: Inbound Call from Dana Whitfield\n' +
        '- Date/Time: 2025-03-03 07:04:11 AM\n' +
        '- Duration: 5 minutes, 42 seconds\n' +
        '- Result: Accepted\n' +
        '- Call recording link: https://app.example.com/recording/?id=eAQv6ANZG2E9CUA&recordingId=21771607004\n',
    );
    expect(await getCallLogRecord({ platform: 'testCRM', userId: 'example-user', sessionId: 's-1' })).toMatchObject({
      state: 'logged',
      logId: answer.logId,
      contactId: 'c-1',
      subject: 'Inbound Call from Dana Whitfield',
      intent: undefined,
    });
  });

  it("uses a custom subject, and the user's time zone setting over the CRM's", async () => {
    await logBodySetting.set({ ...(await logBodySetting.get()), timezoneOffset: '+05:30' });
    const body = request('s-2');
    body.logInfo.customSubject = '  Renewal call ';
    await createCallLog(sessionWith(), body);
    const [activity] = await activities('s-2');
    expect(activity!.subject).toBe('Renewal call');
    expect(activity!.body).toContain('- Date/Time: 2025-03-03 08:34:11 PM\n');
  });

  it("writes a summer call in the CRM user's summer time, not the offset kept at a winter login", async () => {
    const body = request('s-dst');
    body.logInfo.startTime = Date.parse('2025-07-15T15:04:11Z');
    await createCallLog(sessionWith(), body);
    const [activity] = await activities('s-dst');
    // Los Angeles is UTC-7 in July; the '-08:00' captured at a winter login would say 07:04:11.
    expect(activity!.body).toContain('- Date/Time: 2025-07-15 08:04:11 AM\n');
  });

  it('answers a second create with the existing logId and creates nothing', async () => {
    const first = await createCallLog(sessionWith(), request('s-3'));
    const second = await createCallLog(sessionWith(), request('s-3', { note: 'Different' }));
    expect(second).toEqual({
      successful: false,
      logId: first.logId,
      returnMessage: { message: 'Existing log for session s-3', messageType: 'warning', ttl: 3000 },
    });
    expect(await activities('s-3')).toHaveLength(1);
  });

  it('calls the CRM only once the claim is committed, and answers only once the mark is', async () => {
    // Every commit of the ledger, in order, beside the CRM call and the answer.
    const events: string[] = [];
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<typeof transaction>) {
      const tx = transaction.apply(this, args);
      if (tx.mode === 'readwrite' && tx.objectStoreNames.contains('callLogs')) tx.addEventListener('complete', () => events.push('ledger committed'));
      return tx;
    };
    try {
      const session = sessionWith({
        async createCallLog(args) {
          events.push('CRM called');
          return testCRM.createCallLog(args);
        },
      });
      const answer = await createCallLog(session, request('s-order'));
      events.push('answered');
      expect(answer.successful).toBe(true);
    } finally {
      IDBDatabase.prototype.transaction = transaction;
    }
    expect(events).toEqual(['ledger committed', 'CRM called', 'ledger committed', 'answered']);
    expect(await getCallLogRecord({ platform: 'testCRM', userId: user.id, sessionId: 's-order' })).toMatchObject({
      state: 'logged',
      intent: undefined,
    });
  });

  it('creates exactly one record for 25 concurrent creates of one session', async () => {
    let calls = 0;
    const slow = sessionWith({
      async createCallLog(args) {
        calls += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return testCRM.createCallLog(args);
      },
    });
    const answers = await Promise.all(Array.from({ length: 25 }, () => createCallLog(slow, request('s-race'))));
    expect(calls).toBe(1);
    expect(answers.filter((a) => a.successful)).toHaveLength(1);
    expect(new Set(answers.map((a) => a.logId)).size).toBe(1);
    expect(await activities('s-race')).toHaveLength(1);
  });

  it('keeps the sessions of two CRM users apart', async () => {
    const other = { ...sessionWith(), user: { ...user, id: 'someone-else' } };
    const mine = await createCallLog(sessionWith(), request('s-shared'));
    const theirs = await createCallLog(other, request('s-shared'));
    expect(theirs.successful).toBe(true);
    expect(theirs.logId).not.toBe(mine.logId);
  });

  it('gives the session back when the CRM refuses, so the call can be logged later', async () => {
    await expect(createCallLog(sessionWith(), request('s-4', { contactId: 'c-404' }))).rejects.toMatchObject({
      name: 'CrmError',
      code: 'rejected',
    });
    expect(await getCallLogRecord({ platform: 'testCRM', userId: 'example-user', sessionId: 's-4' })).toBeUndefined();
    expect((await createCallLog(sessionWith(), request('s-4'))).successful).toBe(true);
  });

  it('gives the session back when the connector returns no logId, with its message', async () => {
    const answer = await createCallLog(
      sessionWith({ createCallLog: async () => ({ logId: null, returnMessage: { message: 'No call type', messageType: 'error', ttl: 2000 } }) }),
      request('s-5'),
    );
    expect(answer).toEqual({ successful: false, returnMessage: { message: 'No call type', messageType: 'error', ttl: 2000 } });
    expect(await getCallLogRecord({ platform: 'testCRM', userId: 'example-user', sessionId: 's-5' })).toBeUndefined();
  });

  it('queues a create whose outcome is unknown, and looks it up before sending anything again', async () => {
    let sent = 0;
    const lost = sessionWith({
      async createCallLog(args) {
        sent += 1;
        await testCRM.createCallLog(args); // the CRM created it, but the answer was lost
        throw new CrmError('unavailable', 'testCRM', 'timed out', { outcomeUnknown: true });
      },
    });
    const answer = await createCallLog(lost, request('s-6'));
    expect(answer).toMatchObject({ successful: false, queued: true, state: 'queued', returnMessage: { messageType: 'warning' } });
    expect(await getCallLogRecord({ platform: 'testCRM', userId: 'example-user', sessionId: 's-6' })).toMatchObject({ state: 'queued' });

    // Logging it again finds the record the lost answer had created, and adopts it.
    const again = await createCallLog(lost, request('s-6'));
    expect(sent).toBe(1);
    const crm = await activities('s-6');
    expect(crm).toHaveLength(1);
    expect(again).toMatchObject({ successful: true, logId: String(crm[0]!.id) });
    const third = await createCallLog(sessionWith(), request('s-6'));
    expect(third).toMatchObject({ successful: false, logId: String(crm[0]!.id), returnMessage: { message: 'Existing log for session s-6' } });
  });

  it('creates again after an unknown outcome only when the CRM certainly has no record', async () => {
    const lost = sessionWith({
      createCallLog: async () => {
        throw new CrmError('unavailable', 'testCRM', 'connection dropped', { outcomeUnknown: true });
      },
    });
    await createCallLog(lost, request('s-7'));
    const again = await createCallLog(sessionWith(), request('s-7'));
    expect(again.successful).toBe(true);
    expect(await activities('s-7')).toHaveLength(1);
  });

  it('asks a person when the outcome is unknown and the CRM cannot be searched', async () => {
    const { findCallLogBySession: _cannotSearch, ...blind } = testCRM;
    const lost = {
      ...sessionWith(),
      connector: {
        ...blind,
        createCallLog: async () => {
          throw new CrmError('unavailable', 'testCRM', 'timeout', { outcomeUnknown: true });
        },
      },
    };
    await createCallLog(lost, request('s-8'));
    const again = await createCallLog({ ...sessionWith(), connector: blind }, request('s-8'));
    expect(again).toMatchObject({ successful: false, state: 'needsReview' });
    expect(await activities('s-8')).toHaveLength(0);
    const { logs } = await getCallLogs(sessionWith(), ['s-8'], false);
    expect(logs).toEqual([{ sessionId: 's-8', matched: false, state: 'needsReview' }]);
  });
});

describe('looking logs up', () => {
  it('answers every asked session in order, logged or not, without the CRM', async () => {
    const a = await createCallLog(sessionWith(), request('a'));
    const b = await createCallLog(sessionWith(), request('b'));
    const untouchable = sessionWith({
      getCallLog: async () => {
        throw new Error('the CRM must not be asked');
      },
    });
    const ids = ['x', 'b', 'y', 'a', 'b'];
    const answer = await getCallLogs(untouchable, ids, false);
    expect(answer).toEqual({
      successful: true,
      returnMessage: null,
      logs: [
        { sessionId: 'x', matched: false },
        { sessionId: 'b', matched: true, logId: b.logId, logUrl: expect.stringMatching(new RegExp(`/example-crm\\.html#${b.logId}$`)) },
        { sessionId: 'y', matched: false },
        { sessionId: 'a', matched: true, logId: a.logId, logUrl: expect.stringMatching(new RegExp(`/example-crm\\.html#${a.logId}$`)) },
        { sessionId: 'b', matched: true, logId: b.logId, logUrl: expect.any(String) },
      ],
    });
  });

  it('answers 10,000 session ids', async () => {
    await createCallLog(sessionWith(), request('needle'));
    const ids = Array.from({ length: 10_000 }, (_, i) => (i === 7_777 ? 'needle' : `hay-${i}`));
    const { logs } = await getCallLogs(sessionWith(), ids, false);
    expect(logs).toHaveLength(10_000);
    expect(logs.filter((log) => log.matched).map((log) => log.sessionId)).toEqual(['needle']);
  });

  it('reads details from the CRM when asked', async () => {
    await createCallLog(sessionWith(), request('d', { additionalSubmission: { deals: 'd-2' } }));
    const { logs, returnMessage } = await getCallLogs(sessionWith(), ['d', 'none'], true);
    expect(returnMessage).toMatchObject({ message: 'Call log fetched.', messageType: 'success' });
    expect(logs[0]).toMatchObject({
      matched: true,
      logData: { subject: 'Inbound Call from Dana Whitfield', note: 'First note', contactName: 'Dana Whitfield', dispositions: { deals: 'd-2' } },
    });
    expect(logs[1]).toEqual({ sessionId: 'none', matched: false });
  });
});

describe('updating a log', () => {
  it('re-reads the CRM body and changes only the given items', async () => {
    await createCallLog(sessionWith(), request('u'));
    const [before] = await activities('u');
    // A CRM user edits the record by hand in between.
    await (await exampleCrmDb()).put('activities', { ...before!, body: `${before!.body}Called back on Monday\n` });

    const answer = await updateCallLog(sessionWith(), { sessionId: 'u', note: 'Edited', duration: 200, subject: 'Renewal' });
    expect(answer).toMatchObject({ successful: true, logId: String(before!.id), updatedNote: 'Edited' });
    const [after] = await activities('u');
    expect(after!.body).toBe(
      before!.body
        .replace('- Note: First note', '- Note: Edited')
        .replace('- Summary: Inbound Call from Dana Whitfield', '- Summary: Renewal')
        .replace('5 minutes, 42 seconds', '3 minutes, 20 seconds') + 'Called back on Monday\n',
    );
    expect(after!.subject).toBe('Renewal');
    expect((await getCallLogRecord({ platform: 'testCRM', userId: 'example-user', sessionId: 'u' }))!.subject).toBe('Renewal');
  });

  it('writes nothing when the current body cannot be read', async () => {
    await createCallLog(sessionWith(), request('u2'));
    let written = false;
    const unreadable = sessionWith({
      getCallLog: async () => ({ callLogInfo: null }),
      updateCallLog: async () => {
        written = true;
        return { updatedNote: '' };
      },
    });
    const answer = await updateCallLog(unreadable, { sessionId: 'u2', note: 'x' });
    expect(answer).toMatchObject({ successful: false, returnMessage: { messageType: 'error' } });
    expect(written).toBe(false);
  });

  it('says a call must be logged before it can be updated', async () => {
    const answer = await updateCallLog(sessionWith(), { sessionId: 'never', note: 'x' });
    expect(answer).toMatchObject({
      successful: false,
      returnMessage: { messageType: 'warning', message: expect.stringContaining('not been logged') },
    });
  });

  it('serialises concurrent updates of one session so no edit is lost', async () => {
    await createCallLog(sessionWith(), request('u3'));
    await Promise.all([
      updateCallLog(sessionWith(), { sessionId: 'u3', note: 'A' }),
      updateCallLog(sessionWith(), { sessionId: 'u3', recordingLink: 'https://rec.example/3' }),
      updateCallLog(sessionWith(), { sessionId: 'u3', result: 'Voicemail' }),
    ]);
    const [activity] = await activities('u3');
    expect(activity!.body).toContain('- Note: A\n');
    expect(activity!.body).toContain('- Call recording link: https://rec.example/3\n');
    expect(activity!.body).toContain('- Result: Voicemail\n');
  });
});

describe('dispositions', () => {
  it('links a deal to a logged call', async () => {
    await createCallLog(sessionWith(), request('p'));
    expect(await upsertCallDisposition(sessionWith(), { sessionId: 'p', dispositions: { deals: 'd-2' } })).toMatchObject({ successful: true });
    expect((await activities('p'))[0]!.dealId).toBe('d-2');
  });

  it('does nothing when no value is chosen', async () => {
    await createCallLog(sessionWith(), request('p2'));
    expect(await upsertCallDisposition(sessionWith(), { sessionId: 'p2', dispositions: {} })).toMatchObject({ successful: false });
  });

  it('refuses a call that is not logged', async () => {
    expect(await upsertCallDisposition(sessionWith(), { sessionId: 'nope', dispositions: { deals: 'd-1' } })).toMatchObject({ successful: false });
  });
});

it('uses the fixture numbering the README gives', () => {
  expect(fixtureCall(1).sessionId).toBe('77369124004');
});
