/**
 * The message API's front door with WXT's fake browser: senders, the envelope, every route's
 * validation, and bad input that must be answered clearly and change nothing.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ApiResponse } from '../../src/protocol/envelope';
import { createApiRouter } from '../../src/api/router';
import { routes } from '../../src/protocol/routes';
import { isOwnSender, startApi } from '../../src/api/start-api';
import { isCallsChanged } from '../../src/protocol/api-answers-browser';
import { currentBackend } from '../../src/backends/current-backend';
import { exampleCrmDb } from '../../src/connectors/testCRM/store';
import { loggerDb } from '../../src/storage/db';
import { fixtureCall } from '../support/call-fixtures';
import { resetExtension } from '../support/reset';

const route = createApiRouter({ currentBackend, isOwnSender });
const ownPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') });

type Body = Record<string, any>;
const api = (message: unknown, sender = ownPage()) => route(message, sender) as Promise<ApiResponse<Body>>;
const call = (method: string, path: string, rest: { query?: unknown; body?: unknown } = {}) => api({ type: 'api', method, path, ...rest });

beforeEach(resetExtension);

describe('senders and envelopes', () => {
  it('refuses a sender that is not this extension, and changes nothing', async () => {
    const answer = await api(
      { type: 'api', method: 'POST', path: '/apiKeyLogin', body: { platform: 'testCRM', apiKey: 'x' } },
      { id: 'another-extension', url: 'chrome-extension://another-extension/page.html' },
    );
    expect(answer.status).toBe(403);
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });

  it('refuses a web page claiming to be this extension without an extension URL or tab', async () => {
    const answer = await api({ type: 'api', method: 'GET', path: '/connection' }, { id: fakeBrowser.runtime.id, url: 'https://evil.example/' });
    expect(answer.status).toBe(403);
  });

  it("through the worker's own listener: a tab is no proof, an extension page's URL is", async () => {
    startApi();
    const put = { type: 'api', method: 'PUT', path: '/backend', body: { kind: 'remote', serverUrl: 'https://evil.example' } };
    const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
    // What a content script in a web page would be: this extension's id, a tab, the page's URL.
    const [fromWebTab] = await fakeBrowser.runtime.onMessage.trigger(put, { id: fakeBrowser.runtime.id, url: 'https://evil.example/', tab });
    expect(fromWebTab).toMatchObject({ status: 403, body: { returnMessage: { message: 'Only this extension may use its API.' } } });
    const [fromOther] = await fakeBrowser.runtime.onMessage.trigger(put, {
      id: 'other-extension',
      url: 'chrome-extension://other-extension/p.html',
      tab,
    });
    expect(fromOther).toMatchObject({ status: 403 });
    // The options page opened in a tab is this extension's page.
    const read = { type: 'api', method: 'GET', path: '/backend' };
    const [fromOwnTab] = await fakeBrowser.runtime.onMessage.trigger(read, { ...ownPage(), tab });
    expect(fromOwnTab).toEqual({ status: 200, body: { successful: true, backend: { kind: 'local' } } });
  });

  it('answers through runtime.onMessage and leaves messages of other types to other listeners', async () => {
    startApi();
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: 'api', method: 'GET', path: '/backend' }, ownPage());
    expect(answer).toEqual({ status: 200, body: { successful: true, backend: { kind: 'local' } } });
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'something-else' }, ownPage())).toEqual([undefined]);
  });

  it('tells open pages after a request that changes who the API acts for, and only then', async () => {
    startApi();
    const heard: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => void heard.push(message));
    await fakeBrowser.runtime.onMessage.trigger({ type: 'api', method: 'GET', path: '/connection' }, ownPage());
    await fakeBrowser.runtime.onMessage.trigger({ type: 'api', method: 'PUT', path: '/settings/logBody', body: {} }, ownPage());
    await new Promise((resolve) => setTimeout(resolve));
    expect(heard.filter(isCallsChanged)).toHaveLength(0);
    // Disconnecting from the options page: a side panel beside it must stop naming the CRM.
    await fakeBrowser.runtime.onMessage.trigger({ type: 'api', method: 'POST', path: '/unAuthorize' }, ownPage());
    await vi.waitFor(() => expect(heard.filter(isCallsChanged)).toHaveLength(1));
  });

  it('answers 404 for an unknown path or a known path with the wrong method', async () => {
    for (const [method, path] of [
      ['GET', '/nope'],
      ['DELETE', '/callLog'],
      ['GET', '/apiKeyLogin'],
      ['POST', '/callLog/extra'],
    ]) {
      const answer = await call(method!, path!);
      expect(answer.status).toBe(404);
      expect(answer.body).toMatchObject({
        successful: false,
        returnMessage: { messageType: 'error', message: `There is no ${method} ${path} in this API.` },
      });
    }
  });

  it('never throws across the boundary, even when a backend fails', async () => {
    const broken = createApiRouter({
      isOwnSender,
      currentBackend: async () => ({ kind: 'local', handle: async () => Promise.reject(new TypeError('bug')) }),
    });
    const answer = await broken({ type: 'api', method: 'GET', path: '/contact', query: { phoneNumber: '+14155550132' } }, ownPage());
    expect(answer).toMatchObject({ status: 500, body: { successful: false, returnMessage: { messageType: 'error' } } });
  });
});

describe('connecting', () => {
  it('is connected to the Example CRM on a fresh install', async () => {
    const { body } = await call('GET', '/connection');
    expect(body.connection).toEqual({ platform: 'testCRM', displayName: 'Example CRM', name: 'Example CRM user', hostname: '' });
  });

  it('disconnects, then says how to connect again', async () => {
    expect((await call('POST', '/unAuthorize')).body).toMatchObject({ successful: true, returnMessage: { message: 'Logged out of Example CRM' } });
    expect((await call('GET', '/connection')).body.connection).toBeNull();
    const answer = await call('POST', '/callLog', { body: { logInfo: fixtureCall(1), contactId: 'c-1' } });
    expect(answer).toMatchObject({
      status: 400,
      body: {
        successful: false,
        returnMessage: { message: 'Not connected to a CRM.', details: [{ items: [{ text: expect.stringContaining('Options') }] }] },
      },
    });
    expect((await call('POST', '/apiKeyLogin', { body: { platform: 'testCRM', apiKey: 'k' } })).body.successful).toBe(true);
    expect((await call('GET', '/connection')).body.connection).not.toBeNull();
  });

  it('keeps the key in extension storage and out of every answer', async () => {
    const login = await call('POST', '/apiKeyLogin', { body: { platform: 'testCRM', apiKey: 'secret-key-123' } });
    const answers = [login, await call('GET', '/connection'), await call('GET', '/backend')];
    for (const answer of answers) expect(JSON.stringify(answer)).not.toContain('secret-key-123');
    expect(JSON.stringify(await fakeBrowser.storage.local.get('connections'))).toContain('secret-key-123');
  });

  it('names the platforms it knows when asked for an unknown one', async () => {
    const answer = await call('POST', '/apiKeyLogin', { body: { platform: 'salesforce', apiKey: 'k' } });
    expect(answer.status).toBe(400);
    expect(answer.body.returnMessage.message).toBe('Unknown CRM platform "salesforce".');
    expect(answer.body.returnMessage.details[0].items[0].text).toContain('testCRM');
  });

  it('lists the interfaces a connector implements', async () => {
    const { body } = await call('GET', '/implementedInterfaces', { query: { platform: 'testCRM' } });
    expect(body).toMatchObject({ createCallLog: true, getCallLog: true, findCallLogBySession: true, unAuthorize: false });
  });
});

describe('the backend choice', () => {
  it('keeps the current backend when an App Connect server cannot be reached, and says so', async () => {
    expect((await call('PUT', '/backend', { body: { kind: 'local' } })).body).toMatchObject({ successful: true, backend: { kind: 'local' } });
    // Nothing listens on this port: the server cannot answer like App Connect.
    const remote = await call('PUT', '/backend', { body: { kind: 'remote', serverUrl: 'http://127.0.0.1:9' } });
    expect(remote.status).toBe(400);
    expect(remote.body.returnMessage.message).toMatch(/Could not reach http:\/\/127\.0\.0\.1:9/);
    expect((await call('GET', '/backend')).body.backend).toEqual({ kind: 'local' });
  });
});

describe('unknown extra fields', () => {
  it('are ignored, not refused: App Connect clients send more than this API reads', async () => {
    const answer = await call('POST', '/callLog', {
      body: {
        logInfo: { ...fixtureCall(2), someNewField: { nested: true } },
        contactId: 'c-3',
        contactName: 'Marcus Bell',
        isMain: true,
        triggerType: 'manual',
      },
    });
    expect(answer.body).toMatchObject({ successful: true });
  });
});

/** Everything the API could change: extension storage, the ledger, the Example CRM. */
async function snapshot() {
  const ledger = await loggerDb();
  const crm = await exampleCrmDb();
  return JSON.stringify({
    storage: await fakeBrowser.storage.local.get(),
    callLogs: await ledger.getAll('callLogs'),
    activities: await crm.getAll('activities'),
    contacts: await crm.getAll('contacts'),
  });
}

const huge = 'x'.repeat(100_001);
const nested = (levels: number) => {
  let value: Body = {};
  for (let i = 0; i < levels; i += 1) value = { inner: value };
  return value;
};
const logInfo = fixtureCall(1);
const { sessionId: _omit, ...withoutSession } = logInfo;

const malformed: [string, unknown, number, string | RegExp][] = [
  ['a string', 'hello', 400, /request is not valid/],
  ['null', null, 400, /request is not valid/],
  ['no method', { type: 'api', path: '/callLog' }, 400, 'The request is not valid: method must be one of: GET, POST, PATCH, PUT, DELETE.'],
  ['a lower-case method', { type: 'api', method: 'post', path: '/callLog' }, 400, /method must be one of/],
  ['no path', { type: 'api', method: 'GET' }, 400, 'The request is not valid: path is required.'],
  ['a numeric path', { type: 'api', method: 'GET', path: 42 }, 400, 'The request is not valid: path must be a string.'],
  [
    'a query that is not an object',
    { type: 'api', method: 'GET', path: '/callLog', query: 'sessionIds=1' },
    400,
    'The request is not valid: query must be a record.',
  ],
  [
    'a query value that is a number',
    { type: 'api', method: 'GET', path: '/callLog', query: { sessionIds: 5 } },
    400,
    'The request is not valid: query.sessionIds must be a string.',
  ],
  ['a POST /callLog with no body', { type: 'api', method: 'POST', path: '/callLog' }, 400, 'body is required'],
  ['a POST /callLog body that is an array', { type: 'api', method: 'POST', path: '/callLog', body: [] }, 400, 'body must be an object'],
  ['a POST /callLog body that is a string', { type: 'api', method: 'POST', path: '/callLog', body: '{"logInfo":{}}' }, 400, 'body must be an object'],
  ['no logInfo', { type: 'api', method: 'POST', path: '/callLog', body: { contactId: 'c-1' } }, 400, 'logInfo is required'],
  [
    'no sessionId',
    { type: 'api', method: 'POST', path: '/callLog', body: { logInfo: withoutSession, contactId: 'c-1' } },
    400,
    'logInfo.sessionId is required',
  ],
  [
    'an empty sessionId',
    { type: 'api', method: 'POST', path: '/callLog', body: { logInfo: { ...logInfo, sessionId: '' }, contactId: 'c-1' } },
    400,
    'logInfo.sessionId must not be empty',
  ],
  [
    'a numeric sessionId',
    { type: 'api', method: 'POST', path: '/callLog', body: { logInfo: { ...logInfo, sessionId: 123 }, contactId: 'c-1' } },
    400,
    'logInfo.sessionId must be a string',
  ],
  [
    'a 129-character sessionId',
    { type: 'api', method: 'POST', path: '/callLog', body: { logInfo: { ...logInfo, sessionId: 's'.repeat(129) }, contactId: 'c-1' } },
    400,
    'logInfo.sessionId must be at most 128 characters',
  ],
  ['no contactId', { type: 'api', method: 'POST', path: '/callLog', body: { logInfo } }, 400, 'contactId is required'],
  [
    'a contactId that is an object',
    { type: 'api', method: 'POST', path: '/callLog', body: { logInfo, contactId: { id: 1 } } },
    400,
    'contactId must be a string or a number',
  ],
  [
    'a note over 100,000 characters',
    { type: 'api', method: 'POST', path: '/callLog', body: { logInfo, contactId: 'c-1', note: huge } },
    400,
    'note must be at most 100000 characters',
  ],
  [
    'a subject over 500 characters',
    { type: 'api', method: 'POST', path: '/callLog', body: { logInfo: { ...logInfo, customSubject: huge.slice(0, 501) }, contactId: 'c-1' } },
    400,
    'logInfo.customSubject must be at most 500 characters',
  ],
  [
    'a duration that is an object',
    { type: 'api', method: 'POST', path: '/callLog', body: { logInfo: { ...logInfo, duration: {} }, contactId: 'c-1' } },
    400,
    'logInfo.duration must be a number or a string',
  ],
  [
    'additionalSubmission as a string',
    { type: 'api', method: 'POST', path: '/callLog', body: { logInfo, contactId: 'c-1', additionalSubmission: 'd-1' } },
    400,
    'additionalSubmission must be a record',
  ],
  [
    'a __proto__ key in additionalSubmission',
    {
      type: 'api',
      method: 'POST',
      path: '/callLog',
      body: { logInfo, contactId: 'c-1', additionalSubmission: JSON.parse('{"__proto__":{"deals":"d-1"}}') },
    },
    400,
    'body.additionalSubmission must not use the reserved key "__proto__".',
  ],
  [
    'a __proto__ key inside logInfo',
    {
      type: 'api',
      method: 'POST',
      path: '/callLog',
      body: { logInfo: { ...logInfo, ...JSON.parse('{"__proto__":{"recording":{"link":"javascript:x"}}}') }, contactId: 'c-1' },
    },
    400,
    /reserved key "__proto__"/,
  ],
  [
    'a constructor key in the query',
    { type: 'api', method: 'GET', path: '/contact', query: { phoneNumber: '+14155550132', constructor: 'x' } },
    400,
    'query must not use the reserved key "constructor".',
  ],
  [
    'a body nested 10,000 levels deep',
    { type: 'api', method: 'PUT', path: '/callDisposition', body: { sessionId: 'a', dispositions: nested(10_000) } },
    400,
    'is nested too deeply',
  ],
  [
    'a body over 1 MB',
    { type: 'api', method: 'POST', path: '/callLog', body: { logInfo, contactId: 'c-1', transcript: 'y'.repeat(1_000_001) } },
    400,
    'The request body must be at most 1 MB.',
  ],
  ['a GET /callLog without sessionIds', { type: 'api', method: 'GET', path: '/callLog' }, 400, 'sessionIds is required'],
  ['an empty sessionIds list', { type: 'api', method: 'GET', path: '/callLog', query: { sessionIds: '' } }, 400, 'sessionIds must not be empty'],
  [
    'a sessionIds list with an empty id',
    { type: 'api', method: 'GET', path: '/callLog', query: { sessionIds: 'a,,b' } },
    400,
    /sessionIds must be session ids/,
  ],
  [
    '10,001 session ids',
    { type: 'api', method: 'GET', path: '/callLog', query: { sessionIds: Array.from({ length: 10_001 }, (_, i) => i).join(',') } },
    400,
    'sessionIds must list at most 10000 session ids',
  ],
  [
    'requireDetails that is not true/false',
    { type: 'api', method: 'GET', path: '/callLog', query: { sessionIds: 'a', requireDetails: 'yes' } },
    400,
    'requireDetails must be one of: true, false',
  ],
  ['a PATCH without sessionId', { type: 'api', method: 'PATCH', path: '/callLog', body: { note: 'x' } }, 400, 'sessionId is required'],
  [
    'a PATCH with a negative duration',
    { type: 'api', method: 'PATCH', path: '/callLog', body: { sessionId: 'a', duration: -5 } },
    400,
    'duration must be at least 0',
  ],
  [
    'a PATCH with a numeric note',
    { type: 'api', method: 'PATCH', path: '/callLog', body: { sessionId: 'a', note: 7 } },
    400,
    'note must be a string',
  ],
  [
    'a disposition without dispositions',
    { type: 'api', method: 'PUT', path: '/callDisposition', body: { sessionId: 'a' } },
    400,
    'dispositions is required',
  ],
  ['a login without an API key', { type: 'api', method: 'POST', path: '/apiKeyLogin', body: { platform: 'testCRM' } }, 400, 'apiKey is required'],
  [
    'a login with an empty API key',
    { type: 'api', method: 'POST', path: '/apiKeyLogin', body: { platform: 'testCRM', apiKey: '' } },
    400,
    'apiKey must not be empty',
  ],
  ['a contact lookup without a number', { type: 'api', method: 'GET', path: '/contact' }, 400, 'phoneNumber is required'],
  [
    'a contact lookup with letters',
    { type: 'api', method: 'GET', path: '/contact', query: { phoneNumber: 'call me' } },
    400,
    /phoneNumber must be a phone number/,
  ],
  [
    'a new contact without a name',
    { type: 'api', method: 'POST', path: '/contact', body: { phoneNumber: '+14155550100', newContactName: '' } },
    400,
    'newContactName must not be empty',
  ],
  [
    'a backend URL that is not http(s)',
    { type: 'api', method: 'PUT', path: '/backend', body: { kind: 'remote', serverUrl: 'ftp://server.example' } },
    400,
    'serverUrl must be an http:// or https:// URL',
  ],
  [
    'a backend URL that is not a URL',
    { type: 'api', method: 'PUT', path: '/backend', body: { kind: 'remote', serverUrl: 'javascript:alert(1)' } },
    400,
    'serverUrl must be an http:// or https:// URL',
  ],
  ['an unknown backend kind', { type: 'api', method: 'PUT', path: '/backend', body: { kind: 'cloud' } }, 400, 'kind must be one of: local, remote'],
  ['a backend kind missing', { type: 'api', method: 'PUT', path: '/backend', body: {} }, 400, 'kind must be one of: local, remote'],
  ['a remote backend without its URL', { type: 'api', method: 'PUT', path: '/backend', body: { kind: 'remote' } }, 400, 'serverUrl is required'],
  ['an unknown path', { type: 'api', method: 'GET', path: '/admin' }, 404, 'There is no GET /admin in this API.'],
  ['a wrong method', { type: 'api', method: 'DELETE', path: '/contact' }, 404, 'There is no DELETE /contact in this API.'],
];

describe('bad input', () => {
  it.each(Object.entries(routes).filter(([, route]) => 'body' in route || 'query' in route))(
    '%s refuses a body and a query that are not objects, and changes nothing',
    async (key) => {
      const [method, path] = key.split(' ') as [string, string];
      await call('POST', '/callLog', { body: { logInfo: fixtureCall(2), contactId: 'c-3' } });
      const before = await snapshot();
      for (const junk of ['text', 7, ['a'], true]) {
        const answer = await api({ type: 'api', method, path, body: junk, query: junk });
        expect(answer.status, `${key} with ${JSON.stringify(junk)}`).toBe(400);
        expect(answer.body.returnMessage.message).toMatch(/(body|query) must be/);
      }
      expect(await snapshot()).toBe(before);
    },
  );

  it.each(malformed)('%s: answered clearly and nothing changes', async (_name, message, status, text) => {
    // One logged call, so there is something that could be damaged.
    await call('POST', '/callLog', { body: { logInfo: fixtureCall(2), contactId: 'c-3' } });
    const before = await snapshot();
    const answer = await api(message);
    expect(answer.status).toBe(status);
    expect(answer.body.successful).toBe(false);
    const shown: string = answer.body.returnMessage.message;
    if (typeof text === 'string') expect(shown).toContain(text);
    else expect(shown).toMatch(text);
    expect(await snapshot()).toBe(before);
  });
});
