/**
 * The fake App Connect server answers as the recorded one: the fixtures of
 * test/fixtures/app-connect-server replayed in order, plus the quirks the remote backend must
 * survive (the five-id cut, the weak duplicate guard, the token refresh, `{ error }` 400s).
 */
import { beforeEach, describe, expect, inject, it, vi } from 'vitest';
import loginRequest from '../../fixtures/app-connect-server/01-apiKeyLogin.req.json';
import loginResponse from '../../fixtures/app-connect-server/01-apiKeyLogin.res.json';
import contactResponse from '../../fixtures/app-connect-server/02-contact.res.json';
import createRequest from '../../fixtures/app-connect-server/03-callLog-create.req.json';
import createResponse from '../../fixtures/app-connect-server/03-callLog-create.res.json';
import duplicateRequest from '../../fixtures/app-connect-server/04-callLog-create-duplicate.req.json';
import duplicateResponse from '../../fixtures/app-connect-server/04-callLog-create-duplicate.res.json';
import getResponse from '../../fixtures/app-connect-server/05-callLog-get.res.json';
import detailsResponse from '../../fixtures/app-connect-server/06-callLog-get-details.res.json';
import updateRequest from '../../fixtures/app-connect-server/07-callLog-update.req.json';
import updateResponse from '../../fixtures/app-connect-server/07-callLog-update.res.json';
import detailsAfterResponse from '../../fixtures/app-connect-server/08-callLog-get-details-after.res.json';
import unknownUpdateRequest from '../../fixtures/app-connect-server/09-callLog-update-unknown.req.json';
import unknownUpdateResponse from '../../fixtures/app-connect-server/09-callLog-update-unknown.res.json';
import badTokenText from '../../fixtures/app-connect-server/10-callLog-bad-token.res.json?raw';
import { elenaCall } from '../../support/call-fixtures';
import { createFakeCompany } from '../pipedrive/control-client';
import { fakeAppConnect } from './control';

const server = fakeAppConnect(inject('appConnectUrl'));

async function call(method: string, path: string, { token, body }: { token?: string; body?: unknown } = {}) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text, refreshed: response.headers.get('x-refreshed-jwt-token') };
}

function payloadOf(jwt: string): { id: string; platform: string; iat: number; exp: number } {
  return JSON.parse(atob(jwt.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/')));
}

async function login(apiKey = 'test-api-key'): Promise<string> {
  const { json } = await call('POST', '/apiKeyLogin', { body: { ...loginRequest, apiKey } });
  return json.jwtToken;
}

beforeEach(async () => {
  await server.reset();
});

describe('the fake App Connect server replays the recorded exchanges', () => {
  it('in order, from login to the update of an unknown session', async () => {
    const login = await call('POST', '/apiKeyLogin', { body: loginRequest });
    expect(login.status).toBe(200);
    expect({ ...login.json, jwtToken: 'x' }).toEqual({ ...loginResponse, jwtToken: 'x' });
    const token: string = login.json.jwtToken;
    const recorded = payloadOf(loginResponse.jwtToken);
    const issued = payloadOf(token);
    expect({ id: issued.id, platform: issued.platform, lifetime: issued.exp - issued.iat }).toEqual({
      id: recorded.id,
      platform: recorded.platform,
      lifetime: recorded.exp - recorded.iat,
    });

    expect((await call('GET', '/contact?phoneNumber=%2B16505550100', { token })).json).toEqual(contactResponse);
    expect((await call('POST', '/callLog', { token, body: createRequest })).json).toEqual(createResponse);
    expect((await call('POST', '/callLog', { token, body: duplicateRequest })).json).toEqual(duplicateResponse);
    expect((await call('GET', '/callLog?sessionIds=1795258389940,999999', { token })).json).toEqual(getResponse);
    expect((await call('GET', '/callLog?sessionIds=1795258389940&requireDetails=true', { token })).json).toEqual(detailsResponse);
    expect((await call('PATCH', '/callLog', { token, body: updateRequest })).json).toEqual(updateResponse);
    expect((await call('GET', '/callLog?sessionIds=1795258389940&requireDetails=true', { token })).json).toEqual(detailsAfterResponse);
    expect((await call('PATCH', '/callLog', { token, body: unknownUpdateRequest })).json).toEqual(unknownUpdateResponse);

    const badToken = await call('GET', '/callLog?sessionIds=1795258389940', { token: `${token}x` });
    expect(badToken).toMatchObject({ status: 400, json: undefined, text: badTokenText.trim() });
    expect((await call('GET', '/callLog?sessionIds=1795258389940')).text).toBe(badTokenText.trim());
  });
});

describe('the quirks it reproduces', () => {
  it('answers only the first five session ids of a GET /callLog', async () => {
    const token = await login();
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const { json } = await call('GET', `/callLog?sessionIds=${ids.join(',')}`, { token });
    expect(json.logs.map((log: { sessionId: string }) => log.sessionId)).toEqual(ids.slice(0, 5));
  });

  it('creates two CRM records for two simultaneous POSTs of one session (the weak duplicate guard)', async () => {
    const token = await login();
    await server.setControls({ holdCallLogCreate: true });
    const sent = Promise.all([1, 2].map(() => call('POST', '/callLog', { token, body: createRequest })));
    await vi.waitFor(async () => expect(await server.requestsTo('POST /callLog')).toHaveLength(2));
    await server.release();
    const answers = await sent;
    expect(answers.map((a) => a.json.successful).sort()).toEqual([false, true]);
    expect((await server.stats()).activitiesBySession[createRequest.logInfo.sessionId]).toBe(2);
  });

  it('creates the record but fails to save the mapping without telephonySessionId or id', async () => {
    const token = await login();
    const { id: _id, telephonySessionId: _t, ...logInfo } = createRequest.logInfo;
    const { json } = await call('POST', '/callLog', { token, body: { ...createRequest, logInfo } });
    expect(json).toMatchObject({ successful: false, returnMessage: { message: 'Database operation failed' } });
    expect((await server.stats()).activitiesBySession[logInfo.sessionId]).toBe(1);
    expect((await call('GET', `/callLog?sessionIds=${logInfo.sessionId}`, { token })).json.logs[0].matched).toBe(false);
  });

  it('sends a fresh token in x-refreshed-jwt-token when fewer than 7 days are left', async () => {
    const fresh = await login();
    expect((await call('GET', '/callLog?sessionIds=a', { token: fresh })).refreshed).toBeNull();
    await server.setControls({ loginTokenLifetimeSeconds: 3 * 24 * 3600 });
    const old = await login();
    const { refreshed } = await call('GET', '/callLog?sessionIds=a', { token: old });
    expect(refreshed).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(payloadOf(refreshed!).exp - payloadOf(refreshed!).iat).toBe(14 * 24 * 3600);
  });

  it('answers an exception with a 400 { error } and a revoked CRM session with a 401', async () => {
    const token = await login();
    const noNumber = await call('GET', '/contact', { token });
    expect(noNumber).toMatchObject({ status: 400, json: { error: expect.any(String) } });
    await server.revokeCrmSessions();
    const revoked = await call('GET', '/callLog?sessionIds=a', { token });
    expect(revoked).toMatchObject({ status: 401, json: { successful: false, errorCode: 'CRM_SESSION_REVOKED' } });
  });
});

describe('the Pipedrive-backed mode', () => {
  const pipedriveUrl = inject('pipedriveUrl');
  const logElena = (token: string, sessionId: string) =>
    call('POST', '/callLog', {
      token,
      body: {
        logInfo: elenaCall(sessionId),
        contactId: 731,
        contactName: 'Elena Ruiz',
        note: 'Confirmed 40 trucks.',
        additionalSubmission: { deals: 1204 },
      },
    });

  it('has no platform pipedrive unless the operator configured one', async () => {
    const company = await createFakeCompany(pipedriveUrl);
    const { status, json } = await call('POST', '/apiKeyLogin', { body: { platform: 'pipedrive', apiKey: company.apiToken } });
    expect({ status, json }).toEqual({ status: 400, json: { error: 'Connector not found for platform: pipedrive' } });
    expect(await company.requestLines()).toEqual([]);
  });

  it("logs into Pipedrive and makes App Connect's requests for each log: the person every time, the types once", async () => {
    const company = await createFakeCompany(pipedriveUrl);
    await server.setControls({ pipedriveUrl });
    expect((await call('POST', '/apiKeyLogin', { body: { platform: 'pipedrive', apiKey: 'wrong' } })).status).toBe(400);
    const login = await call('POST', '/apiKeyLogin', { body: { platform: 'pipedrive', apiKey: company.apiToken } });
    expect(login.json).toMatchObject({ name: 'Priya Raman' });
    expect(payloadOf(login.json.jwtToken)).toMatchObject({ id: '13570-pipedrive', platform: 'pipedrive' });
    const token: string = login.json.jwtToken;
    await company.clearRequests();

    const first = await logElena(token, 'pd-1');
    const second = await logElena(token, 'pd-2');
    expect(await company.requestLines()).toEqual([
      'GET /api/v2/persons/731',
      'GET /v1/activityTypes',
      'POST /api/v2/activities',
      'GET /api/v2/persons/731',
      'POST /api/v2/activities',
    ]);
    const { activities } = await company.state();
    expect(activities.map((a) => String(a.id))).toEqual([first.json.logId, second.json.logId]);
    expect(activities[0]).toMatchObject({
      owner_id: 13570,
      type: 'call',
      person_id: 731,
      org_id: 88,
      deal_id: 1204,
      done: true,
      due_date: '2025-10-02',
      due_time: '14:05',
      duration: '00:03',
    });
    expect(activities[0]!.note).toContain('Confirmed 40 trucks.');

    const found = await call('GET', '/callLog?sessionIds=pd-1,pd-3', { token });
    expect(found.json.logs).toEqual([
      { sessionId: 'pd-1', matched: true, logId: first.json.logId },
      { sessionId: 'pd-3', matched: false },
    ]);
    expect((await logElena(token, 'pd-1')).json).toMatchObject({ successful: false, returnMessage: { message: 'Existing log for session pd-1' } });
    expect((await call('GET', '/contact?phoneNumber=%2B14155550123', { token })).status).toBe(400);
  });

  it('answers a Pipedrive refusal as a failed log, with no mapping', async () => {
    const company = await createFakeCompany(pipedriveUrl);
    await server.setControls({ pipedriveUrl });
    const token: string = (await call('POST', '/apiKeyLogin', { body: { platform: 'pipedrive', apiKey: company.apiToken } })).json.jwtToken;
    await company.inject({ method: 'POST', path: '/api/v2/activities', status: 500 });
    expect((await logElena(token, 'pd-x')).json).toMatchObject({ successful: false, returnMessage: { message: 'Error creating call log' } });
    expect((await call('GET', '/callLog?sessionIds=pd-x', { token })).json.logs).toEqual([{ sessionId: 'pd-x', matched: false }]);
  });
});
