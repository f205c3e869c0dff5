/**
 * OAuth for Pipedrive (docs/pipedrive.md, "Signing in") against the fake's token endpoint behind
 * an operator's exchange proxy: sign-in, renewal before expiry and after a 401, one renewal for
 * many requests, invalid_grant, and revocation on logout.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { oauthAppsSetting } from '../../src/auth/oauth-settings';
import { getConnection, saveConnection } from '../../src/storage/connections';
import { allOutboxItems, putOutboxItem } from '../../src/storage/outbox-store';
import { callWithSession } from '../support/call-fixtures';
import { createFakeCompany, heldRequests, holdNextTokenRequest, releaseHeld, type FakeCompanyHandle } from '../fake-servers/pipedrive/control-client';
import { api } from '../support/api';
import { resetExtension } from '../support/reset';

const url = inject('pipedriveUrl');
let company: FakeCompanyHandle;

/** Plays Pipedrive's consent page: the user clicks "Allow and install". */
function approveSignIns(answer: (authorizeUrl: URL) => Promise<string>) {
  fakeBrowser.identity.getRedirectURL = (path?: string) => `https://fake-extension-id.chromiumapp.org/${path ?? ''}`;
  fakeBrowser.identity.launchWebAuthFlow = async ({ url: authorizeUrl }) => answer(new URL(authorizeUrl));
}

/** What the options page does: the worker makes the authorize URL, the page opens it. */
async function authorizeInBrowser(platform: string): Promise<string> {
  const { body } = await api({ method: 'POST', path: '/oauth/signIn', body: { platform } });
  return fakeBrowser.identity.launchWebAuthFlow({ url: body.authorizeUrl, interactive: true });
}

async function signIn(expiresIn?: number) {
  approveSignIns(async (authorize) => {
    const redirect = authorize.searchParams.get('redirect_uri')!;
    const code = await company.oauthCode(redirect, expiresIn, authorize.searchParams.get('code_challenge') ?? undefined);
    return `${redirect}?code=${code}&state=${authorize.searchParams.get('state')}`;
  });
  const callbackUri = await authorizeInBrowser('pipedrive');
  return api({ method: 'GET', path: '/oauth-callback', query: { platform: 'pipedrive', callbackUri } });
}

const storedToken = async () => {
  const credential = (await getConnection('pipedrive'))!.credential;
  if (credential.kind !== 'oauth') throw new Error('not an OAuth connection');
  return credential;
};
const expireSoon = async () => {
  const connection = (await getConnection('pipedrive'))!;
  await saveConnection({ ...connection, credential: { ...(await storedToken()), expiresAt: Date.now() + 60_000 } });
};
const findElena = () => api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550123' } });

beforeEach(async () => {
  await resetExtension();
  company = await createFakeCompany(url);
  await oauthAppsSetting.set({
    pipedrive: {
      clientId: 'fake-client-id',
      tokenUrl: `${url}/exchange/token`,
      revokeUrl: `${url}/exchange/revoke`,
      authorizeUrl: `${url}/oauth/authorize`,
    },
  });
});

describe('Pipedrive OAuth sign-in', () => {
  it('signs in through the exchange proxy and calls the API with the Bearer token at api_domain', async () => {
    approveSignIns(async (authorize) => {
      expect(Object.fromEntries(authorize.searchParams)).toEqual({
        client_id: 'fake-client-id',
        redirect_uri: 'https://fake-extension-id.chromiumapp.org/pipedrive',
        state: expect.stringMatching(/^[0-9a-f]{32}$/),
        code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        code_challenge_method: 'S256',
      });
      return `${authorize.searchParams.get('redirect_uri')}?error=access_denied&state=${authorize.searchParams.get('state')}`;
    });
    const refused = await api({
      method: 'GET',
      path: '/oauth-callback',
      query: { platform: 'pipedrive', callbackUri: await authorizeInBrowser('pipedrive') },
    });
    expect(refused.body).toMatchObject({ successful: false, returnMessage: { message: 'Pipedrive did not sign you in (access_denied).' } });

    const { body } = await signIn();
    expect(body).toMatchObject({ successful: true, name: 'Priya Raman', returnMessage: { message: 'Connected to Pipedrive.' } });
    const { accessToken, refreshToken } = await storedToken();
    expect(JSON.stringify(body)).not.toContain(accessToken);
    expect(refreshToken).toMatch(/^rt-/);

    expect((await findElena()).body.successful).toBe(true);
    expect((await company.requests()).every((r) => r.auth === 'bearer')).toBe(true);
    expect((await company.state()).tokenGrants).toEqual(['authorization_code']);
  });

  it('refuses a callback it did not start, or one used twice', async () => {
    let callbackUri = '';
    approveSignIns(async (authorize) => {
      const redirect = authorize.searchParams.get('redirect_uri')!;
      callbackUri = `${redirect}?code=${await company.oauthCode(redirect)}&state=${authorize.searchParams.get('state')}`;
      return callbackUri;
    });
    const forged = `https://fake-extension-id.chromiumapp.org/pipedrive?code=x&state=${'0'.repeat(32)}`;
    expect((await api({ method: 'GET', path: '/oauth-callback', query: { platform: 'pipedrive', callbackUri: forged } })).body).toMatchObject({
      successful: false,
      returnMessage: { message: 'This sign-in was not started here, or it took too long.' },
    });
    await authorizeInBrowser('pipedrive');
    expect((await api({ method: 'GET', path: '/oauth-callback', query: { platform: 'pipedrive', callbackUri } })).body.successful).toBe(true);
    expect((await api({ method: 'GET', path: '/oauth-callback', query: { platform: 'pipedrive', callbackUri } })).body.successful).toBe(false);
  });
});

describe('Pipedrive OAuth safety', () => {
  it('a code caught on its way back is worthless without the verifier only this worker holds', async () => {
    let stolen = '';
    approveSignIns(async (authorize) => {
      const redirect = authorize.searchParams.get('redirect_uri')!;
      const challenge = authorize.searchParams.get('code_challenge')!;
      stolen = await company.oauthCode(redirect, undefined, challenge);
      return `${redirect}?code=${stolen}&state=${authorize.searchParams.get('state')}`;
    });
    const callbackUri = await authorizeInBrowser('pipedrive');
    const form = new URLSearchParams({
      grant_type: 'authorization_code',
      code: stolen,
      redirect_uri: 'https://fake-extension-id.chromiumapp.org/pipedrive',
    });
    const byThief = await fetch(`${url}/exchange/token`, { method: 'POST', body: form });
    expect(await byThief.json()).toMatchObject({ error: 'invalid_grant' });
    // The thief's try spent the code: the user's own callback now fails, and says to start again.
    const { body } = await api({ method: 'GET', path: '/oauth-callback', query: { platform: 'pipedrive', callbackUri } });
    expect(body.successful).toBe(false);
    expect((await signIn()).body.successful).toBe(true);
  });

  it('sends no PKCE to an exchange its operator marked as refusing it', async () => {
    const app = (await oauthAppsSetting.get()).pipedrive!;
    await oauthAppsSetting.set({ pipedrive: { ...app, pkce: false } });
    approveSignIns(async (authorize) => {
      expect(authorize.searchParams.has('code_challenge')).toBe(false);
      const redirect = authorize.searchParams.get('redirect_uri')!;
      return `${redirect}?code=${await company.oauthCode(redirect)}&state=${authorize.searchParams.get('state')}`;
    });
    const callbackUri = await authorizeInBrowser('pipedrive');
    expect((await api({ method: 'GET', path: '/oauth-callback', query: { platform: 'pipedrive', callbackUri } })).body.successful).toBe(true);
  });

  it('refuses a callback that did not come back to the redirect URI of its sign-in', async () => {
    approveSignIns(async (authorize) => {
      const redirect = authorize.searchParams.get('redirect_uri')!;
      const code = await company.oauthCode(redirect, undefined, authorize.searchParams.get('code_challenge')!);
      return `https://attacker.example/pipedrive?code=${code}&state=${authorize.searchParams.get('state')}`;
    });
    const callbackUri = await authorizeInBrowser('pipedrive');
    const { body } = await api({ method: 'GET', path: '/oauth-callback', query: { platform: 'pipedrive', callbackUri } });
    expect(body).toMatchObject({ successful: false, returnMessage: { message: 'The sign-in answer does not belong to this sign-in.' } });
    expect((await company.state()).tokenGrants).toEqual([]);
  });

  it.each([
    ['tokenUrl', { tokenUrl: `${url}/exchange/token?v=2` }],
    ['revokeUrl', { revokeUrl: `${url}/exchange/revoke?v=2` }],
  ])('changing the %s signs the account out first, revoking at the old address', async (_, change) => {
    await signIn();
    const app = (await oauthAppsSetting.get()).pipedrive!;
    const { body } = await api({ method: 'PUT', path: '/settings/oauthApps', body: { platform: 'pipedrive', app: { ...app, ...change } } });
    expect(body.returnMessage).toMatchObject({ message: 'OAuth app for Pipedrive saved. You were signed out of Pipedrive.', messageType: 'warning' });
    expect(await getConnection('pipedrive')).toBeUndefined();
    expect((await company.state()).tokenGrants).toEqual(['authorization_code', 'revoke refresh_token', 'revoke access_token']);
  });

  it('changing only the client id or authorize URL keeps the account signed in', async () => {
    await signIn();
    const app = (await oauthAppsSetting.get()).pipedrive!;
    const { body } = await api({
      method: 'PUT',
      path: '/settings/oauthApps',
      body: { platform: 'pipedrive', app: { ...app, authorizeUrl: `${url}/oauth/authorize?x=1` } },
    });
    expect(body.returnMessage).toMatchObject({ message: 'OAuth app for Pipedrive saved.', messageType: 'success' });
    expect(await getConnection('pipedrive')).toBeDefined();
  });
});

describe('Pipedrive OAuth renewal', () => {
  it('renews a token about to expire once, however many requests need it', async () => {
    await signIn();
    const before = await storedToken();
    await expireSoon();
    const answers = await Promise.all(Array.from({ length: 10 }, findElena));
    expect(answers.every((answer) => answer.body.successful)).toBe(true);
    expect((await company.state()).tokenGrants).toEqual(['authorization_code', 'refresh_token']);
    const after = await storedToken();
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(after.refreshToken).not.toBe(before.refreshToken);
    expect(after.expiresAt! - Date.now()).toBeGreaterThan(30 * 60_000);
  });

  it('renews once and repeats the request when Pipedrive answers 401', async () => {
    await signIn();
    await company.inject({ path: '/api/v2/persons/search', status: 401 });
    expect((await findElena()).body.successful).toBe(true);
    expect((await company.requests()).filter((r) => r.path === '/api/v2/persons/search').map((r) => r.status)).toEqual([401, 200]);
    expect((await company.state()).tokenGrants).toEqual(['authorization_code', 'refresh_token']);
  });

  it('ends the session on invalid_grant: 401 CRM_SESSION_REVOKED, then "not connected"', async () => {
    await signIn();
    await expireSoon();
    await company.forgetRefreshTokens();
    const { status, body } = await findElena();
    expect(status).toBe(401);
    expect(body).toMatchObject({
      successful: false,
      errorCode: 'CRM_SESSION_REVOKED',
      returnMessage: { message: 'User session expired. Please connect again.', messageType: 'warning', ttl: 5000 },
    });
    expect(await getConnection('pipedrive')).toBeUndefined();
    expect((await findElena()).status).toBe(400);
  });

  it('on invalid_grant, pauses the outbox of that account only', async () => {
    await signIn();
    const { user } = (await getConnection('pipedrive'))!;
    const body = { logInfo: callWithSession(2, 's-oauth'), contactId: '1', contactName: 'Elena', note: 'n' };
    const item = { operation: 'create' as const, body, state: 'pending' as const, attempt: 1, nextAttemptAt: Date.now() + 60_000, createdAt: 0 };
    await putOutboxItem({ ...item, platform: 'pipedrive', userId: user.id, sessionId: 's-oauth' });
    await putOutboxItem({ ...item, platform: 'pipedrive', userId: 'someone-else', sessionId: 's-other' });
    await expireSoon();
    await company.forgetRefreshTokens();
    expect((await findElena()).status).toBe(401);
    const states = Object.fromEntries((await allOutboxItems()).map((queued) => [queued.userId, queued.state]));
    expect(states).toEqual({ [user.id]: 'paused', 'someone-else': 'pending' });
  });

  it('on invalid_grant, adopts tokens another context stored meanwhile instead of ending the session', async () => {
    await signIn();
    await expireSoon();
    await holdNextTokenRequest(url, 'renewal');
    const pending = findElena();
    await expect.poll(async () => (await heldRequests(url)).renewal).toBe(1);
    // Meanwhile another extension page renewed: the old refresh token is spent, new tokens are stored.
    await company.forgetRefreshTokens();
    const code = await company.oauthCode('https://elsewhere.example/cb');
    const exchanged = await fetch(`${url}/exchange/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: 'https://elsewhere.example/cb' }),
    });
    const tokens = (await exchanged.json()) as { access_token: string; refresh_token: string };
    const connection = (await getConnection('pipedrive'))!;
    await saveConnection({
      ...connection,
      credential: { kind: 'oauth', accessToken: tokens.access_token, refreshToken: tokens.refresh_token, expiresAt: Date.now() + 3_600_000 },
    });
    await releaseHeld(url, 'renewal');

    expect((await pending).body.successful).toBe(true);
    expect((await storedToken()).accessToken).toBe(tokens.access_token);
  });

  it('keeps using a token that still works when the token service is down', async () => {
    await signIn();
    await expireSoon();
    const before = await storedToken();
    await oauthAppsSetting.set({ pipedrive: { clientId: 'fake-client-id', tokenUrl: 'http://127.0.0.1:9/token' } });
    expect((await findElena()).body.successful).toBe(true);
    expect(await storedToken()).toEqual(before);
  });
});

describe('Pipedrive OAuth logout', () => {
  it('revokes the refresh token, then the access token, and forgets both', async () => {
    await signIn();
    const { accessToken } = await storedToken();
    const { body } = await api({ method: 'POST', path: '/unAuthorize' });
    expect(body).toMatchObject({ successful: true, returnMessage: { message: 'Logged out of Pipedrive', messageType: 'success', ttl: 1000 } });
    expect((await company.state()).tokenGrants).toEqual(['authorization_code', 'revoke refresh_token', 'revoke access_token']);
    expect(await getConnection('pipedrive')).toBeUndefined();
    expect((await fetch(`${url}/api/v1/users/me`, { headers: { authorization: `Bearer ${accessToken}` } })).status).toBe(401);
  });
});
