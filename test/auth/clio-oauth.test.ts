/**
 * OAuth for Clio through the one token-endpoint client (docs/token-exchange.md): the consent page
 * with `response_type=code`, the code exchanged through an operator's exchange or straight at
 * Clio with the firm's own app secret, one refresh for racing requests, Clio's reusable refresh
 * token kept, and `invalid_grant` ending the session.
 */
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { oauthAppsSetting } from '../../src/auth/oauth-settings';
import { getConnection, saveConnection } from '../../src/storage/connections';
import { createFakeFirm, type FakeFirmHandle } from '../fake-servers/clio/control-client';
import { api } from '../support/api';
import { signInToClio } from '../support/clio-sign-in';
import { resetExtension } from '../support/reset';

const url = inject('clioUrl');
let firm: FakeFirmHandle;

const signIn = () => signInToClio(firm);

const credential = async () => {
  const stored = (await getConnection('clio'))!.credential;
  if (stored.kind !== 'oauth') throw new Error('not OAuth');
  return stored;
};
const expireSoon = async () => {
  const connection = (await getConnection('clio'))!;
  await saveConnection({ ...connection, credential: { ...(await credential()), expiresAt: Date.now() + 60_000 } });
};
const findMaria = () => api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550123' } });

beforeEach(async () => {
  await resetExtension();
  firm = await createFakeFirm(url);
});

describe('Clio OAuth through the exchange', () => {
  beforeEach(async () => {
    await oauthAppsSetting.set({
      clio: { clientId: 'fake-clio-client-id', tokenUrl: `${url}/exchange/token`, authorizeUrl: `${url}/oauth/authorize` },
    });
  });

  it('signs in with response_type=code and state, and logs with the Bearer token at the chosen address', async () => {
    const { authorizeUrl, body } = await signIn();
    expect(authorizeUrl.searchParams.get('response_type')).toBe('code');
    expect(authorizeUrl.searchParams.get('state')).toMatch(/^[0-9a-f]{32}$/);
    expect(body).toMatchObject({ successful: true, name: 'Dana Whitfield' });
    expect((await findMaria()).body.contact[0].name).toBe('Maria Okafor');
    expect((await firm.state()).tokenGrants).toEqual(['authorization_code']);
  });

  it('refreshes once for two racing requests and keeps the reusable refresh token Clio does not repeat', async () => {
    await signIn();
    const before = await credential();
    await expireSoon();
    const [a, b] = await Promise.all([findMaria(), findMaria()]);
    expect([a.body.successful, b.body.successful]).toEqual([true, true]);
    expect((await firm.state()).tokenGrants).toEqual(['authorization_code', 'refresh_token']);
    const after = await credential();
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(after.refreshToken).toBe(before.refreshToken);
  });

  it("logs out with Clio's deauthorize: the access token stops working", async () => {
    await signIn();
    const { accessToken } = await credential();
    expect((await api({ method: 'POST', path: '/unAuthorize' })).body).toMatchObject({ successful: true });
    expect((await firm.state()).tokenGrants).toEqual(['authorization_code', 'deauthorize']);
    const after = await fetch(`${url}/api/v4/users/who_am_i.json`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(after.status).toBe(401);
    expect(await getConnection('clio')).toBeUndefined();
  });

  it('ends the session on invalid_grant', async () => {
    await signIn();
    await expireSoon();
    await firm.forgetRefreshTokens();
    const { status, body } = await findMaria();
    expect(status).toBe(401);
    expect(body).toMatchObject({ errorCode: 'CRM_SESSION_REVOKED' });
    expect(await getConnection('clio')).toBeUndefined();
  });
});

describe("Clio OAuth with the firm's own app", () => {
  it('sends client_id and client_secret itself, straight to Clio’s token URL', async () => {
    await oauthAppsSetting.set({
      clio: {
        clientId: 'fake-clio-client-id',
        clientSecret: 'fake-clio-client-secret',
        tokenUrl: `${url}/oauth/token`,
        authorizeUrl: `${url}/oauth/authorize`,
      },
    });
    expect((await signIn()).body).toMatchObject({ successful: true });
    await expireSoon();
    expect((await findMaria()).body.successful).toBe(true);
    expect((await firm.state()).tokenGrants).toEqual(['authorization_code', 'refresh_token']);
  });

  it('is refused by Clio with a wrong secret', async () => {
    await oauthAppsSetting.set({
      clio: { clientId: 'fake-clio-client-id', clientSecret: 'wrong', tokenUrl: `${url}/oauth/token`, authorizeUrl: `${url}/oauth/authorize` },
    });
    expect((await signIn()).body).toMatchObject({ successful: false, returnMessage: { message: 'Clio did not accept the sign-in.' } });
  });
});
