/**
 * The local paths behind "Advanced: OAuth app" and "Connect with …": the OAuth app of a CRM is
 * read and written through the worker with its schema, only for CRMs that sign in with OAuth,
 * and a sign-in starts with an authorize URL whose `state` the worker keeps.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { oauthAppsSetting } from '../../src/auth/oauth-settings';
import { api } from '../support/api';
import { resetExtension } from '../support/reset';

const app = { clientId: 'client-1', tokenUrl: 'https://auth.example.com/token', revokeUrl: 'https://auth.example.com/revoke' };

beforeEach(async () => {
  await resetExtension();
});

describe('GET and PUT /settings/oauthApps', () => {
  it('lists the CRMs that sign in with OAuth with the redirect URI to register, and saves and removes an app', async () => {
    const empty = await api({ method: 'GET', path: '/settings/oauthApps' });
    expect(empty.body).toMatchObject({
      successful: true,
      apps: {},
      redirectUris: {
        pipedrive: 'https://test-extension-id.chromiumapp.org/pipedrive',
        clio: 'https://test-extension-id.chromiumapp.org/clio',
      },
    });

    const saved = await api({ method: 'PUT', path: '/settings/oauthApps', body: { platform: 'pipedrive', app } });
    expect(saved.body).toMatchObject({
      successful: true,
      apps: { pipedrive: app },
      returnMessage: { message: 'OAuth app for Pipedrive saved.', messageType: 'success' },
    });
    expect(await oauthAppsSetting.get()).toEqual({ pipedrive: app });

    const removed = await api({ method: 'PUT', path: '/settings/oauthApps', body: { platform: 'pipedrive', app: null } });
    expect(removed.body).toMatchObject({ successful: true, apps: {}, returnMessage: { message: 'OAuth app for Pipedrive removed.' } });
    expect(await oauthAppsSetting.get()).toEqual({});
  });

  it('refuses a URL that is not http(s) naming the field, and a CRM without OAuth, keeping what was there', async () => {
    await oauthAppsSetting.set({ pipedrive: app });
    const badUrl = await api({
      method: 'PUT',
      path: '/settings/oauthApps',
      body: { platform: 'pipedrive', app: { clientId: 'x', tokenUrl: 'javascript:alert(1)' } },
    });
    expect(badUrl.status).toBe(400);
    expect(badUrl.body.returnMessage.message).toContain('app.tokenUrl must be an http:// or https:// URL');
    const noClient = await api({ method: 'PUT', path: '/settings/oauthApps', body: { platform: 'pipedrive', app: { tokenUrl: app.tokenUrl } } });
    expect(noClient.body.returnMessage.message).toContain('app.clientId');

    const example = await api({ method: 'PUT', path: '/settings/oauthApps', body: { platform: 'testCRM', app } });
    expect(example).toMatchObject({ status: 400, body: { returnMessage: { message: '"testCRM" does not sign in with OAuth.' } } });
    expect(await oauthAppsSetting.get()).toEqual({ pipedrive: app });
  });
});

describe("a firm's own client secret", () => {
  const own = { clientId: 'firm-app', tokenUrl: 'https://app.clio.com/oauth/token', clientSecret: 'firm-secret-value' };

  it('is never sent to a page: GET and PUT answer hasClientSecret instead', async () => {
    const saved = await api({ method: 'PUT', path: '/settings/oauthApps', body: { platform: 'clio', app: own } });
    expect(saved.body.apps.clio).toEqual({ clientId: 'firm-app', tokenUrl: own.tokenUrl, hasClientSecret: true });
    const read = await api({ method: 'GET', path: '/settings/oauthApps' });
    expect(read.body.apps.clio).toEqual({ clientId: 'firm-app', tokenUrl: own.tokenUrl, hasClientSecret: true });
    for (const answer of [saved, read]) {
      expect(JSON.stringify(answer.body)).not.toContain('firm-secret-value');
      expect(JSON.stringify(answer.body)).not.toContain('clientSecret');
    }
    expect((await oauthAppsSetting.get()).clio?.clientSecret).toBe('firm-secret-value');
  });

  it('is kept when the page saves without one, forgotten when asked or when the client or token URL changes', async () => {
    await oauthAppsSetting.set({ clio: own });
    const { clientSecret: _, ...withoutSecret } = own;
    await api({
      method: 'PUT',
      path: '/settings/oauthApps',
      body: { platform: 'clio', app: { ...withoutSecret, revokeUrl: 'https://app.clio.com/oauth/deauthorize' } },
    });
    expect((await oauthAppsSetting.get()).clio?.clientSecret).toBe('firm-secret-value');

    await api({ method: 'PUT', path: '/settings/oauthApps', body: { platform: 'clio', app: { ...withoutSecret, clientSecret: 'new-secret' } } });
    expect((await oauthAppsSetting.get()).clio?.clientSecret).toBe('new-secret');

    const cleared = await api({
      method: 'PUT',
      path: '/settings/oauthApps',
      body: { platform: 'clio', app: withoutSecret, clearClientSecret: true },
    });
    expect(cleared.body.apps.clio).toEqual({ clientId: 'firm-app', tokenUrl: own.tokenUrl });
    expect((await oauthAppsSetting.get()).clio).toEqual(withoutSecret);

    await oauthAppsSetting.set({ clio: own });
    await api({
      method: 'PUT',
      path: '/settings/oauthApps',
      body: { platform: 'clio', app: { ...withoutSecret, tokenUrl: 'https://elsewhere.example.com/token' } },
    });
    expect((await oauthAppsSetting.get()).clio?.clientSecret).toBeUndefined();
  });
});

describe('POST /oauth/signIn', () => {
  it('says how to set OAuth up when no app is saved', async () => {
    const { status, body } = await api({ method: 'POST', path: '/oauth/signIn', body: { platform: 'pipedrive' } });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      successful: false,
      returnMessage: { message: 'Signing in with Pipedrive is not set up in this browser.', messageType: 'warning' },
    });
    expect(body.returnMessage.details[0].items[0].text).toContain('"Advanced: OAuth app"');
  });

  it("answers Pipedrive's authorize URL with the client id, this extension's redirect URI and a fresh state", async () => {
    await oauthAppsSetting.set({ pipedrive: app });
    const first = await api({ method: 'POST', path: '/oauth/signIn', body: { platform: 'pipedrive' } });
    const second = await api({ method: 'POST', path: '/oauth/signIn', body: { platform: 'pipedrive' } });
    const url = new URL(first.body.authorizeUrl);
    expect(`${url.origin}${url.pathname}`).toBe('https://oauth.pipedrive.com/oauth/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'client-1',
      redirect_uri: 'https://test-extension-id.chromiumapp.org/pipedrive',
      state: expect.stringMatching(/^[0-9a-f]{32}$/),
      code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      code_challenge_method: 'S256',
    });
    expect(new URL(second.body.authorizeUrl).searchParams.get('state')).not.toBe(url.searchParams.get('state'));
    expect((await api({ method: 'POST', path: '/oauth/signIn', body: { platform: 'testCRM' } })).status).toBe(400);
  });
});
