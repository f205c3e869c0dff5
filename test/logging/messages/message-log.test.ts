/**
 * POST /messageLog through the message API (local backend, Example CRM in real IndexedDB): one
 * activity per conversation-day and contact, each message once, counted on the CRM itself.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { exampleCrmDb } from '../../../src/connectors/testCRM/store';
import { changeMessageLog, getMessageLogRecord } from '../../../src/storage/message-log-store';
import { api } from '../../support/api';
import { DANA, MARCUS, dayOne, fax, messageLogBody, sms, voicemail } from '../../support/message-fixtures';
import { resetExtension } from '../../support/reset';

const post = (body: unknown) => api({ method: 'POST', path: '/messageLog', body });

async function messageActivities() {
  return (await (await exampleCrmDb()).getAll('activities')).filter((a) => a.sessionId.startsWith('messages:'));
}

const count = (text: string, part: string) => text.split(part).length - 1;

beforeEach(resetExtension);

describe('POST /messageLog', () => {
  it('logs three SMS of one conversation-day as one activity, oldest first', async () => {
    const { body } = await post(messageLogBody(dayOne));
    expect(body).toMatchObject({ successful: true, logIds: ['1001', '1002', '1003'] });
    const [activity, ...more] = await messageActivities();
    expect(more).toHaveLength(0);
    expect(String(activity!.id)).toBe(body.logId);
    expect(activity!.subject).toBe('SMS conversation with Dana Whitfield - 2026-03-02');
    const text = activity!.body;
    expect(text).toContain('Messages (3)');
    expect(text.indexOf('move the demo')).toBeLessThan(text.indexOf('Thursday at 10'));
    expect(text.indexOf('Thursday at 10')).toBeLessThan(text.indexOf('See you Thursday'));
    expect(text).toContain('Example CRM user: Thursday at 10 works for us.');
    expect(text).toContain('RingCentral message ids: 1001, 1002, 1003');
  });

  it('changes nothing for the same request again, and appends a fourth message', async () => {
    const first = (await post(messageLogBody(dayOne))).body;
    const again = (await post(messageLogBody(dayOne))).body;
    expect(again).toMatchObject({ successful: false, logId: first.logId, logIds: [] });
    expect(again.returnMessage.message).toBe('Existing log for conversation 7001-20260302');
    const before = (await messageActivities())[0]!;

    const fourth = sms('1004', '2026-03-02T18:00:00Z', 'Bringing the contract.');
    const appended = (await post(messageLogBody([fourth, ...dayOne]))).body;
    expect(appended).toMatchObject({ successful: true, logId: first.logId, logIds: ['1004'] });
    const activities = await messageActivities();
    expect(activities).toHaveLength(1);
    expect(activities[0]!.body.split('\n')[0]).toBe(before.body.split('\n')[0]);
    expect(activities[0]!.body).toContain('Messages (4)');
    expect(activities[0]!.body).toMatch(/See you Thursday\.\n.*Bringing the contract\.\nEnd of messages/);
    expect(activities[0]!.body).toContain('RingCentral message ids: 1001, 1002, 1003, 1004');
  });

  it('starts a second record on the next day', async () => {
    await post(messageLogBody(dayOne));
    const nextDay = (await post(messageLogBody([sms('1101', '2026-03-03T09:00:00Z', 'Running late.')], '7001-20260303'))).body;
    expect(nextDay.successful).toBe(true);
    const activities = await messageActivities();
    expect(activities.map((a) => a.conversationLogId)).toEqual(['7001-20260302', '7001-20260303']);
  });

  it('makes one record with each text once from ten identical requests at once', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => post(messageLogBody(dayOne))));
    expect(answers.filter((a) => a.body.successful)).toHaveLength(1);
    const activities = await messageActivities();
    expect(activities).toHaveLength(1);
    for (const text of ['move the demo', 'Thursday at 10', 'See you Thursday']) expect(count(activities[0]!.body, text)).toBe(1);
  });

  it('answers "No message to log." for an empty list', async () => {
    const { body } = await post(messageLogBody([]));
    expect(body).toMatchObject({ successful: false, returnMessage: { message: 'No message to log.', messageType: 'warning' } });
    expect(await messageActivities()).toHaveLength(0);
  });

  it('carries the recording link of a voicemail and the document link of a fax', async () => {
    await post(messageLogBody([voicemail('2001', '2026-03-04T10:00:00Z', 'https://service.ringcentral.com/vm/2001')], 'vm-2001'));
    await post(messageLogBody([fax('3001', '2026-03-04T11:00:00Z', 'https://service.ringcentral.com/fax/3001')], 'fax-3001'));
    const [vm, faxLog] = await messageActivities();
    expect(vm!.subject).toBe('Voicemail left by Dana Whitfield - 2026-03-04');
    expect(vm!.body).toContain('Voicemail (0:42): https://service.ringcentral.com/vm/2001');
    expect(faxLog!.subject).toBe('Fax received from Dana Whitfield - 2026-03-04');
    expect(faxLog!.body).toContain('Fax (2 pages): https://service.ringcentral.com/fax/3001');
  });

  it('logs a group SMS to each matched contact once', async () => {
    const group = [DANA, MARCUS];
    const messages = [
      sms('4001', '2026-03-05T10:00:00Z', 'Hi both, agenda attached.', 'agent', group),
      sms('4002', '2026-03-05T10:03:00Z', 'Thanks!', MARCUS),
    ];
    for (const contact of [DANA, MARCUS, DANA, MARCUS]) await post(messageLogBody(messages, 'g-20260305', contact, group));
    const activities = await messageActivities();
    expect(activities.map((a) => a.contactId).sort()).toEqual(['c-1', 'c-3']);
    for (const activity of activities) {
      expect(count(activity.body, 'agenda attached')).toBe(1);
      expect(activity.body).toContain('Marcus Bell: Thanks!');
    }
  });

  it('appends once after a worker stop between the create and the append', async () => {
    const first = (await post(messageLogBody(dayOne))).body;
    const fourth = sms('1004', '2026-03-02T18:00:00Z', 'Bringing the contract.');
    await post(messageLogBody([fourth, ...dayOne]));
    // As a worker stopped after the CRM took the append but before the ledger heard of it.
    const key = { platform: 'testCRM', userId: 'example-user', conversationLogId: '7001-20260302', contactId: DANA.id };
    await changeMessageLog(key, (r) => ({
      ...r,
      messageIds: ['1001', '1002', '1003'],
      pending: {
        operation: 'append',
        messages: [fourth],
        request: { contactName: DANA.name, additionalSubmission: {}, correspondents: [DANA] },
        attempt: 0,
        nextAttemptAt: 0,
        reconcile: true,
      },
    }));
    const resent = (await post(messageLogBody([fourth, ...dayOne]))).body;
    expect(resent.logId).toBe(first.logId);
    const [activity] = await messageActivities();
    expect(count(activity!.body, 'Bringing the contract.')).toBe(1);
    expect(await getMessageLogRecord(key)).toMatchObject({ messageIds: ['1001', '1002', '1003', '1004'], pending: undefined });
  });

  it('tells which conversation-days are logged (GET /messageLog)', async () => {
    await post(messageLogBody(dayOne));
    const { body } = await api({ method: 'GET', path: '/messageLog', query: { conversationLogIds: '7001-20260302,none' } });
    expect(body.logs).toEqual([
      expect.objectContaining({ conversationLogId: '7001-20260302', contactId: 'c-1', messageIds: ['1001', '1002', '1003'], state: 'logged' }),
    ]);
  });
});

describe('a message log deleted in the CRM', () => {
  it('is forgotten when an append finds it gone, so the next log starts a new one', async () => {
    const first = (await post(messageLogBody(dayOne))).body;
    await (await exampleCrmDb()).delete('activities', Number(first.logId));
    const fourth = sms('1004', '2026-03-02T18:00:00Z', 'Bringing the contract.');
    expect((await post(messageLogBody([fourth, ...dayOne]))).body.successful).toBe(false);
    const again = (await post(messageLogBody([fourth, ...dayOne]))).body;
    expect(again).toMatchObject({ successful: true, logIds: ['1001', '1002', '1003', '1004'] });
    expect(await messageActivities()).toHaveLength(1);
  });
});
