/**
 * The local paths of the message API (answered by the router, never by a backend): log-body
 * settings, the sample calls, the phone account; and the open-in-CRM link on logged sessions.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createApiRouter } from '../../src/api/router';
import type { Backend } from '../../src/backends/types';
import { currentBackend } from '../../src/backends/current-backend';
import { callRecordSchema, type CallRecord } from '../../src/protocol/call-record';
import { defaultLogBodySettings } from '../../src/protocol/schemas/log-body-settings';
import { seedContacts } from '../../src/connectors/testCRM/seed';
import { contactParty } from '../../src/protocol/contact-party';
import { resetExtension } from '../support/reset';

let forwarded: string[] = [];
const countingBackend = async (): Promise<Backend> => {
  const backend = await currentBackend();
  return { kind: backend.kind, handle: (request) => (forwarded.push(request.route), backend.handle(request)) };
};
const api = createApiRouter({ currentBackend: countingBackend, isOwnSender: () => true });
const call = async (method: string, path: string, extra: object = {}) =>
  (await api({ type: 'api', method, path, ...extra }, {})) as { status: number; body: any };

beforeEach(async () => {
  await resetExtension();
  forwarded = [];
});

describe('GET and PUT /settings/logBody', () => {
  it('answers the defaults of docs/log-body.md, then what was saved, and never asks a backend', async () => {
    expect((await call('GET', '/settings/logBody')).body.settings).toEqual(defaultLogBodySettings);
    const saved = await call('PUT', '/settings/logBody', {
      body: { ...defaultLogBodySettings, addCallLogDuration: false, timezoneOffset: '+05:30' },
    });
    expect(saved.body).toMatchObject({ successful: true, returnMessage: { messageType: 'success' } });
    expect((await call('GET', '/settings/logBody')).body.settings).toMatchObject({
      addCallLogDuration: false,
      addCallLogNote: true,
      timezoneOffset: '+05:30',
    });
    expect(forwarded).toEqual([]);
  });

  it('refuses a bad value with a message naming the field, and keeps what was there', async () => {
    const refused = await call('PUT', '/settings/logBody', { body: { addCallLogNote: 'yes', timezoneOffset: 'Berlin' } });
    expect(refused.status).toBe(400);
    expect(refused.body.returnMessage.message).toContain('addCallLogNote must be a boolean');
    expect(refused.body.returnMessage.message).toContain('timezoneOffset must look like +05:30');
    expect((await call('GET', '/settings/logBody')).body.settings).toEqual(defaultLogBodySettings);
  });
});

describe('GET /calls with the sample calls', () => {
  it('gives a new user recent calls that stay the same, every number known to the Example CRM but one', async () => {
    const first = await call('GET', '/calls');
    expect(first.body).toMatchObject({ successful: true, source: 'sample', syncedAt: null });
    const calls: CallRecord[] = first.body.calls;
    expect(calls.length).toBeGreaterThanOrEqual(5);
    for (const record of calls) expect(callRecordSchema.safeParse(record).success).toBe(true);
    const starts = calls.map((c) => Date.parse(String(c.startTime)));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    expect(Date.now() - starts[0]!).toBeLessThan(60 * 60_000);

    const matches = calls.map((c) => seedContacts.filter((s) => s.phones.includes(contactParty(c)!.phoneNumber!)).length);
    expect(matches.filter((n) => n === 0)).toHaveLength(1);
    expect(matches.filter((n) => n >= 2).length).toBeGreaterThanOrEqual(1);

    expect((await call('GET', '/calls', { query: { refresh: 'true' } })).body.calls).toEqual(calls);
    expect(forwarded).toEqual([]);
  });
});

describe('GET /phoneAccount', () => {
  it('starts on the sample calls, signed out of RingCentral, with the redirect URI to register', async () => {
    const { body } = await call('GET', '/phoneAccount');
    expect(body).toMatchObject({
      phoneAccount: { source: 'sample', serverUrl: 'https://platform.ringcentral.com', clientId: '' },
      ringcentral: { signedIn: false },
    });
    expect(body.redirectUri).toMatch(/ringcentral$/);
  });
});

describe('GET /callLog', () => {
  it('gives a logged session the link that opens it in the CRM', async () => {
    const { body: calls } = await call('GET', '/calls');
    const logInfo = calls.calls[1];
    const created = await call('POST', '/callLog', { body: { logInfo, contactId: 'c-3', contactName: 'Marcus Bell' } });
    const { body } = await call('GET', '/callLog', { query: { sessionIds: `${logInfo.sessionId},never-logged` } });
    expect(body.logs).toEqual([
      {
        sessionId: logInfo.sessionId,
        matched: true,
        logId: created.body.logId,
        logUrl: `chrome-extension://test-extension-id/example-crm.html#${created.body.logId}`,
      },
      { sessionId: 'never-logged', matched: false },
    ]);
  });
});
