/**
 * What Pipedrive's failures do (docs/pipedrive.md, "Errors and retries" and "Finding a lost
 * create"): waits on 429, retries of idempotent requests, no blind retry of a create,
 * reconciliation of a create whose answer was lost, and messages.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { httpTimeouts } from '../../../src/http/crm-client';
import { reliabilitySetting } from '../../../src/logging/outbox/retry-policy';
import { allOutboxItems, putOutboxItem } from '../../../src/storage/outbox-store';
import { api } from '../../support/api';
import { connectPipedrive, logElenaCall } from './connect-pipedrive';

const findElena = async () => (await api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550123' } })).body;
const statuses = async (company: Awaited<ReturnType<typeof connectPipedrive>>, path: string) =>
  (await company.requests()).filter((r) => r.path === path).map((r) => r.status);

describe('Pipedrive rate limits', () => {
  it('waits the Retry-After of a 429 and tries again', async () => {
    const company = await connectPipedrive();
    await company.inject({ path: '/api/v2/persons/search', status: 429, headers: { 'retry-after': '1' } });
    expect((await findElena()).successful).toBe(true);
    expect(await statuses(company, '/api/v2/persons/search')).toEqual([429, 200]);
  });

  it('falls back to x-ratelimit-reset when there is no Retry-After', async () => {
    const company = await connectPipedrive();
    await company.inject({ path: '/api/v2/persons/search', status: 429, headers: { 'x-ratelimit-reset': '1' } });
    expect((await findElena()).successful).toBe(true);
    expect(await statuses(company, '/api/v2/persons/search')).toEqual([429, 200]);
  });

  it('does not wait out a long limit: it says when to try again', async () => {
    const company = await connectPipedrive();
    await company.inject({ status: 429, headers: { 'retry-after': '3600' }, times: 5 });
    const body = await findElena();
    expect(body).toMatchObject({
      successful: false,
      returnMessage: { message: 'Rate limit exceeded', messageType: 'warning', ttl: 5000 },
      extraDataTracking: { statusCode: 429 },
    });
    expect(JSON.stringify(body.returnMessage.details)).toContain('3600 seconds');
    expect(await statuses(company, '/api/v2/persons/search')).toEqual([429]);
  });

  it('stays inside a real 2-second window of 3 requests, without a single 429', async () => {
    const company = await connectPipedrive({ rateLimit: 3 });
    // 5 requests: search, activity types, deals, leads, created dates — more than one window allows.
    expect((await findElena()).contact[0]).toMatchObject({ id: 731, additionalInfo: { deals: [{ const: 1204 }] } });
    expect((await company.requests()).map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
  });

  it('drains a burst of logs at the limit: every call logged once, no 429 storm', async () => {
    const company = await connectPipedrive({ rateLimit: 5 });
    await findElena(); // the contact match warms the caches: each log is then one request
    await company.clearRequests();
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => logElenaCall(`burst-${i}`)));
    expect(answers.every((a) => a.body.successful)).toBe(true);
    expect((await company.requests()).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(
      Array.from({ length: 12 }, () => 'POST /api/v2/activities 200'),
    );
    expect((await company.state()).activities).toHaveLength(12);
  });
});

describe('Pipedrive failures of idempotent requests', () => {
  beforeAll(() => Object.assign(httpTimeouts, { attemptMs: 1000 }));
  afterAll(() => Object.assign(httpTimeouts, { attemptMs: 10_000 }));

  it('retries a GET that failed with 500 twice', async () => {
    const company = await connectPipedrive();
    await company.inject({ path: '/api/v2/persons/search', status: 500, times: 2 });
    expect((await findElena()).successful).toBe(true);
    expect(await statuses(company, '/api/v2/persons/search')).toEqual([500, 500, 200]);
  });

  it('retries a GET whose connection dropped, or that did not answer in time', async () => {
    const company = await connectPipedrive();
    await company.inject({ path: '/api/v2/persons/search', drop: 'before' }, { path: '/api/v2/deals', delayMs: 3000 });
    expect((await findElena()).contact[0].additionalInfo.deals).toHaveLength(1);
    expect(await statuses(company, '/api/v2/persons/search')).toEqual([-1, 200]);
    expect((await company.requests()).filter((r) => r.path === '/api/v2/deals')).toHaveLength(2);
  });

  it('gives up after two retries and says Pipedrive could not be reached', async () => {
    const company = await connectPipedrive();
    await company.inject({ path: '/api/v2/persons/search', status: 503, times: 3 });
    expect(await findElena()).toMatchObject({
      successful: false,
      returnMessage: { message: 'Error finding contact' },
      extraDataTracking: { statusCode: 503 },
    });
  });
});

describe('Pipedrive creates whose outcome is unknown', () => {
  beforeAll(() => Object.assign(httpTimeouts, { attemptMs: 1000 }));
  afterAll(() => Object.assign(httpTimeouts, { attemptMs: 10_000 }));
  afterEach(() => reliabilitySetting.remove());

  /** Lets the settle delay pass without waiting for it: the queued create is due now. */
  const settleNow = async () => {
    for (const item of await allOutboxItems())
      await putOutboxItem({ ...item, nextAttemptAt: Date.now() - 1, ...(item.lookUpFrom ? { lookUpFrom: Date.now() - 1 } : {}) });
  };

  it('never repeats a POST that got a 500 before the settle delay; then it looks first, finds nothing, and creates once', async () => {
    const company = await connectPipedrive();
    await company.inject({ method: 'POST', path: '/api/v2/activities', status: 500 });
    const first = await logElenaCall('post-500');
    expect(first.body).toMatchObject({ successful: false, queued: true, returnMessage: { message: 'Saved — will retry in 60 s.' } });
    expect(JSON.stringify(first.body.returnMessage.details)).toContain('It may already be logged');
    expect(await statuses(company, '/api/v2/activities')).toEqual([500]);

    // Pipedrive may still be creating it: a second "Log call" inside the settle delay sends nothing.
    expect((await logElenaCall('post-500')).body).toMatchObject({ successful: false, queued: true });
    expect(await statuses(company, '/api/v2/activities')).toEqual([500]);

    await settleNow();
    const third = await logElenaCall('post-500');
    expect(third.body).toMatchObject({ successful: true, logId: expect.any(String) });
    const lines = await company.requestLines();
    expect(lines.filter((line) => line === 'GET /api/v2/activities')).toHaveLength(1);
    expect((await company.state()).activities).toHaveLength(1);
  });

  it('adopts the activity Pipedrive created although the answer was lost', async () => {
    const company = await connectPipedrive();
    await reliabilitySetting.set({ settleDelayMs: 0 });
    await company.inject({ method: 'POST', path: '/api/v2/activities', drop: 'after' });
    expect((await logElenaCall('lost-answer')).body).toMatchObject({ successful: false, queued: true });
    const [created] = (await company.state()).activities;
    expect(created).toBeDefined();

    const again = await logElenaCall('lost-answer');
    expect(again.body).toMatchObject({
      successful: true,
      logId: String(created!.id),
      returnMessage: { message: 'Call logged: found in the CRM after its answer was lost.' },
    });
    const lookup = (await company.requests()).find((r) => r.method === 'GET' && r.path === '/api/v2/activities')!;
    expect(lookup.query).toMatchObject({
      person_id: '731',
      sort_by: 'add_time',
      sort_direction: 'desc',
    });
    // The window is taken on Pipedrive's clock, not sent as a time of this computer's.
    expect(lookup.query.updated_since).toBeUndefined();
    expect((await company.state()).activities).toHaveLength(1);
    expect((await logElenaCall('lost-answer')).body).toMatchObject({
      successful: false,
      logId: String(created!.id),
      returnMessage: { message: 'Existing log for session lost-answer' },
    });
  });

  it('does not adopt an identical activity that another session already owns', async () => {
    const company = await connectPipedrive();
    await reliabilitySetting.set({ settleDelayMs: 0 });
    const owned = await logElenaCall('twin-a');
    await company.inject({ method: 'POST', path: '/api/v2/activities', status: 502 });
    expect((await logElenaCall('twin-b')).body.queued).toBe(true);
    const twin = await logElenaCall('twin-b');
    expect(twin.body.successful).toBe(true);
    expect(twin.body.logId).not.toBe(owned.body.logId);
    expect((await company.state()).activities).toHaveLength(2);
  });
});

describe('Pipedrive refusals', () => {
  it('says to reconnect when the token was regenerated, without retrying', async () => {
    const company = await connectPipedrive();
    await company.rotateToken();
    const body = await findElena();
    expect(body).toMatchObject({
      successful: false,
      returnMessage: { message: 'Authorization error', messageType: 'warning' },
      extraDataTracking: { statusCode: 401 },
    });
    expect(await company.requests()).toEqual([]);
  });

  it('reads a 403 that is an HTML page', async () => {
    const company = await connectPipedrive();
    await company.inject({ status: 403, times: 10 });
    expect(await findElena()).toMatchObject({
      successful: false,
      returnMessage: { message: 'Authorization error' },
      extraDataTracking: { statusCode: 403 },
    });
  });

  it('refuses a person that is gone, keeping nothing', async () => {
    await connectPipedrive();
    const { body } = await api({
      method: 'POST',
      path: '/callLog',
      body: { logInfo: { sessionId: 'gone', direction: 'Inbound' }, contactId: 999999 },
    });
    expect(body).toMatchObject({ successful: false, returnMessage: { message: 'The record is gone from Pipedrive.' } });
    expect(JSON.stringify(body.returnMessage.details)).toContain('no person 999999');
  });

  it('refuses a contact id that is not a Pipedrive id without asking Pipedrive', async () => {
    const company = await connectPipedrive();
    const { body } = await api({
      method: 'POST',
      path: '/callLog',
      body: { logInfo: { sessionId: 'bad-id', direction: 'Inbound' }, contactId: 'c-3' },
    });
    expect(body).toMatchObject({ successful: false, returnMessage: { message: 'Pipedrive refused the data.' } });
    expect(await company.requests()).toEqual([]);
  });

  it('fails a login with a wrong token and stores nothing', async () => {
    const company = await connectPipedrive();
    const { body } = await api({ method: 'POST', path: '/apiKeyLogin', body: { platform: 'pipedrive', apiKey: 'wrong', hostname: company.url } });
    expect(body).toMatchObject({
      successful: false,
      returnMessage: { message: 'Could not load user information', messageType: 'warning', ttl: 3000 },
    });
  });
});
