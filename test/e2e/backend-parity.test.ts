/**
 * One scenario — connect, find the contact, log, log again, look up 12 sessions, update, look
 * up with details — run in the real built extension twice: against the local backend (Example
 * CRM) and, after PUT /backend, against the fake App Connect server. Both runs must pass the
 * same checks and give answers of the same shape; the remote run must also spare the server
 * its quirks (one POST per session, GET /callLog five ids at a time) and never show the JWT.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtension, type ApiResponse, type LaunchedExtension } from '../../scripts/launch-extension';
import { fakeAppConnect } from '../fake-servers/app-connect/control';
import { callWithSession } from '../support/call-fixtures';
import { forwardFrom } from './support/forward-port';

const server = fakeAppConnect(inject('appConnectUrl'));
let extension: LaunchedExtension;

type Steps = Record<'connect' | 'findContact' | 'log' | 'logAgain' | 'lookUp12' | 'update' | 'lookUpDetails', ApiResponse>;

/** The scenario, with the checks both backends must pass. */
async function runScenario(prefix: string, login: { platform: string; apiKey: string }): Promise<Steps> {
  const api = extension.api;
  const sessionId = `${prefix}-call`;
  const connect = await api({ method: 'POST', path: '/apiKeyLogin', body: login });
  expect(connect.body.successful).toBe(true);

  const findContact = await api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550132' } });
  expect(findContact.body.successful).toBe(true);
  const contact = findContact.body.contact[0];
  expect(contact.name).toBe('Dana Whitfield');

  const request = {
    method: 'POST',
    path: '/callLog',
    body: {
      logInfo: { ...callWithSession(1, sessionId), customSubject: 'Call with Dana' },
      contactId: String(contact.id),
      contactName: contact.name,
      note: 'Asked about the renewal.',
    },
  };
  const log = await api(request);
  expect(log.body).toMatchObject({ successful: true, logId: expect.any(String) });
  const logId: string = log.body.logId;

  const logAgain = await api(request);
  expect(logAgain.body).toEqual({
    successful: false,
    logId,
    returnMessage: { message: `Existing log for session ${sessionId}`, messageType: 'warning', ttl: 3000 },
  });

  const unknown = Array.from({ length: 11 }, (_, i) => `${prefix}-unknown-${i}`);
  const ids = [...unknown.slice(0, 6), sessionId, ...unknown.slice(6)];
  const lookUp12 = await api({ method: 'GET', path: '/callLog', query: { sessionIds: ids.join(',') } });
  // A logged entry may also carry `logUrl`, when the connector can link to its own UI (local only).
  const { logUrl: _link, ...lookedUp } = lookUp12.body.logs.find((l: { matched: boolean }) => l.matched);
  expect([...lookUp12.body.logs.map((l: { matched: boolean }) => (l.matched ? lookedUp : l))]).toEqual(
    ids.map((id) => (id === sessionId ? { sessionId, matched: true, logId } : { sessionId: id, matched: false })),
  );

  const update = await api({ method: 'PATCH', path: '/callLog', body: { sessionId, note: 'Renewal agreed.', subject: 'Renewal call' } });
  expect(update.body).toMatchObject({ successful: true, logId, updatedNote: 'Renewal agreed.' });

  const lookUpDetails = await api({ method: 'GET', path: '/callLog', query: { sessionIds: `${sessionId},${unknown[0]}`, requireDetails: 'true' } });
  const [logged, notLogged] = lookUpDetails.body.logs;
  expect(logged).toMatchObject({ sessionId, matched: true, logId, logData: { subject: 'Renewal call', note: 'Renewal agreed.' } });
  expect(logged.logData.fullBody).toMatch(
    /^- Note: Renewal agreed\.\n- Summary: Renewal call\n- Date\/Time: .+\n- Duration: 5 minutes, 42 seconds\n/,
  );
  expect(notLogged).toEqual({ sessionId: unknown[0], matched: false });
  return { connect, findContact, log, logAgain, lookUp12, update, lookUpDetails };
}

/** Types in place of values; contacts and log data reduced to the fields the API promises. */
function shapeOf(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return [...new Set(value.map((item) => JSON.stringify(shapeOf(item, key))))].map((s) => JSON.parse(s));
  if (value === null || typeof value !== 'object') return value === null ? 'null' : typeof value;
  const object = value as Record<string, unknown>;
  const keep =
    key === 'contact' ? ['id', 'name'] : key === 'logData' ? ['subject', 'note', 'fullBody'] : Object.keys(object).filter((k) => k !== 'logUrl');
  return Object.fromEntries(keep.sort().map((k) => [k, k === 'id' && key === 'contact' ? 'id' : shapeOf(object[k], k)]));
}

beforeAll(async () => {
  await server.reset();
  extension = await launchExtension();
});

afterAll(async () => {
  await extension?.close();
});

describe('the same scenario against the local and the remote backend', () => {
  let local: Steps;
  let remote: Steps;

  it('passes with the local backend (Example CRM)', async () => {
    expect((await extension.api({ method: 'GET', path: '/backend' })).body.backend).toEqual({ kind: 'local' });
    local = await runScenario('local', { platform: 'testCRM', apiKey: 'any-key' });
  });

  it('passes with the remote backend (App Connect server)', async () => {
    const put = await extension.api({ method: 'PUT', path: '/backend', body: { kind: 'remote', serverUrl: server.url } });
    expect(put.body).toMatchObject({ successful: true, backend: { kind: 'remote', serverUrl: server.url } });
    remote = await runScenario('remote', { platform: 'peerCRM', apiKey: 'test-api-key' });
  });

  it('gives answers of the same shape and status', () => {
    for (const step of Object.keys(local) as (keyof Steps)[]) {
      expect({ step, status: remote[step].status, shape: shapeOf(remote[step].body) }).toEqual({
        step,
        status: local[step].status,
        shape: shapeOf(local[step].body),
      });
    }
  });

  it('spared the server its quirks and never showed the JWT', async () => {
    const stats = await server.stats();
    expect(stats.requests.filter((r) => r.method === 'POST' && r.path === '/callLog')).toHaveLength(1);
    const gets = stats.requests.filter((r) => r.method === 'GET' && r.path === '/callLog');
    for (const get of gets) expect(get.query.sessionIds!.split(',').length).toBeLessThanOrEqual(5);
    // The 11 unknown sessions in chunks of 5; the logged one was answered from IndexedDB.
    expect(
      gets
        .slice(0, 3)
        .map((r) => r.query.sessionIds!.split(',').length)
        .sort(),
    ).toEqual([1, 5, 5]);
    expect(Object.values(stats.activitiesBySession)).toEqual([1]);
    const answers = JSON.stringify(remote);
    for (const token of stats.issuedTokens) expect(answers).not.toContain(token);
  });
});

describe('the remote backend in the built extension', () => {
  it('sends one POST for 20 concurrent ones, so the server creates one record', async () => {
    const logInfo = callWithSession(2, 'remote-race');
    const answers = await extension.page.evaluate(
      (info) =>
        Promise.all(
          Array.from({ length: 20 }, () =>
            chrome.runtime.sendMessage({
              type: 'api',
              method: 'POST',
              path: '/callLog',
              body: { logInfo: info, contactId: 'c-3', contactName: 'Marcus Bell' },
            }),
          ),
        ),
      logInfo,
    );
    expect(answers.filter((a) => a.body.successful)).toHaveLength(1);
    expect(new Set(answers.map((a) => a.body.logId)).size).toBe(1);
    expect((await server.stats()).activitiesBySession['remote-race']).toBe(1);
    expect(await server.requestsTo('POST /callLog')).toHaveLength(2);
  });

  it('keeps the login and the ledger when the service worker is stopped', async () => {
    const posts = (await server.requestsTo('POST /callLog')).length;
    await extension.stopServiceWorker();
    expect((await extension.api({ method: 'GET', path: '/connection' })).body.connection).toMatchObject({
      platform: 'peerCRM',
      serverUrl: server.url,
    });
    const again = await extension.api({ method: 'POST', path: '/callLog', body: { logInfo: callWithSession(2, 'remote-race'), contactId: 'c-3' } });
    expect(again.body).toMatchObject({ successful: false, returnMessage: { message: 'Existing log for session remote-race' } });
    expect(await server.requestsTo('POST /callLog')).toHaveLength(posts);
  });

  it('names the missing host permission when a server the extension may not reach sends no CORS headers', async () => {
    // 127.0.0.1 is granted at install; 127.0.0.2 stands for a company server not granted yet.
    const elsewhere = await forwardFrom('127.0.0.2', server.url);
    try {
      const current = (await extension.api({ method: 'GET', path: '/backend' })).body.backend;
      expect((await extension.api({ method: 'PUT', path: '/backend', body: { kind: 'remote', serverUrl: elsewhere.url } })).status).toBe(200);
      await extension.api({ method: 'POST', path: '/apiKeyLogin', body: { platform: 'peerCRM', apiKey: 'test-api-key' } });
      await server.setControls({ cors: false });
      const answer = await extension.api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550132' } });
      expect(answer.body).toMatchObject({
        successful: false,
        returnMessage: { message: `This extension may not reach ${elsewhere.url}.`, messageType: 'error' },
      });
      const put = await extension.api({ method: 'PUT', path: '/backend', body: { kind: 'remote', serverUrl: elsewhere.url } });
      expect(put).toMatchObject({ status: 400, body: { returnMessage: { message: `This extension may not reach ${elsewhere.url}.` } } });
      await server.setControls({ cors: true });
      await extension.api({ method: 'PUT', path: '/backend', body: current });
    } finally {
      await server.setControls({ cors: true });
      await elsewhere.close();
    }
  });

  it('goes back to this browser with { kind: "local" }', async () => {
    await extension.api({ method: 'PUT', path: '/backend', body: { kind: 'local' } });
    expect((await extension.api({ method: 'GET', path: '/connection' })).body.connection).toMatchObject({ platform: 'testCRM' });
    const local = await extension.api({ method: 'GET', path: '/callLog', query: { sessionIds: 'local-call,remote-call' } });
    expect(local.body.logs.map((l: { matched: boolean }) => l.matched)).toEqual([true, false]);
  });
});
