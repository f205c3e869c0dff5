/** findContact against the fake Pipedrive: docs/pipedrive.md, "Finding a contact", to the field, and what it costs in requests. */
import { describe, expect, it } from 'vitest';
import { api } from '../../support/api';
import { connectPipedrive } from './connect-pipedrive';

const find = async (phoneNumber: string, isExtension?: 'true') =>
  (await api({ method: 'GET', path: '/contact', query: { phoneNumber, ...(isExtension && { isExtension }) } })).body;

describe('Pipedrive findContact', () => {
  it('gives the example result of the spec: deals, leads, organization and dates', async () => {
    const company = await connectPipedrive();
    const body = await find('+14155550123');
    expect(body.successful).toBe(true);
    expect(body.contact).toEqual([
      {
        id: 731,
        name: 'Elena Ruiz',
        phone: '+14155550123',
        createdDate: '2024-11-05T13:22:10Z',
        mostRecentActivityDate: '2025-09-30T08:01:55Z',
        organization: 'Harbor Logistics',
        type: 'contact',
        additionalInfo: {
          deals: [{ const: 1204, title: 'Harbor Logistics fleet renewal' }],
          leads: [{ const: '0b6d2f3e-8c41-4f9a-a2d7-5e1c9b7f3a20', title: 'Harbor Logistics – warehouse add-on' }],
        },
      },
      { id: 'createNewContact', name: 'Create new contact...', isNewContact: true },
    ]);
    const requests = await company.requests();
    const search = requests.find((r) => r.path === '/api/v2/persons/search')!;
    expect(search.query).toEqual({ term: '4155550123', fields: 'phone' });
    expect(requests.find((r) => r.path === '/api/v2/deals')!.query).toEqual({ person_id: '731', status: 'open' });
    expect(requests.every((r) => r.auth === 'apiToken' && !('api_token' in r.query))).toBe(true);
    // 1 search + deals + leads + the created-date batch, and the activity types once a day.
    expect((await company.requestLines()).sort()).toEqual(
      ['GET /api/v1/activityTypes', 'GET /api/v1/leads', 'GET /api/v2/deals', 'GET /api/v2/persons', 'GET /api/v2/persons/search'].sort(),
    );
    await company.clearRequests();
    await find('+14155550123');
    expect(await company.requestLines()).toHaveLength(4);
  });

  it('accepts the number with a space where the + was (a decoded query string)', async () => {
    await connectPipedrive();
    const body = await find(' 14155550123');
    expect(body.contact[0]).toMatchObject({ id: 731, phone: '+14155550123' });
  });

  it('searches a number that is not possible as it came, URL-encoded', async () => {
    const company = await connectPipedrive();
    await find('+1415555');
    const search = (await company.requests()).find((r) => r.path === '/api/v2/persons/search')!;
    expect(search.query.term).toBe('+1415555');
  });

  it('finds persons whose stored number is formatted, in API order, with their own deals', async () => {
    await connectPipedrive();
    const body = await find('+12125550147');
    expect(body.contact[0]).toMatchObject({
      id: 803,
      name: 'Marcus Bell',
      additionalInfo: { deals: [{ const: 1301 }, { const: 1302 }], leads: [{ title: 'Bell & Partners – training' }] },
    });
    const two = await find('+81355500142');
    expect(two.contact[0]).toMatchObject({ id: 807, name: 'Hiroshi Sato', organization: '', additionalInfo: {} });
  });

  it('does not look up extension numbers, and says internal numbers are not supported', async () => {
    const company = await connectPipedrive();
    expect(await find('+14155550123', 'true')).toMatchObject({ successful: false, contact: [] });
    expect(await find('101')).toMatchObject({
      successful: false,
      contact: [],
      returnMessage: { message: 'Logging against internal extension number is not supported.', messageType: 'warning', ttl: 3000 },
    });
    expect(await company.requests()).toEqual([]);
  });

  it('still answers when the leads request fails, but not when deals fail', async () => {
    const company = await connectPipedrive();
    await company.inject({ path: '/api/v1/leads', status: 403, times: 1 });
    const withoutLeads = await find('+14155550123');
    expect(withoutLeads.successful).toBe(true);
    expect(withoutLeads.contact[0].additionalInfo).toEqual({ deals: [{ const: 1204, title: 'Harbor Logistics fleet renewal' }] });

    await company.inject({ path: '/api/v2/deals', status: 404, times: 1 });
    expect((await find('+14155550123')).successful).toBe(false);
  });
});
