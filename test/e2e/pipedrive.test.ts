/**
 * Pipedrive through the real built extension: connect with an API token and a base URL override
 * pointing at the fake Pipedrive, log a fixture call with a deal, edit it, and check on the
 * fake's side that there is one activity with every field as docs/pipedrive.md says, created with
 * one request after the contact was matched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import { createFakeCompany, type FakeCompanyHandle } from '../fake-servers/pipedrive/control-client';
import { startFakePipedrive, type FakePipedrive } from '../fake-servers/pipedrive/server';
import { fixtureCall } from '../support/call-fixtures';

let fake: FakePipedrive;
let extension: LaunchedExtension;
let company: FakeCompanyHandle;
const call = fixtureCall(2); // outbound to Marcus Bell, 611 s, 2025-03-03T16:20:47Z

beforeAll(async () => {
  fake = await startFakePipedrive();
  company = await createFakeCompany(fake.url);
  extension = await launchExtension();
});

afterAll(async () => {
  await extension?.close();
  await fake?.close();
});

describe('Pipedrive in the built extension', () => {
  it('connects with an API token and a base URL override', async () => {
    const { body } = await extension.api({
      method: 'POST',
      path: '/apiKeyLogin',
      body: { platform: 'pipedrive', apiKey: company.apiToken, hostname: fake.url },
    });
    expect(body).toMatchObject({
      successful: true,
      name: 'Priya Raman',
      returnMessage: { message: 'Connected to Pipedrive.', messageType: 'success', ttl: 1000 },
    });
    expect(JSON.stringify(body)).not.toContain(company.apiToken);
    const { body: connection } = await extension.api({ method: 'GET', path: '/connection' });
    expect(connection.connection).toMatchObject({ platform: 'pipedrive', name: 'Priya Raman', hostname: `${company.companyDomain}.pipedrive.com` });
  });

  it('logs a fixture call with a deal as one activity, in one request after the contact match', async () => {
    const found = await extension.api({ method: 'GET', path: '/contact', query: { phoneNumber: '+12125550147' } });
    expect(found.body.contact[0]).toMatchObject({
      id: 803,
      name: 'Marcus Bell',
      organization: 'Bell & Partners',
      additionalInfo: { deals: [{ const: 1301 }, { const: 1302 }] },
    });
    await company.clearRequests();

    const logged = await extension.api({
      method: 'POST',
      path: '/callLog',
      body: {
        logInfo: call,
        contactId: 803,
        contactType: 'contact',
        contactName: 'Marcus Bell',
        note: 'Agreed on 50 seats.',
        additionalSubmission: { deals: 1301 },
      },
    });
    expect(logged.body).toMatchObject({ successful: true, returnMessage: { message: 'Call logged' } });
    expect(await company.requestLines()).toEqual(['POST /api/v2/activities']);

    const { activities } = await company.state();
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({
      id: Number(logged.body.logId),
      owner_id: 13570,
      subject: 'Outbound Call to Marcus Bell',
      type: 'call',
      duration: '00:11',
      deal_id: 1301,
      lead_id: null,
      org_id: 93,
      person_id: 803,
      participants: [{ person_id: 803, primary: true }],
      done: true,
      due_date: '2025-03-03',
      due_time: '16:20',
      note:
        '<b>Agent notes</b><br>Agreed on 50 seats.<br><br><b>Call details</b><br>' +
        // Always written for Pipedrive: how a create whose answer was lost is found (docs/pipedrive.md).
        `<li><b>Session Id</b>: ${call.sessionId}</li>` +
        '<li><b>Summary</b>: Outbound Call to Marcus Bell</li>' +
        // The user's zone is America/Los_Angeles (timezone_name): on 3 March that is UTC-8, not the -07:00 users/me reports.
        '<li><b>Date/time</b>: 2025-03-03 08:20:47 AM</li>' +
        '<li><b>Duration</b>: 10 minutes, 11 seconds</li>' +
        '<li><b>Result</b>: Call connected</li>',
    });
    const [post] = await company.requests();
    expect(post).toMatchObject({ auth: 'apiToken', query: {} });
    expect(post!.body).not.toHaveProperty('person_id');
  });

  it('edits the log in place and never creates a second activity', async () => {
    const patched = await extension.api({
      method: 'PATCH',
      path: '/callLog',
      body: { sessionId: call.sessionId, note: 'Agreed on 50 seats. Contract goes out Friday.', duration: 700 },
    });
    expect(patched.body).toMatchObject({ successful: true, returnMessage: { message: 'Call log updated.' } });

    await extension.stopServiceWorker();
    const again = await extension.api({ method: 'POST', path: '/callLog', body: { logInfo: call, contactId: 803, contactName: 'Marcus Bell' } });
    expect(again.body).toMatchObject({ successful: false, returnMessage: { message: `Existing log for session ${call.sessionId}` } });

    const { activities } = await company.state();
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({ duration: '00:12', deal_id: 1301, subject: 'Outbound Call to Marcus Bell', due_time: '16:20' });
    expect(activities[0]!.note).toContain('<b>Agent notes</b><br>Agreed on 50 seats. Contract goes out Friday.<br><br><b>Call details</b><br>');
    expect(activities[0]!.note).toContain('<li><b>Duration</b>: 11 minutes, 40 seconds</li>');

    const details = await extension.api({ method: 'GET', path: '/callLog', query: { sessionIds: call.sessionId, requireDetails: 'true' } });
    expect(details.body.logs[0].logData).toMatchObject({
      note: 'Agreed on 50 seats. Contract goes out Friday.',
      contactName: 'Marcus Bell',
      dispositions: { deals: 1301, leads: null },
    });
  });
});
