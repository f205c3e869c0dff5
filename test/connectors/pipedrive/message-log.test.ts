/**
 * Message logs in the fake Pipedrive through the message API, counted on the fake: one activity
 * per conversation-day and person, appended with GET + PATCH, each message once also after a
 * lost answer; and what each message log costs in requests.
 */
import browser from 'webextension-polyfill';
import { afterEach, describe, expect, it } from 'vitest';
import { reliabilitySetting } from '../../../src/logging/outbox/retry-policy';
import { api } from '../../support/api';
import { dayOne, messageLogBody, sms, voicemail } from '../../support/message-fixtures';
import { connectPipedrive } from './connect-pipedrive';

const DANA = { id: '801', name: 'Dana Whitfield', phoneNumber: '+14155550132' };
const MARCUS = { id: '803', name: 'Marcus Bell', phoneNumber: '+12125550147' };
const post = (messages: unknown[], day = '7001-20260302', contact = DANA, group = [DANA]) =>
  api({ method: 'POST', path: '/messageLog', body: messageLogBody(messages, day, contact, group) });
const count = (text: string, part: string) => text.split(part).length - 1;

afterEach(() => reliabilitySetting.remove());

describe('Pipedrive message logs', () => {
  it('is one done activity per conversation-day, appended in place, at 3 / 0 / 2 requests', async () => {
    const company = await connectPipedrive();
    const requests = async (work: () => Promise<unknown>) => {
      await company.clearRequests();
      await work();
      return company.requestLines();
    };
    expect(await requests(() => post(dayOne))).toEqual(['GET /api/v1/activityTypes', 'GET /api/v2/persons/801', 'POST /api/v2/activities']);
    expect(await requests(() => post(dayOne))).toEqual([]);
    const fourth = sms('1004', '2026-03-02T18:00:00Z', 'Bringing the contract.');
    expect(await requests(() => post([fourth, ...dayOne]))).toEqual(['GET /api/v2/activities/5530', 'PATCH /api/v2/activities/5530']);
    expect(await requests(() => post([sms('1101', '2026-03-03T09:00:00Z', 'Late.')], '7001-20260303'))).toEqual(['POST /api/v2/activities']);

    const [day, next] = (await company.state()).activities;
    expect(day).toMatchObject({ person_id: 801, org_id: 92, done: true, type: 'call', due_date: '2026-03-02', due_time: '16:58' });
    expect(day!.subject).toBe('SMS conversation with Dana Whitfield - 2026-03-02');
    expect(day!.note).toContain('<p>Messages (4)</p><ul><li>');
    expect(day!.note).toContain('Priya Raman: <b>Thursday at 10 works for us.</b></li>');
    expect(day!.note).toContain('<p>RingCentral message ids: 1001, 1002, 1003, 1004</p>');
    expect(next!.subject).toBe('SMS conversation with Dana Whitfield - 2026-03-03');
  });

  it('files messages under an "SMS" activity type when the company has one', async () => {
    const company = await connectPipedrive();
    const types = [
      { id: 1, name: 'Call', key_string: 'call', active_flag: true, is_custom_flag: false },
      { id: 12, name: 'SMS', key_string: 'sms', active_flag: true, is_custom_flag: true },
    ];
    await company.update({ activityTypes: types } as never);
    await browser.storage.local.remove(Object.keys(await browser.storage.local.get(null)).filter((key) => key.startsWith('cache:')));
    await post([voicemail('2001', '2026-03-04T10:00:00Z', 'https://service.ringcentral.com/vm/2001')], 'vm-2001');
    const [activity] = (await company.state()).activities;
    expect(activity).toMatchObject({ type: 'sms', subject: 'Voicemail left by Dana Whitfield - 2026-03-04' });
    expect(activity!.note).toContain('Voicemail (0:42): <a href="https://service.ringcentral.com/vm/2001">');
  });

  it('logs each message once after the answer to the create was lost', async () => {
    const company = await connectPipedrive();
    await reliabilitySetting.set({ settleDelayMs: 0 });
    await company.inject({ method: 'POST', path: '/api/v2/activities', drop: 'after' });
    expect((await post(dayOne)).body).toMatchObject({ successful: false, queued: true });
    const again = await post([sms('1004', '2026-03-02T18:00:00Z', 'Bringing the contract.'), ...dayOne]);
    expect(again.body.successful).toBe(true);
    const activities = (await company.state()).activities;
    expect(activities).toHaveLength(1);
    for (const text of ['move the demo', 'See you Thursday', 'Bringing the contract']) expect(count(activities[0]!.note!, text)).toBe(1);
  });

  it('logs a group SMS to each person once', async () => {
    const company = await connectPipedrive();
    const group = [DANA, MARCUS];
    const messages = [sms('4001', '2026-03-05T10:00:00Z', 'Hi both.', 'agent', group), sms('4002', '2026-03-05T10:03:00Z', 'Thanks!', MARCUS)];
    for (const contact of [DANA, MARCUS, MARCUS]) await post(messages, 'g-1', contact, group);
    const activities = (await company.state()).activities;
    expect(activities.map((a) => a.person_id)).toEqual([801, 803]);
    for (const a of activities) expect(count(a.note!, 'Hi both.')).toBe(1);
  });
});
