/**
 * Where the App Connect JWT goes: the Authorization header only, the `?jwtToken=` query parameter
 * only for a server that showed it reads nothing else (src/backends/remote/jwt-in-query.ts);
 * and never along a redirect.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveRemoteConnection } from '../../src/storage/remote-connections';
import { api } from '../support/api';
import { connect, freshStart, logRequest, remoteApi, server, storedConnection } from './remote-test-kit';

beforeEach(freshStart);

const contactQuery = { method: 'GET', path: '/contact', query: { phoneNumber: '+14155550132' } } as const;
const remembered = async () => (await fakeBrowser.storage.local.get('remoteJwtInQuery')).remoteJwtInQuery;

describe('the JWT', () => {
  it('goes to a current server in the header only, even when the server refuses it', async () => {
    const api = remoteApi();
    await connect(api);
    expect((await api(contactQuery)).body.successful).toBe(true);
    // A JWT the server no longer takes: one more try the old way, then "not connected".
    await saveRemoteConnection(server.url, { ...(await storedConnection())!, jwtToken: 'a.b.c' });
    expect((await api(contactQuery)).body.returnMessage.message).toBe('Not connected to a CRM.');
    const sent = await server.requestsTo('GET /contact');
    expect(sent.map((request) => request.queryToken)).toEqual([undefined, undefined, expect.any(String)]);
    expect(await remembered()).toBeUndefined();
  });

  it('goes in the query to a server that reads only the query, once that server has shown it', async () => {
    const api = remoteApi();
    await connect(api);
    await server.setControls({ jwtInQueryOnly: true });
    const first = await api(contactQuery);
    expect(first.body.contact[0]).toMatchObject({ name: 'Dana Whitfield' });
    const second = await api(contactQuery);
    expect(second.body.successful).toBe(true);
    const sent = await server.requestsTo('GET /contact');
    // Header only, refused; the same with the query, answered; from then on the query at once.
    expect(sent.map((request) => Boolean(request.queryToken))).toEqual([false, true, true]);
    expect(await remembered()).toEqual([server.url]);
    // A create is sent once: the refusal came before any work.
    const created = await api({ method: 'POST', path: '/callLog', body: logRequest('s-old-server') });
    expect(created.body.successful).toBe(true);
    expect(await server.requestsTo('POST /callLog')).toHaveLength(1);
  });

  it('is never carried along a redirect to another origin', async () => {
    const api = remoteApi();
    await connect(api);
    const elsewhere = server.url.replace('127.0.0.1', 'localhost');
    await server.setControls({ failNext: { 'GET /contact': { status: 302, text: '', headers: { location: `${elsewhere}/stolen?x=1` } } } });
    const answer = await api(contactQuery);
    expect(answer.body).toMatchObject({ successful: false, returnMessage: { message: 'Error finding contact' } });
    expect(answer.body.returnMessage.details[0].items[0].text).toContain('answered with a redirect');
    expect(await server.requestsTo('GET /stolen')).toHaveLength(0);
    expect(await storedConnection()).toBeDefined();
  });

  it('is not sent to a plain http:// server an older release kept: the setting stays, and says what to change', async () => {
    const old = 'http://appconnect.example.com';
    await fakeBrowser.storage.local.set({ backend: { kind: 'remote', serverUrl: old } });
    await saveRemoteConnection(old, { jwtToken: 'a.b.c', platform: 'peerCRM', userId: 'u-1', name: 'N', hostname: '' });
    expect((await api({ method: 'GET', path: '/backend' })).body.backend).toEqual({ kind: 'remote', serverUrl: old });
    const answer = await api(contactQuery);
    expect(answer.status).toBe(400);
    expect(answer.body.returnMessage.message).toContain('is not reached over https://, so no key or sign-in is sent to it');
  });
});
