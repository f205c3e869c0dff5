/** The fake speaks Pipedrive as docs/pipedrive.md describes it, independently of the connector. */
import { describe, expect, inject, it } from 'vitest';
import { createFakeCompany } from './control-client';

const url = inject('pipedriveUrl');

async function call(path: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('x-api-token', init.token);
  const response = await fetch(`${url}${path}`, { ...init, headers });
  return { status: response.status, headers: response.headers, body: await response.json().catch(() => undefined) };
}

describe('fake Pipedrive', () => {
  it('answers 401 with the gateway body without a valid token, also for an API token sent as Bearer', async () => {
    const { apiToken } = await createFakeCompany(url);
    const gateway = { success: false, error: 'unauthorized access', errorCode: 401, error_info: 'Please check developers.pipedrive.com' };
    expect(await call('/api/v1/users/me')).toMatchObject({ status: 401, body: gateway });
    expect(await call('/api/v1/users/me', { headers: { authorization: `Bearer ${apiToken}` } })).toMatchObject({ status: 401 });
    expect(await call(`/api/v1/users/me?api_token=${apiToken}`)).toMatchObject({ status: 401 });
  });

  it('serves users/me under /api/v1 and /v1 with rate-limit headers', async () => {
    const { apiToken, companyId } = await createFakeCompany(url);
    for (const path of ['/api/v1/users/me', '/v1/users/me']) {
      const me = await call(path, { token: apiToken });
      expect(me.body).toMatchObject({ success: true, data: { id: 13570, company_id: companyId, timezone_offset: '-07:00' } });
      expect(me.headers.get('x-ratelimit-limit')).toBe('40');
      expect(Number(me.headers.get('x-ratelimit-remaining'))).toBeLessThan(40);
    }
  });

  it('is strictly typed like v2: a string id is a 400, a non-JSON body a 415, a short search term a 400', async () => {
    const { apiToken } = await createFakeCompany(url);
    const post = (body: string, type = 'application/json') =>
      call('/api/v2/activities', { method: 'POST', token: apiToken, headers: { 'content-type': type }, body });
    const participants = [{ person_id: 731, primary: true }];
    expect(await post(JSON.stringify({ subject: 'x', type: 'call', deal_id: '1204', participants }))).toMatchObject({
      status: 400,
      body: { success: false, data: null },
    });
    expect(await post(JSON.stringify({ subject: 'x', type: 'call', due_date: '10/02/2025', participants }))).toMatchObject({ status: 400 });
    expect(await post(JSON.stringify({ subject: 'x' }), 'text/plain')).toMatchObject({ status: 415 });
    expect(await call('/api/v2/persons/search?term=4&fields=phone', { token: apiToken })).toMatchObject({ status: 400 });
    expect(await post(JSON.stringify({ subject: 'x', type: 'call', deal_id: 1204, participants }))).toMatchObject({
      status: 200,
      body: { data: { deal_id: 1204, person_id: 731 } },
    });
  });

  it('answers 404 with the application error shape', async () => {
    const { apiToken } = await createFakeCompany(url);
    expect(await call('/api/v2/activities/999', { token: apiToken })).toMatchObject({
      status: 404,
      body: { success: false, error: 'Activity not found', error_info: expect.stringContaining('developers.pipedrive.com'), data: null },
    });
  });

  it('limits a token to its window and says how long to wait', async () => {
    const { apiToken } = await createFakeCompany(url, { rateLimit: 2 });
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await call('/api/v1/activityTypes', { token: apiToken }));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 429]);
    expect(Number(answers[2]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(answers[2]!.headers.get('x-ratelimit-remaining')).toBe('0');
  });
});
