/**
 * GET /messages reads the message ledger once: the same read gives the reasons it answers with
 * and the toolbar badge's count of the days waiting (which the worker counted again after the
 * answer, reading the ledger a second time). Counted by wrapping IndexedDB's prototypes; the
 * answer is the one the reasons give on their own read.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { autoLogSession } from '../../src/backends/auto-log-session';
import { currentMessageSource } from '../../src/calls/message-source';
import { phoneAccountSetting } from '../../src/calls/phone-account';
import { ringCentralMessageStore } from '../../src/calls/ringcentral/message-store-sync';
import { autoLogSetting } from '../../src/logging/auto-log/auto-log-setting';
import { withConversationReasons } from '../../src/logging/auto-log/conversation-reasons';
import { accountOf, messageAutoLogOutcomes } from '../../src/logging/auto-log/outcomes';
import { setAutoLogSession } from '../../src/logging/auto-log/run-auto-log';
import { runMessageAutoLog } from '../../src/logging/auto-log/run-message-auto-log';
import type { MessageRecord } from '../../src/protocol/message-record';
import { defaultAutoLogSettings } from '../../src/protocol/schemas/auto-log-settings';
import { api } from '../support/api';
import { MARCUS, sms } from '../support/message-fixtures';
import { resetExtension } from '../support/reset';

const SERVER = 'https://platform.ringcentral.com';
const STRANGER = { name: 'Pat Doe', phoneNumber: '+19175550100' };
const messages = [
  { ...sms('9201', '2026-03-02T16:58:00Z', 'Can we move the demo?', MARCUS), conversationId: 7201 },
  { ...sms('9202', '2026-03-02T11:00:00Z', 'Is the shop open today?', STRANGER), conversationId: 7202 },
  { ...sms('9203', '2026-03-03T09:00:00Z', 'Still open?', STRANGER), conversationId: 7202 },
];

/** Reads of the message ledger: transactions on it and the requests on its index. */
const reads = { transactions: 0, requests: 0 };
const { transaction } = IDBDatabase.prototype;
const { getAll } = IDBIndex.prototype;

beforeEach(async () => {
  await resetExtension();
  setAutoLogSession(autoLogSession);
  await phoneAccountSetting.set({ source: 'ringcentral', serverUrl: SERVER, clientId: 'messages-test' });
  await ringCentralMessageStore.set({ serverUrl: SERVER, clientId: 'messages-test', syncedAt: Date.now(), messages: messages as MessageRecord[] });
  // A pass logs Marcus's day and leaves Pat's two (no contact); then auto-log is off, so no pass follows the request.
  await autoLogSetting.set({ ...defaultAutoLogSettings, enabled: true });
  await runMessageAutoLog((await (await currentMessageSource()).list()).conversations);
  await autoLogSetting.set({ ...defaultAutoLogSettings, enabled: false });
  await fakeBrowser.action.setBadgeText({ text: '' });
});

afterEach(() => {
  IDBDatabase.prototype.transaction = transaction;
  IDBIndex.prototype.getAll = getAll;
});

function countLedgerReads(): void {
  Object.assign(reads, { transactions: 0, requests: 0 });
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<typeof transaction>) {
    const tx = transaction.apply(this, args);
    if (tx.objectStoreNames.contains('messageLogs')) reads.transactions += 1;
    return tx;
  };
  IDBIndex.prototype.getAll = function (this: IDBIndex, ...args: Parameters<typeof getAll>) {
    if (this.objectStore.name === 'messageLogs') reads.requests += 1;
    return getAll.apply(this, args);
  };
}

describe('GET /messages', () => {
  it('reads the message ledger once for its reasons and the badge, and answers as before', async () => {
    const { conversations } = await (await currentMessageSource()).list();
    const expected = await withConversationReasons(conversations);
    expect(expected.map((c) => c.unloggedReason)).toEqual(['noMatch', undefined, 'noMatch']);

    countLedgerReads();
    const answer = await api({ method: 'GET', path: '/messages' });
    expect(reads).toEqual({ transactions: 1, requests: conversations.length });
    expect(answer.body.conversations).toEqual(expected);
    // Pat's two days wait for a person; Marcus's is logged. The answer does not wait for the badge to be set.
    await expect.poll(() => fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(reads).toEqual({ transactions: 1, requests: conversations.length });
  });

  it('reads the ledger of the account auto-log decided for, when that is not the connected one', async () => {
    const { conversations } = await (await currentMessageSource()).list();
    const day = conversations[0]!.conversationLogId;
    await messageAutoLogOutcomes.set({
      account: accountOf('pipedrive', 'u-9'),
      sessions: { [day]: { reason: 'severalMatches', policy: 'p', at: Date.now() } },
    });
    countLedgerReads();
    const answer = await api({ method: 'GET', path: '/messages' });
    expect(answer.body.conversations.map((c: { unloggedReason?: string }) => c.unloggedReason)).toEqual(['severalMatches', undefined, undefined]);
    // The badge's read (the connected account) and the reasons' own (the other account's one day).
    expect(reads).toEqual({ transactions: 2, requests: conversations.length + 1 });
  });
});
