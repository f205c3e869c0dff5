/**
 * The toolbar badge counts the conversation-days the Messages view shows as waiting for a person
 * (left by auto-log with a reason, or still to be logged), never a day auto-log leaves out by rule:
 * a day with nobody to log it for (a voicemail from a withheld number, a text to oneself), or a
 * group day already logged for the people who have a contact. Example CRM, real IndexedDB, the
 * conversations from a stored RingCentral message store.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { autoLogSession } from '../../../src/backends/auto-log-session';
import { phoneAccountSetting } from '../../../src/calls/phone-account';
import { ringCentralMessageStore } from '../../../src/calls/ringcentral/message-store-sync';
import { autoLogSetting } from '../../../src/logging/auto-log/auto-log-setting';
import { setAutoLogSession } from '../../../src/logging/auto-log/run-auto-log';
import { runMessageAutoLog } from '../../../src/logging/auto-log/run-message-auto-log';
import { refreshBadge } from '../../../src/logging/auto-log/unlogged-badge';
import { currentMessageSource } from '../../../src/calls/message-source';
import { conversationState } from '../../../src/protocol/conversation-state';
import type { Conversation } from '../../../src/protocol/message-answers';
import type { MessageRecord } from '../../../src/protocol/message-record';
import { defaultAutoLogSettings } from '../../../src/protocol/schemas/auto-log-settings';
import { api } from '../../support/api';
import { AGENT_NUMBER, MARCUS, sms, voicemail } from '../../support/message-fixtures';
import { resetExtension } from '../../support/reset';

const SERVER = 'https://platform.ringcentral.com';
const STRANGER = { name: 'Pat Doe', phoneNumber: '+19175550100' };
const inConversation = (conversationId: number, message: ReturnType<typeof sms>) => ({ ...message, conversationId });

const messages = [
  // Marcus has one contact: logged by the pass.
  inConversation(7101, sms('9101', '2026-03-02T16:58:00Z', 'Can we move the demo?', MARCUS)),
  // Pat has no contact: left with noMatch, for a person.
  inConversation(7102, sms('9102', '2026-03-02T11:00:00Z', 'Is the shop open today?', STRANGER)),
  // Marcus and Pat: logged for Marcus, "not logged for Pat Doe" on the logged day.
  inConversation(7103, sms('9104', '2026-03-02T10:05:00Z', 'See you both at 10.', 'agent', [MARCUS, STRANGER])),
  inConversation(7103, sms('9103', '2026-03-02T10:00:00Z', 'Are we still on?', MARCUS)),
  // Nobody to log these for: a voicemail whose caller withheld the number, a text to oneself.
  { ...voicemail('9105', '2026-03-02T09:00:00Z', 'https://service.ringcentral.com/vm/9105'), from: { name: 'Anonymous' } },
  inConversation(7106, sms('9106', '2026-03-02T08:00:00Z', 'Buy milk', 'agent', [{ name: 'Me', phoneNumber: AGENT_NUMBER }])),
];

const badge = () => fakeBrowser.action.getBadgeText({});

async function conversations() {
  return (await (await currentMessageSource()).list()).conversations;
}

beforeEach(async () => {
  await resetExtension();
  setAutoLogSession(autoLogSession);
  await phoneAccountSetting.set({ source: 'ringcentral', serverUrl: SERVER, clientId: 'badge-test' });
  await ringCentralMessageStore.set({ serverUrl: SERVER, clientId: 'badge-test', syncedAt: Date.now(), messages: messages as MessageRecord[] });
});

describe('the toolbar badge over conversation-days', () => {
  it('lists the days the test means', async () => {
    const days = await conversations();
    expect(days).toHaveLength(5);
    expect(days.filter((c) => c.correspondents.length === 0)).toHaveLength(2);
  });

  it('with auto-log on, counts only the day left for a person', async () => {
    await autoLogSetting.set({ ...defaultAutoLogSettings, enabled: true });
    const results = await runMessageAutoLog(await conversations());
    expect([...results.values()].map((r) => r.outcome).sort()).toEqual(['logged', 'logged', 'unlogged']);
    await refreshBadge(await autoLogSession());
    expect(await badge()).toBe('1');

    // The Messages view: the one day with a reason and not logged is the one counted; the group day
    // reads as logged and names the person it was not logged for. (Auto-log off from here, so that no
    // pass runs behind the request into the next test; the reasons stay.)
    await autoLogSetting.set({ ...defaultAutoLogSettings, enabled: false });
    const shown: Conversation[] = (await api({ method: 'GET', path: '/messages' })).body.conversations;
    const ids = shown.map((c) => c.conversationLogId).join(',');
    const { logs } = (await api({ method: 'GET', path: '/messageLog', query: { conversationLogIds: ids } })).body;
    const view = shown.map((c) => ({ state: conversationState(c, logs), reason: c.unloggedReason, for: c.unloggedFor }));
    expect(view.filter((c) => c.state !== 'logged' && c.reason)).toEqual([{ state: 'notLogged', reason: 'noMatch', for: undefined }]);
    expect(view).toContainEqual({ state: 'logged', reason: 'noMatch', for: 'Pat Doe' });
  });

  it('with auto-log off, counts the days a person can log and has not', async () => {
    await refreshBadge(await autoLogSession());
    expect(await badge()).toBe('3');
  });

  it('counts no day for a CRM that takes no message logs (nobody can log them there)', async () => {
    const session = (await autoLogSession())!;
    await refreshBadge({ ...session, connector: { ...session.connector, createMessageLog: undefined } });
    expect(await badge()).toBe('');
  });
});
