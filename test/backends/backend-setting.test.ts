/**
 * PUT /backend: a remote server is checked before it is saved, every path then goes to it, and
 * `{ kind: 'local' }` brings this browser back. Runs through the real `currentBackend`.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTestApi } from '../support/api';
import { freshStart, server, storedConnection } from './remote-test-kit';

beforeEach(freshStart);
afterEach(() => vi.restoreAllMocks());

const api = createTestApi();
const backend = async () => (await api({ method: 'GET', path: '/backend' })).body.backend;

describe('PUT /backend', () => {
  it('switches every path to the App Connect server, and back to this browser', async () => {
    const put = await api({ method: 'PUT', path: '/backend', body: { kind: 'remote', serverUrl: `${server.url}/` } });
    expect(put.body).toMatchObject({
      successful: true,
      backend: { kind: 'remote', serverUrl: server.url },
      returnMessage: { messageType: 'success' },
    });
    expect(put.body.returnMessage.details[0].items[0].text).toContain('connect your CRM in Options');
    expect(await backend()).toEqual({ kind: 'remote', serverUrl: server.url });

    expect((await api({ method: 'GET', path: '/connection' })).body.connection).toBeNull();
    const login = await api({ method: 'POST', path: '/apiKeyLogin', body: { platform: 'peerCRM', apiKey: 'test-api-key' } });
    expect(login.body).toMatchObject({ successful: true, name: 'Peer Test User' });
    expect((await api({ method: 'GET', path: '/connection' })).body.connection).toMatchObject({ platform: 'peerCRM', serverUrl: server.url });
    expect(await server.requestsTo('POST /apiKeyLogin')).toHaveLength(1);

    const local = await api({ method: 'PUT', path: '/backend', body: { kind: 'local' } });
    expect(local.body).toMatchObject({ successful: true, backend: { kind: 'local' } });
    expect((await api({ method: 'GET', path: '/connection' })).body.connection).toMatchObject({ platform: 'testCRM' });
    // The server login is kept for when the user switches back.
    expect(await storedConnection()).toMatchObject({ platform: 'peerCRM' });
  });

  it('refuses a server that does not answer like App Connect, and keeps the setting', async () => {
    const answer = await api({ method: 'PUT', path: '/backend', body: { kind: 'remote', serverUrl: `${server.url}/not-app-connect` } });
    expect(answer).toMatchObject({
      status: 400,
      body: {
        successful: false,
        returnMessage: { message: `${server.url}/not-app-connect does not answer like an App Connect server.`, messageType: 'error' },
      },
    });
    expect(await backend()).toEqual({ kind: 'local' });
  });

  it('refuses a server that cannot be reached, naming a missing host permission', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const down = await api({ method: 'PUT', path: '/backend', body: { kind: 'remote', serverUrl: 'http://127.0.0.1:9' } });
    expect(down.body.returnMessage.message).toBe('Could not reach http://127.0.0.1:9.');

    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const forbidden = await api({ method: 'PUT', path: '/backend', body: { kind: 'remote', serverUrl: 'http://127.0.0.1:9' } });
    expect(forbidden.body.returnMessage.message).toBe('This extension may not reach http://127.0.0.1:9.');
    expect(await backend()).toEqual({ kind: 'local' });
  });

  it('answers 400 naming the field for a URL that is not http(s) or carries credentials', async () => {
    const ftp = await api({ method: 'PUT', path: '/backend', body: { kind: 'remote', serverUrl: 'ftp://example.com' } });
    expect(ftp).toMatchObject({ status: 400, body: { returnMessage: { message: 'serverUrl must be an http:// or https:// URL.' } } });
    const secret = await api({ method: 'PUT', path: '/backend', body: { kind: 'remote', serverUrl: 'https://user:pw@example.com' } });
    expect(secret.body.returnMessage.message).toBe('serverUrl must not contain a user name, a password, a ?query or a #fragment.');
  });

  it('keeps a JWT handed over with the setting as the server login, never in the setting', async () => {
    const token = `x.${btoa(JSON.stringify({ id: 'u-9-peerCRM', platform: 'peerCRM' })).replace(/=+$/, '')}.y`;
    const put = await api({ method: 'PUT', path: '/backend', body: { kind: 'remote', serverUrl: server.url, jwtToken: token } });
    expect(JSON.stringify(put)).not.toContain(token);
    expect(JSON.stringify(await backend())).not.toContain(token);
    expect(await storedConnection()).toMatchObject({ jwtToken: token, platform: 'peerCRM', userId: 'u-9-peerCRM' });
  });
});
