/**
 * Login, the JWT and the server's failures through the remote backend: the token is kept in
 * extension storage and never answered, refreshed when the server sends a new one, forgotten
 * when the server refuses it; every failure comes back in the local backend's shapes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveRemoteConnection } from '../../src/storage/remote-connections';
import { connect, freshStart, logRequest, remoteApi, server, storedConnection } from './remote-test-kit';

beforeEach(freshStart);
afterEach(() => vi.restoreAllMocks());

const NOT_CONNECTED = {
  status: 400,
  body: { successful: false, returnMessage: expect.objectContaining({ message: 'Not connected to a CRM.', messageType: 'error' }) },
};

describe('connecting through an App Connect server', () => {
  it('keeps the JWT in extension storage and never answers it', async () => {
    const api = remoteApi();
    const login = await api({ method: 'POST', path: '/apiKeyLogin', body: { platform: 'peerCRM', apiKey: 'test-api-key' } });
    expect(login).toEqual({
      status: 200,
      body: { successful: true, name: 'Peer Test User', returnMessage: { message: 'Connected to peerCRM.', messageType: 'success', ttl: 1000 } },
    });
    const [token] = (await server.stats()).issuedTokens;
    expect(await storedConnection()).toEqual({
      jwtToken: token,
      platform: 'peerCRM',
      userId: 'u-1001-peerCRM',
      name: 'Peer Test User',
      hostname: '',
    });

    const connection = await api({ method: 'GET', path: '/connection' });
    expect(connection.body).toEqual({
      successful: true,
      connection: { platform: 'peerCRM', displayName: 'peerCRM', name: 'Peer Test User', hostname: '', serverUrl: server.url },
    });
    const found = await api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550132' } });
    expect(found.body.contact[0]).toMatchObject({ id: 'c-2', name: 'Dana Whitfield' });
    for (const answer of [login, connection, found]) expect(JSON.stringify(answer)).not.toContain(token);

    // The Bearer header only: a JWT in a URL reaches logs (src/backends/remote/jwt-in-query.ts).
    const [sent] = await server.requestsTo('GET /contact');
    expect(sent).toMatchObject({ bearer: token });
    expect(sent!.queryToken).toBeUndefined();
  });

  it('answers a wrong key as the local backend does, and keeps nothing', async () => {
    const api = remoteApi();
    const login = await api({ method: 'POST', path: '/apiKeyLogin', body: { platform: 'peerCRM', apiKey: 'wrong' } });
    expect(login).toEqual({
      status: 200,
      body: { successful: false, returnMessage: { message: 'Could not load user information', messageType: 'warning', ttl: 3000 } },
    });
    expect(await storedConnection()).toBeUndefined();
    expect(await api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550132' } })).toEqual(NOT_CONNECTED);
    expect(await server.requestsTo('GET /contact')).toHaveLength(0);
  });

  it('connects through the OAuth callback, giving the server the platform in `state`', async () => {
    const api = remoteApi();
    const answer = await api({
      method: 'GET',
      path: '/oauth-callback',
      query: { platform: 'peerCRM', callbackUri: 'https://app.example/redirect?code=good-code' },
    });
    expect(answer.body).toMatchObject({ successful: true, name: 'OAuth Test User' });
    expect((await server.requestsTo('GET /oauth-callback'))[0]!.query.state).toBe('platform=peerCRM');
    expect(await storedConnection()).toMatchObject({ platform: 'peerCRM', userId: 'u-3003-peerCRM' });

    const refused = await api({
      method: 'GET',
      path: '/oauth-callback',
      query: { platform: 'peerCRM', callbackUri: 'https://app.example/redirect?code=bad' },
    });
    expect(refused.body).toEqual({ successful: false, returnMessage: { message: 'Authorization failed.', messageType: 'warning', ttl: 3000 } });
  });

  it('stores the token the server refreshes through x-refreshed-jwt-token, and uses it next', async () => {
    const api = remoteApi();
    await server.setControls({ loginTokenLifetimeSeconds: 3 * 24 * 3600 });
    await connect(api);
    const [old] = (await server.stats()).issuedTokens;
    await api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550132' } });
    const refreshed = (await server.stats()).issuedTokens[1];
    expect(refreshed).toBeDefined();
    expect((await storedConnection())?.jwtToken).toBe(refreshed);

    await api({ method: 'GET', path: '/callLog', query: { sessionIds: 'x' } });
    const [, next] = (await server.stats()).requests.filter((r) => r.path !== '/apiKeyLogin');
    expect(next).toMatchObject({ bearer: refreshed });
    expect(next!.bearer).not.toBe(old);
    expect((await server.stats()).issuedTokens).toHaveLength(2);
  });

  it('forgets a JWT the server refuses (plain-text 400), and says to connect again', async () => {
    const api = remoteApi();
    await connect(api);
    await server.reset(); // a new signing secret: the stored token is now invalid
    expect(await api({ method: 'GET', path: '/callLog', query: { sessionIds: 'a' } })).toEqual(NOT_CONNECTED);
    expect(await storedConnection()).toBeUndefined();
    expect((await api({ method: 'GET', path: '/connection' })).body).toEqual({ successful: true, connection: null });
  });

  it('forwards POST /unAuthorize and forgets the JWT', async () => {
    const api = remoteApi();
    await connect(api);
    const answer = await api({ method: 'POST', path: '/unAuthorize' });
    expect(answer.body).toEqual({ successful: true, returnMessage: { message: 'Logged out of peerCRM', messageType: 'success', ttl: 1000 } });
    expect((await server.stats()).users).toEqual([]);
    expect(await storedConnection()).toBeUndefined();
  });
});

describe('server failures, in the local shapes', () => {
  it('a CRM session that cannot be refreshed: 401 CRM_SESSION_REVOKED', async () => {
    const api = remoteApi();
    await connect(api);
    await server.revokeCrmSessions();
    const answer = await api({ method: 'POST', path: '/callLog', body: logRequest('revoked') });
    expect(answer).toEqual({
      status: 401,
      body: {
        successful: false,
        returnMessage: { message: 'User session expired. Please connect again.', messageType: 'warning', ttl: 5000 },
        errorCode: 'CRM_SESSION_REVOKED',
      },
    });
    // Refused for sure, so the session is free again once the user has reconnected.
    await connect(api);
    expect((await api({ method: 'POST', path: '/callLog', body: logRequest('revoked') })).body.successful).toBe(true);
  });

  it('an exception ({ error } 400) and a bare message become a returnMessage saying what to do', async () => {
    const api = remoteApi();
    await connect(api);
    await server.setControls({ failNext: { 'GET /contact': { status: 400, json: { error: 'Request failed with status code 500' } } } });
    const failed = await api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550132' } });
    expect(failed.status).toBe(200);
    expect(failed.body).toMatchObject({ successful: false, returnMessage: { message: 'Error finding contact', messageType: 'warning' } });
    expect(failed.body.returnMessage.details[0].items[0].text).toContain('"Request failed with status code 500"');

    await server.setControls({ failNext: { 'GET /callLog': { status: 200, json: { successful: false, message: 'Contact not found' } } } });
    const bare = await api({ method: 'GET', path: '/callLog', query: { sessionIds: 'a' } });
    expect(bare.body).toEqual({ successful: false, returnMessage: { message: 'Contact not found', messageType: 'warning', ttl: 5000 } });

    await server.setControls({ failNext: { 'PUT /callDisposition': { status: 200, json: { successful: false } } } });
    const silent = await api({ method: 'PUT', path: '/callDisposition', body: { sessionId: 'a', dispositions: { deal: 'd-1' } } });
    expect(silent.body).toMatchObject({
      successful: false,
      returnMessage: { message: 'The call log was not changed.', details: [expect.anything()] },
    });
  });

  it('a server that cannot be reached: says so, and names a missing host permission', async () => {
    const closed = 'http://127.0.0.1:9';
    await saveRemoteConnection(closed, { jwtToken: 'a.b.c', platform: 'peerCRM', userId: 'u-1', name: 'Someone', hostname: '' });
    const api = remoteApi({}, closed);
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const unreachable = await api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550132' } });
    expect(unreachable.body).toMatchObject({ successful: false, returnMessage: { message: 'Error finding contact' } });
    expect(unreachable.body.returnMessage.details[0].items[0].text).toBe(
      'Could not reach the App Connect server at http://127.0.0.1:9. Check your connection and the server address in Options.',
    );
    expect(contains).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });

    contains.mockResolvedValue(false);
    const forbidden = await api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550132' } });
    expect(forbidden.body.returnMessage).toMatchObject({ message: 'This extension may not reach http://127.0.0.1:9.', messageType: 'error' });
  });

  it('a server that stops in the middle of its answer: gives up at the deadline', async () => {
    const api = remoteApi({ timeoutMs: 300 });
    await connect(api);
    await server.setControls({ failNext: { 'GET /contact': { status: 200, stall: true } } });
    const answer = await api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550132' } });
    expect(answer.body).toMatchObject({ successful: false, returnMessage: { message: 'Error finding contact' } });
    expect(answer.body.returnMessage.details[0].items[0].text).toContain('did not answer in time');
  });

  it('an answer that is not the App Connect shape is not taken as one', async () => {
    const api = remoteApi();
    await connect(api);
    await server.setControls({ failNext: { 'GET /contact': { status: 200, text: '<html>login page</html>' } } });
    const answer = await api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550132' } });
    expect(answer.body).toMatchObject({ successful: false, returnMessage: { message: 'Error finding contact', messageType: 'error' } });
  });
});
