/**
 * Auto-log of messages against the Example CRM in real IndexedDB, counted on the CRM itself: a
 * conversation-day becomes one activity, a later sync appends to it, a restarted worker adds
 * nothing, and what a person must settle comes back with its reason.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { autoLogSession } from '../../../src/backends/auto-log-session';
import { exampleCrmDb } from '../../../src/connectors/testCRM/store';
import { autoLogSetting } from '../../../src/logging/auto-log/auto-log-setting';
import { withConversationReasons } from '../../../src/logging/auto-log/conversation-reasons';
import { setAutoLogSession } from '../../../src/logging/auto-log/run-auto-log';
import { runMessageAutoLog } from '../../../src/logging/auto-log/run-message-auto-log';
import { groupConversations } from '../../../src/protocol/conversations';
import type { MessageRecord } from '../../../src/protocol/message-record';
import { defaultAutoLogSettings, type AutoLogSettings } from '../../../src/protocol/schemas/auto-log-settings';
import { closeLoggerDb } from '../../../src/storage/db';
import { forgetStoredValues } from '../../../src/storage/stored-value';
import { api } from '../../support/api';
import { DANA, MARCUS, dayOne, messageLogBody, sms } from '../../support/message-fixtures';
import { resetExtension } from '../../support/reset';

const STRANGER = { name: 'Pat Doe', phoneNumber: '+19175550100' };
const marcusDay = [
  sms('5003', '2026-03-02T17:20:00Z', 'See you Thursday.', MARCUS),
  sms('5002', '2026-03-02T17:05:00Z', 'Thursday at 10 works for us.', 'agent', [MARCUS]),
  sms('5001', '2026-03-02T16:58:00Z', 'Can we move the demo to Thursday?', MARCUS),
];
const conversationsOf = (messages: unknown[]) => groupConversations(messages as MessageRecord[]);

async function messageActivities() {
  return (await (await exampleCrmDb()).getAll('activities')).filter((a) => a.sessionId.startsWith('messages:'));
}
const count = (text: string, part: string) => text.split(part).length - 1;

async function turnOn(settings: Partial<AutoLogSettings> = {}) {
  await autoLogSetting.set({ ...defaultAutoLogSettings, enabled: true, ...settings });
}

beforeEach(async () => {
  await resetExtension();
  setAutoLogSession(autoLogSession);
  await turnOn();
});

describe('auto-log of messages (Example CRM)', () => {
  it('logs three SMS of a day as one activity, appends a later one, and adds nothing after a restart', async () => {
    const [day] = conversationsOf(marcusDay);
    expect((await runMessageAutoLog([day!])).get(day!.conversationLogId)).toMatchObject({ outcome: 'logged' });
    let activities = await messageActivities();
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({ contactId: 'c-3', subject: 'SMS conversation with Marcus Bell - 2026-03-02' });
    expect(activities[0]!.body).toContain('Messages (3)');

    const fourth = sms('5004', '2026-03-02T18:00:00Z', 'Bringing the contract.', MARCUS);
    const [later] = conversationsOf([fourth, ...marcusDay]);
    expect((await runMessageAutoLog([later!])).get(later!.conversationLogId)).toMatchObject({ outcome: 'logged', logIds: ['5004'] });
    activities = await messageActivities();
    expect(activities).toHaveLength(1);
    expect(activities[0]!.body).toContain('RingCentral message ids: 5001, 5002, 5003, 5004');

    // As a stopped worker starts again: no module cache, the same stored conversations.
    await closeLoggerDb();
    forgetStoredValues();
    expect((await runMessageAutoLog([later!])).size).toBe(0);
    activities = await messageActivities();
    expect(activities).toHaveLength(1);
    expect(count(activities[0]!.body, 'Bringing the contract.')).toBe(1);
  });

  it('makes one record with each text once from ten passes at once', async () => {
    const conversations = conversationsOf(marcusDay);
    await Promise.all(Array.from({ length: 10 }, () => runMessageAutoLog(conversations)));
    const activities = await messageActivities();
    expect(activities).toHaveLength(1);
    for (const text of ['move the demo', 'Thursday at 10', 'See you Thursday']) expect(count(activities[0]!.body, text)).toBe(1);
  });

  it('leaves a number with several contacts, says who matched, and logs it once a rule picks one', async () => {
    const [day] = conversationsOf(dayOne);
    expect((await runMessageAutoLog([day!])).get(day!.conversationLogId)).toEqual({
      outcome: 'unlogged',
      reason: 'severalMatches',
      detail: 'Dana Whitfield, Sam Whitfield',
    });
    expect(await messageActivities()).toHaveLength(0);
    const [shown] = await withConversationReasons([day!]);
    expect(shown).toMatchObject({ unloggedReason: 'severalMatches', unloggedDetail: 'Dana Whitfield, Sam Whitfield' });
    // The same settings, the same messages: not asked again.
    expect((await runMessageAutoLog([day!])).size).toBe(0);

    await turnOn({ severalMatches: 'earliestCreated' });
    expect((await runMessageAutoLog([day!])).get(day!.conversationLogId)).toMatchObject({ outcome: 'logged' });
    expect((await messageActivities()).map((a) => a.contactId)).toEqual([DANA.id]);
    expect((await withConversationReasons([day!]))[0]!.unloggedReason).toBeUndefined();
  });

  it('leaves a number no contact has, or creates the contact when told to', async () => {
    const [day] = conversationsOf([sms('6001', '2026-03-02T10:00:00Z', 'Is the shop open today?', STRANGER)]);
    expect((await runMessageAutoLog([day!])).get(day!.conversationLogId)).toEqual({ outcome: 'unlogged', reason: 'noMatch' });
    expect((await withConversationReasons([day!]))[0]).toMatchObject({ unloggedReason: 'noMatch' });

    await turnOn({ unknownNumber: 'createContact' });
    expect((await runMessageAutoLog([day!])).get(day!.conversationLogId)).toMatchObject({ outcome: 'logged' });
    const contacts = await (await exampleCrmDb()).getAll('contacts');
    const created = contacts.find((c) => c.phones.includes(STRANGER.phoneNumber));
    expect(created?.name).toBe(STRANGER.name);
    expect((await messageActivities()).map((a) => a.contactId)).toEqual([created!.id]);
  });

  it('logs nothing while off, nor a conversation whose numbers are never to be logged', async () => {
    await turnOn({ enabled: false });
    const conversations = conversationsOf(marcusDay);
    expect((await runMessageAutoLog(conversations)).size).toBe(0);
    await turnOn({ doNotLog: ['(212) 555-0147'] });
    expect((await runMessageAutoLog(conversations)).size).toBe(0);
    expect(await messageActivities()).toHaveLength(0);
  });

  it('appends the new messages of a day logged by hand to the contact it was logged for', async () => {
    // Logged by hand to Sam, though the number matches two people.
    await api({ method: 'POST', path: '/messageLog', body: messageLogBody(dayOne, '7001-20260302', { ...DANA, id: 'c-2', name: 'Sam Whitfield' }) });
    const [later] = conversationsOf([sms('1004', '2026-03-02T18:00:00Z', 'Bringing the contract.'), ...dayOne]);
    expect(later!.conversationLogId).toBe('7001-20260302');
    expect((await runMessageAutoLog([later!])).get(later!.conversationLogId)).toMatchObject({ outcome: 'logged', logIds: ['1004'] });
    const activities = await messageActivities();
    expect(activities.map((a) => a.contactId)).toEqual(['c-2']);
    expect(activities[0]!.body).toContain('Bringing the contract.');
  });
});
