/**
 * Answers a CRM (or something posing as one) should never send: a redirect to another origin,
 * a body of many megabytes, a company domain that would move the API host elsewhere. None of
 * them may carry the key anywhere else or hold the worker.
 */
import { describe, expect, it } from 'vitest';
import { pipedrive } from '../../../src/connectors/pipedrive';
import { httpTimeouts } from '../../../src/http/crm-client';
import { CrmError } from '../../../src/http/crm-error';
import { api } from '../../support/api';
import { connectPipedrive, logElenaCall } from './connect-pipedrive';

const findElena = async () => (await api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550123' } })).body;
const messageOf = (body: { returnMessage: { message: string; details?: { items: { text: string }[] }[] } }) =>
  [body.returnMessage.message, ...(body.returnMessage.details ?? []).flatMap((d) => d.items.map((i) => i.text))].join(' ');

describe('a hostile Pipedrive answer', () => {
  it('a redirect to another origin is not followed: the API token goes nowhere else', async () => {
    const company = await connectPipedrive();
    const elsewhere = `${company.url.replace('127.0.0.1', 'localhost')}/api/v2/persons/search?term=stolen`;
    await company.inject({ path: '/api/v2/persons/search', status: 302, headers: { location: elsewhere }, body: '' });
    const body = await findElena();
    expect(body.successful).toBe(false);
    expect(messageOf(body)).toContain('answered with a redirect');
    const searches = (await company.requests()).filter((r) => r.path === '/api/v2/persons/search');
    expect(searches.map((r) => r.query.term)).not.toContain('stolen');
    expect(searches).toHaveLength(1);
  });

  it('a redirected create is not sent again blindly: it may have been made', async () => {
    const company = await connectPipedrive();
    await company.inject({ method: 'POST', path: '/api/v2/activities', status: 303, headers: { location: `${company.url}/elsewhere` }, body: '' });
    const answer = await logElenaCall('s-redirected');
    expect(answer.body.successful).not.toBe(true);
    const posts = (await company.requests()).filter((r) => r.method === 'POST' && r.path === '/api/v2/activities');
    expect(posts).toHaveLength(1);
  });

  it('an answer that stops in the middle of its body: gives up at the deadline and says so', async () => {
    Object.assign(httpTimeouts, { attemptMs: 400 });
    try {
      const company = await connectPipedrive();
      await company.inject({ path: '/api/v2/persons/search', stall: true, times: 3 });
      const body = await findElena();
      expect(body.successful).toBe(false);
      expect(messageOf(body)).toContain('did not answer');
      // Each attempt ended at its deadline (before, the body was awaited for ever); a GET is tried three times.
      expect((await company.requests()).filter((r) => r.path === '/api/v2/persons/search')).toHaveLength(3);
    } finally {
      Object.assign(httpTimeouts, { attemptMs: 10_000 });
    }
  });

  it('an answer of many megabytes is cut off, not read into memory', async () => {
    const company = await connectPipedrive();
    const huge = { success: true, data: { items: [] }, padding: 'x'.repeat(12 * 1024 * 1024) };
    await company.inject({ path: '/api/v2/persons/search', status: 200, body: huge });
    const body = await findElena();
    expect(body.successful).toBe(false);
    expect(messageOf(body)).toContain('larger than this extension reads');
  });

  it.each(['evil.example/#', 'evil.example@x', 'evil.example/x', 'a.b', ''])('a company_domain %j is refused at login', async (domain) => {
    const company = await connectPipedrive();
    await company.inject({
      path: '/api/v1/users/me',
      status: 200,
      body: { success: true, data: { id: 1, name: 'N', company_id: 2, company_domain: domain, timezone_name: 'UTC', timezone_offset: '+00:00' } },
    });
    const login = pipedrive.getUserInfo({ authHeader: { 'x-api-token': company.apiToken }, hostname: company.url, additionalInfo: {} });
    await expect(login).rejects.toBeInstanceOf(CrmError);
  });
});
