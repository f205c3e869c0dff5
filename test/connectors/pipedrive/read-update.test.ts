/** getCallLog, updateCallLog and upsertCallDisposition against the fake Pipedrive (docs/pipedrive.md, "Reading and updating"). */
import browser from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { readAgentNote } from '../../../src/logging/compose/compose-log-body';
import { api } from '../../support/api';
import { connectPipedrive, logElenaCall } from './connect-pipedrive';

const details = async (sessionId: string) =>
  (await api({ method: 'GET', path: '/callLog', query: { sessionIds: sessionId, requireDetails: 'true' } })).body.logs[0];

describe('Pipedrive getCallLog', () => {
  it('reads the agent note, subject, deal and the person name (one request when the name is known)', async () => {
    const company = await connectPipedrive();
    const { logId } = (await logElenaCall('read')).body;
    await company.clearRequests();
    expect(await details('read')).toMatchObject({
      logId,
      logData: {
        subject: 'Outbound Call to Elena Ruiz',
        note: 'Confirmed 40 trucks for Q1.',
        fullBody: expect.stringContaining('<li><b>Duration</b>: 2 minutes, 5 seconds</li>'),
        contactName: 'Elena Ruiz',
        dispositions: { deals: 1204, leads: null },
      },
    });
    expect(await company.requestLines()).toEqual([`GET /api/v2/activities/${logId}`]);
  });

  it('fetches the person name once when it is not known, and says Unknown for no person', async () => {
    const company = await connectPipedrive();
    await logElenaCall('cold-name');
    await browser.storage.local.remove(Object.keys(await browser.storage.local.get(null)).filter((key) => key.endsWith(':names')));
    await company.clearRequests();
    expect((await details('cold-name')).logData.contactName).toBe('Elena Ruiz');
    expect((await company.requestLines()).slice(1)).toEqual(['GET /api/v2/persons/731']);
  });
});

describe('Pipedrive updateCallLog', () => {
  it('re-reads the activity and PATCHes only note, subject and duration (the spec example)', async () => {
    const company = await connectPipedrive();
    const { logId } = (await logElenaCall('update')).body;
    await company.clearRequests();
    const { body } = await api({
      method: 'PATCH',
      path: '/callLog',
      body: { sessionId: 'update', subject: 'Outbound Call to Elena Ruiz (follow-up)', note: 'Sent the Q1 quote.', duration: 240 },
    });
    expect(body).toMatchObject({ successful: true, logId, returnMessage: { message: 'Call log updated.', messageType: 'success', ttl: 2000 } });
    const [read, patch] = await company.requests();
    expect([read!.method, patch!.method]).toEqual(['GET', 'PATCH']);
    expect(patch!.body).toEqual({
      note: '<b>Agent notes</b><br>Sent the Q1 quote.<br><br><b>Call details</b><br><li><b>Session Id</b>: update</li><li><b>Summary</b>: Outbound Call to Elena Ruiz (follow-up)</li><li><b>Date/time</b>: 2025-10-02 07:05:00 AM</li><li><b>Duration</b>: 4 minutes</li><li><b>Result</b>: Call connected</li><li><b>Call recording link</b>: (pending...)</li>',
      subject: 'Outbound Call to Elena Ruiz (follow-up)',
      duration: '00:05',
    });
    expect(body.updatedNote).toBe((patch!.body as { note: string }).note);
    const [stored] = (await company.state()).activities;
    expect(stored).toMatchObject({ deal_id: 1204, type: 'call', due_date: '2025-10-02', due_time: '14:05', done: true });
  });

  it('keeps what a person edited in Pipedrive and sends only the note when nothing else changed', async () => {
    const company = await connectPipedrive();
    await logElenaCall('edited');
    await company.clearRequests();
    await api({ method: 'PATCH', path: '/callLog', body: { sessionId: 'edited', recordingLink: 'https://media.example/rec/7' } });
    const patch = (await company.requests()).find((r) => r.method === 'PATCH')!;
    expect(Object.keys(patch.body as object)).toEqual(['note']);
    expect((patch.body as { note: string }).note).toContain('<a target="_blank" href="https://media.example/rec/7">open</a>');
  });

  it('does not touch an activity that was deleted in Pipedrive, and says so', async () => {
    const company = await connectPipedrive();
    await logElenaCall('deleted');
    await company.inject({ method: 'GET', path: '/api/v2/activities/*', status: 404, body: { success: false, error: 'Activity not found' } });
    const { body } = await api({ method: 'PATCH', path: '/callLog', body: { sessionId: 'deleted', note: 'x' } });
    expect(body).toMatchObject({ successful: false, returnMessage: { message: 'The record is gone from Pipedrive.' } });
    expect((await company.requests()).filter((r) => r.method === 'PATCH')).toEqual([]);
  });
});

describe('Pipedrive upsertCallDisposition', () => {
  it('sets a lead and clears the deal, sets a deal and clears the lead, and sends nothing for no choice', async () => {
    const company = await connectPipedrive();
    const { logId } = (await logElenaCall('dispose')).body;
    const lead = '0b6d2f3e-8c41-4f9a-a2d7-5e1c9b7f3a20';
    await company.clearRequests();
    const put = (dispositions: Record<string, unknown>) =>
      api({ method: 'PUT', path: '/callDisposition', body: { sessionId: 'dispose', dispositions } });

    expect((await put({ leads: lead })).body.successful).toBe(true);
    expect((await put({ deals: '1204', leads: lead })).body.successful).toBe(true);
    expect((await put({})).body.successful).toBe(false);
    expect((await company.requests()).map((r) => [r.method, r.path, r.body])).toEqual([
      ['PATCH', `/api/v2/activities/${logId}`, { lead_id: lead, deal_id: null }],
      ['PATCH', `/api/v2/activities/${logId}`, { deal_id: 1204, lead_id: null }],
    ]);
  });
});

describe('Pipedrive logout', () => {
  it('forgets the token and every cache of the company', async () => {
    await connectPipedrive();
    await api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550123' } });
    const cacheKeys = async () => Object.keys(await browser.storage.local.get(null)).filter((key) => key.startsWith('cache:pipedrive:'));
    expect(await cacheKeys()).not.toEqual([]);
    const { body } = await api({ method: 'POST', path: '/unAuthorize' });
    expect(body).toMatchObject({ successful: true, returnMessage: { message: 'Logged out of Pipedrive' } });
    expect(await cacheKeys()).toEqual([]);
    // (WXT's fake storage drops a stored null, so the fresh-install default shows here instead of none.)
    expect((await api({ method: 'GET', path: '/connection' })).body.connection?.platform).not.toBe('pipedrive');
    expect(JSON.stringify(await browser.storage.local.get('connections'))).not.toContain('pipedrive');
  });
});

describe('the agent note of a Pipedrive activity', () => {
  it('reads the note between the markers, whatever form the line breaks take', () => {
    expect(
      readAgentNote(
        'text/html',
        '<b>Agent notes</b><br>Confirmed 40 trucks for Q1.<br><br><b>Call details</b><br><li><b>Duration</b>: 2 minutes, 5 seconds</li>',
      ),
    ).toBe('Confirmed 40 trucks for Q1.');
    expect(readAgentNote('text/html', '<b>Agent notes</b><br/>one<br />two &amp; three<br/><br/><b>Call details</b><br/>')).toBe('one\ntwo & three');
    expect(readAgentNote('text/html', '<li><b>Summary</b>: no note</li>')).toBe('');
    expect(readAgentNote('text/html', '')).toBe('');
    expect(readAgentNote('text/html', '<b>Agent notes</b><br>never closed')).toBe('');
  });
});
