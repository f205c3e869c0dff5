/**
 * A group SMS where only some people have a contact (Example CRM, counted on the CRM): the day is
 * logged for those who do, and the others get a reason that the Messages view shows although the
 * day reads as logged; it holds while messages are appended, and goes once they are logged too.
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
import { defaultAutoLogSettings } from '../../../src/protocol/schemas/auto-log-settings';
import { MARCUS, sms } from '../../support/message-fixtures';
import { resetExtension } from '../../support/reset';

const STRANGER = { name: 'Pat Doe', phoneNumber: '+19175550100' };
const groupDay = [
  sms('8002', '2026-03-04T10:05:00Z', 'See you both at 10.', 'agent', [MARCUS, STRANGER]),
  sms('8001', '2026-03-04T10:00:00Z', 'Are we still on?', MARCUS),
];
const dayOf = (messages: unknown[]) => groupConversations(messages as MessageRecord[])[0]!;
const activities = async () => (await (await exampleCrmDb()).getAll('activities')).filter((a) => a.sessionId.startsWith('messages:'));

beforeEach(async () => {
  await resetExtension();
  setAutoLogSession(autoLogSession);
  await autoLogSetting.set({ ...defaultAutoLogSettings, enabled: true });
});

describe('auto-log of a group SMS where only some people have a contact', () => {
  it('logs the day for them, says why not for the others, keeps it while messages are appended, and drops it once they are logged', async () => {
    const day = dayOf(groupDay);
    expect(day.correspondents.map((p) => p.name)).toEqual(['Marcus Bell', 'Pat Doe']);
    expect((await runMessageAutoLog([day])).get(day.conversationLogId)).toEqual({
      outcome: 'logged',
      logIds: ['8001', '8002'],
      left: { numbers: [STRANGER.phoneNumber], reason: 'noMatch' },
    });
    expect((await activities()).map((a) => a.contactId)).toEqual([MARCUS.id]);
    expect((await withConversationReasons([day]))[0]).toMatchObject({ unloggedReason: 'noMatch', unloggedFor: 'Pat Doe' });
    // The same settings, the same messages: not asked again.
    expect((await runMessageAutoLog([day])).size).toBe(0);

    const later = dayOf([sms('8003', '2026-03-04T10:30:00Z', 'Running late.', MARCUS), ...groupDay]);
    // A new message not logged yet: the day has new messages, and the reason still says whom it is about.
    expect((await withConversationReasons([later]))[0]).toMatchObject({ unloggedReason: 'noMatch', unloggedFor: 'Pat Doe' });
    expect((await runMessageAutoLog([later])).get(later.conversationLogId)).toMatchObject({
      outcome: 'logged',
      logIds: ['8003'],
      left: { numbers: [STRANGER.phoneNumber] },
    });
    expect((await activities()).map((a) => a.contactId)).toEqual([MARCUS.id]);
    expect((await withConversationReasons([later]))[0]).toMatchObject({ unloggedReason: 'noMatch', unloggedFor: 'Pat Doe' });

    // Told to create contacts: Pat gets one and the day, once; Marcus's record is not made again.
    await autoLogSetting.set({ ...defaultAutoLogSettings, enabled: true, unknownNumber: 'createContact' });
    expect((await runMessageAutoLog([later])).get(later.conversationLogId)).toMatchObject({ outcome: 'logged', logIds: ['8001', '8002', '8003'] });
    const [marcus, pat, ...more] = await activities();
    expect(more).toEqual([]);
    expect(marcus!.contactId).toBe(MARCUS.id);
    const created = (await (await exampleCrmDb()).getAll('contacts')).find((c) => c.phones.includes(STRANGER.phoneNumber));
    expect(created?.name).toBe('Pat Doe');
    expect(pat!.contactId).toBe(created!.id);
    expect(pat!.body).toContain('Messages (3)');
    expect((await withConversationReasons([later]))[0]!.unloggedReason).toBeUndefined();
  });
});
