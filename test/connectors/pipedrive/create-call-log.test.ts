/** createCallLog against the fake Pipedrive: the exact activity of docs/pipedrive.md ("How a call becomes an activity") and its request budget. */
import { describe, expect, it } from 'vitest';
import { hhmmDuration, dueDateTime } from '../../../src/connectors/pipedrive/activity-fields';
import { callActivityTypeSetting } from '../../../src/connectors/pipedrive/settings';
import { api } from '../../support/api';
import { connectPipedrive, logElenaCall } from './connect-pipedrive';

const SPEC_ACTIVITY = {
  owner_id: 13570,
  subject: 'Outbound Call to Elena Ruiz',
  type: 'call',
  duration: '00:03',
  deal_id: 1204,
  org_id: 88,
  // The session's own line is always there: it is how a create whose answer was lost is found.
  note: '<b>Agent notes</b><br>Confirmed 40 trucks for Q1.<br><br><b>Call details</b><br><li><b>Session Id</b>: spec-example</li><li><b>Summary</b>: Outbound Call to Elena Ruiz</li><li><b>Date/time</b>: 2025-10-02 07:05:00 AM</li><li><b>Duration</b>: 2 minutes, 5 seconds</li><li><b>Result</b>: Call connected</li><li><b>Call recording link</b>: (pending...)</li>',
  done: true,
  due_date: '2025-10-02',
  due_time: '14:05',
  participants: [{ person_id: 731, primary: true }],
};

const postedActivities = async (company: Awaited<ReturnType<typeof connectPipedrive>>) =>
  (await company.requests()).filter((r) => r.method === 'POST' && r.path === '/api/v2/activities').map((r) => r.body);

describe('Pipedrive createCallLog', () => {
  it('sends the activity of the spec example, in one request after the contact was matched', async () => {
    const company = await connectPipedrive();
    await api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550123' } });
    await company.clearRequests();

    const { body } = await logElenaCall('spec-example');
    expect(body).toMatchObject({ successful: true, logId: '5530', returnMessage: { message: 'Call logged', messageType: 'success', ttl: 2000 } });
    expect(await company.requestLines()).toEqual(['POST /api/v2/activities']);
    expect(await postedActivities(company)).toEqual([SPEC_ACTIVITY]);
    const [stored] = (await company.state()).activities;
    expect(stored).toMatchObject({ id: 5530, person_id: 731, deal_id: 1204, lead_id: null, org_id: 88, done: true, type: 'call', owner_id: 13570 });
  });

  it('costs three requests with cold caches (types, person, POST), then one', async () => {
    const company = await connectPipedrive();
    await logElenaCall('cold');
    expect(await company.requestLines()).toEqual(['GET /api/v1/activityTypes', 'GET /api/v2/persons/731', 'POST /api/v2/activities']);
    await company.clearRequests();
    await logElenaCall('warm');
    expect(await company.requestLines()).toEqual(['POST /api/v2/activities']);
  });

  it('links a lead only when no deal is chosen, and neither when nothing is', async () => {
    const company = await connectPipedrive();
    const lead = '0b6d2f3e-8c41-4f9a-a2d7-5e1c9b7f3a20';
    await logElenaCall('both', { deals: '1204', leads: lead });
    await logElenaCall('lead', { leads: lead });
    await logElenaCall('none', {});
    const [both, onlyLead, none] = (await postedActivities(company)) as Record<string, unknown>[];
    expect(both).toMatchObject({ deal_id: 1204 });
    expect(both).not.toHaveProperty('lead_id');
    expect(onlyLead).toMatchObject({ lead_id: lead });
    expect(onlyLead).not.toHaveProperty('deal_id');
    expect(none).not.toHaveProperty('deal_id');
    expect(none).not.toHaveProperty('lead_id');
  });

  it('uses the admin-chosen activity type, and refuses to log without any call type', async () => {
    const company = await connectPipedrive();
    await callActivityTypeSetting.set('meeting');
    await logElenaCall('as-meeting');
    expect((await postedActivities(company))[0]).toMatchObject({ type: 'meeting' });

    await callActivityTypeSetting.set(null);
    const other = await connectPipedrive();
    await other.update({ activityTypes: [{ id: 2, name: 'Meeting', key_string: 'meeting', active_flag: true, is_custom_flag: false }] });
    const { body } = await logElenaCall('no-type');
    expect(body).toMatchObject({
      successful: false,
      returnMessage: { message: expect.stringContaining('requires an active activity type containing the word "call"'), messageType: 'error' },
    });
    expect(await postedActivities(other)).toEqual([]);
    // Nothing was kept: once a call type exists, the same session logs.
    await other.update({ activityTypes: [{ id: 1, name: 'Phone call', key_string: 'phone', active_flag: true, is_custom_flag: false }] });
    expect((await logElenaCall('no-type')).body.successful).toBe(true);
  });

  it('re-reads a person whose cached organization was refused, and posts once more only if it changed', async () => {
    const company = await connectPipedrive();
    await api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550123' } });
    await company.clearRequests();
    await company.inject({
      method: 'POST',
      path: '/api/v2/activities',
      status: 400,
      times: 1,
      body: { success: false, error: 'Organization not found' },
    });
    const { body } = await logElenaCall('stale-org');
    // The person still belongs to organization 88, so the 400 stands and nothing is sent twice.
    expect(body).toMatchObject({ successful: false, returnMessage: { message: 'Pipedrive refused the data.' } });
    expect(await company.requestLines()).toEqual(['POST /api/v2/activities', 'GET /api/v2/persons/731']);
  });

  it('posts once more with the new organization when the person moved since it was cached', async () => {
    const company = await connectPipedrive();
    await api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550123' } });
    await company.updatePerson(731, { org_id: 92 });
    await company.clearRequests();
    await company.inject({ method: 'POST', path: '/api/v2/activities', status: 400, times: 1 });
    expect((await logElenaCall('moved')).body.successful).toBe(true);
    expect(await company.requestLines()).toEqual(['POST /api/v2/activities', 'GET /api/v2/persons/731', 'POST /api/v2/activities']);
    const [refused, accepted] = (await postedActivities(company)) as Record<string, unknown>[];
    expect([refused!.org_id, accepted!.org_id]).toEqual([88, 92]);
  });

  it('creates a contact as a v2 person and logs against it with one request', async () => {
    const company = await connectPipedrive();
    const created = await api({
      method: 'POST',
      path: '/contact',
      body: { phoneNumber: '+14155550188', newContactName: 'Dmitri Volkov', newContactType: 'contact' },
    });
    expect(created.body).toMatchObject({
      successful: true,
      contact: { id: 900, name: 'Dmitri Volkov' },
      returnMessage: { message: 'Contact created.' },
    });
    expect((await company.requests())[0]).toMatchObject({
      method: 'POST',
      path: '/api/v2/persons',
      body: { name: 'Dmitri Volkov', phones: [{ value: '+14155550188', primary: true, label: 'work' }] },
    });
    await api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550188' } });
    await company.clearRequests();
    const logged = await api({
      method: 'POST',
      path: '/callLog',
      body: { logInfo: { sessionId: 'new-person', direction: 'Inbound', duration: 60 }, contactId: 900, contactName: 'Dmitri Volkov' },
    });
    expect(logged.body.successful).toBe(true);
    expect(await company.requestLines()).toEqual(['POST /api/v2/activities']);
    expect((await postedActivities(company))[0]).not.toHaveProperty('org_id');
  });
});

describe('activity fields', () => {
  it('rounds the duration up by a minute and carries into the hour (7.2)', () => {
    const table: [unknown, string][] = [
      [0, '00:01'],
      [59, '00:01'],
      [60, '00:02'],
      [125, '00:03'],
      [240, '00:05'],
      [300, '00:06'],
      [3600, '01:01'],
      [4500, '01:16'],
      [3540, '01:00'],
      [3599, '01:00'],
      [7199, '02:00'],
      ['pending', '00:00'],
      [undefined, '00:00'],
      [null, '00:00'],
      ['125', '00:00'],
      [Number.NaN, '00:00'],
    ];
    for (const [seconds, expected] of table) expect(hhmmDuration(seconds), String(seconds)).toBe(expected);
  });

  it('dates the activity in UTC from epoch ms or ISO text, else now', () => {
    expect(dueDateTime('2025-10-02T23:59:30-07:00')).toEqual({ due_date: '2025-10-03', due_time: '06:59' });
    expect(dueDateTime(Date.UTC(2025, 9, 2, 14, 5))).toEqual({ due_date: '2025-10-02', due_time: '14:05' });
    const now = new Date(Date.UTC(2026, 0, 1, 8, 30));
    expect(dueDateTime('not a date', now)).toEqual({ due_date: '2026-01-01', due_time: '08:30' });
    expect(dueDateTime(undefined, now)).toEqual({ due_date: '2026-01-01', due_time: '08:30' });
  });
});
