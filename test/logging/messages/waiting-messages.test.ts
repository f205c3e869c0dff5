/**
 * The message ledger's waiting sends through the message API (Example CRM, its simulated errors):
 * listed with the CRM's answer, sent at once on "Retry now", given up on "Discard"; and an
 * auto-log pass never sends a second copy of what waits.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { autoLogSession } from '../../../src/backends/auto-log-session';
import { exampleCrmFaults } from '../../../src/connectors/testCRM/faults';
import { exampleCrmDb } from '../../../src/connectors/testCRM/store';
import { autoLogSetting } from '../../../src/logging/auto-log/auto-log-setting';
import { setAutoLogSession } from '../../../src/logging/auto-log/run-auto-log';
import { runMessageAutoLog } from '../../../src/logging/auto-log/run-message-auto-log';
import { groupConversations } from '../../../src/protocol/conversations';
import type { MessageRecord } from '../../../src/protocol/message-record';
import { defaultAutoLogSettings } from '../../../src/protocol/schemas/auto-log-settings';
import { api } from '../../support/api';
import { MARCUS, messageLogBody, sms } from '../../support/message-fixtures';
import { resetExtension } from '../../support/reset';

const day = [sms('9002', '2026-03-02T17:05:00Z', 'On my way.', 'agent', [MARCUS]), sms('9001', '2026-03-02T16:58:00Z', 'Where are you?', MARCUS)];
const key = { conversationLogId: '7001-20260302', contactId: MARCUS.id };
const waiting = async () => (await api({ method: 'GET', path: '/messageLog/waiting' })).body.items;
const activities = async () => (await (await exampleCrmDb()).getAll('activities')).filter((a) => a.sessionId.startsWith('messages:'));

beforeEach(async () => {
  await resetExtension();
  // Connected first (a fresh install connects the Example CRM on its first request), then one 503.
  await api({ method: 'GET', path: '/connection' });
  await exampleCrmFaults.set([{ status: 503, times: 1 }]);
});

describe('messages waiting to be logged', () => {
  it('lists a day the CRM could not take, with its answer, and sends it at once on "Retry now"', async () => {
    expect(
      (await api({ method: 'POST', path: '/messageLog', body: messageLogBody(day, key.conversationLogId, MARCUS, [MARCUS]) })).body,
    ).toMatchObject({
      queued: true,
    });
    const [item, ...more] = await waiting();
    expect(more).toEqual([]);
    expect(item).toMatchObject({
      ...key,
      contactName: 'Marcus Bell',
      operation: 'create',
      kind: 'SMS',
      messageCount: 2,
      attempt: 1,
      reconcile: false,
    });
    expect(item.lastError.message).toBe('The CRM could not be reached.');
    expect(await activities()).toHaveLength(0);

    const retried = await api({ method: 'POST', path: '/messageLog/retry', body: key });
    expect(retried.body.successful).toBe(true);
    expect(await waiting()).toEqual([]);
    expect(await activities()).toHaveLength(1);
  });

  it('gives a day up on "Discard": not logged, and logged afresh later', async () => {
    await api({ method: 'POST', path: '/messageLog', body: messageLogBody(day, key.conversationLogId, MARCUS, [MARCUS]) });
    const discarded = await api({ method: 'POST', path: '/messageLog/discard', body: key });
    expect(discarded.body).toMatchObject({ successful: true, returnMessage: { message: 'Discarded: 2 messages not logged.' } });
    expect(await waiting()).toEqual([]);
    expect((await api({ method: 'GET', path: '/messageLog', query: { conversationLogIds: key.conversationLogId } })).body.logs).toEqual([]);
    expect((await api({ method: 'POST', path: '/messageLog/retry', body: key })).body.successful).toBe(false);
    expect(
      (await api({ method: 'POST', path: '/messageLog', body: messageLogBody(day, key.conversationLogId, MARCUS, [MARCUS]) })).body.successful,
    ).toBe(true);
    expect(await activities()).toHaveLength(1);
  });

  it('is never sent twice by auto-log: a pass leaves what waits to the ledger', async () => {
    setAutoLogSession(autoLogSession);
    await autoLogSetting.set({ ...defaultAutoLogSettings, enabled: true });
    const conversations = groupConversations(day as MessageRecord[]);
    await api({ method: 'POST', path: '/messageLog', body: messageLogBody(day, key.conversationLogId, MARCUS, [MARCUS]) });
    expect(await waiting()).toHaveLength(1);
    expect((await runMessageAutoLog(conversations)).size).toBe(0);
    await api({ method: 'POST', path: '/messageLog/retry', body: key });
    expect((await runMessageAutoLog(conversations)).size).toBe(0);
    expect(await activities()).toHaveLength(1);
  });

  it('keeps no decision when the contact lookup meets a CRM that cannot answer now: the next pass logs', async () => {
    setAutoLogSession(autoLogSession);
    await autoLogSetting.set({ ...defaultAutoLogSettings, enabled: true });
    const conversations = groupConversations(day as MessageRecord[]);
    expect((await runMessageAutoLog(conversations)).get(key.conversationLogId)).toMatchObject({ outcome: 'unlogged', tryAgain: true });
    expect((await runMessageAutoLog(conversations)).get(key.conversationLogId)).toMatchObject({ outcome: 'logged' });
    expect(await activities()).toHaveLength(1);
  });
});
