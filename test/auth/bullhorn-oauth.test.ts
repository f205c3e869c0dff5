/**
 * OAuth for Bullhorn through the one token client (docs/token-exchange.md, docs/bullhorn.md):
 * the user name finds the data centre, the code goes through the operator's exchange (or straight
 * to Bullhorn with a firm's own key), a REST login opens the session. Refresh tokens work once and
 * are spent only when a login needs a new access token (token-renewal.test.ts counts them):
 * racing requests refresh once, the spent one is refused when replayed and nothing is lost; a
 * timed-out session logs in again; a token too old to log in is renewed first; a revoked grant
 * signs out and pauses the outbox until the user connects again.
 */
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { sessionForAccount } from '../../src/backends/local/local-session';
import { oauthAppsSetting } from '../../src/auth/oauth-settings';
import { drainOutbox } from '../../src/logging/outbox/drain-outbox';
import { allOutboxItems, putOutboxItem } from '../../src/storage/outbox-store';
import { getConnection, saveConnection } from '../../src/storage/connections';
import { createFakeCorporation, type FakeCorporation } from '../fake-servers/bullhorn/control-client';
import { api } from '../support/api';
import { callWithSession } from '../support/call-fixtures';
import { resetExtension } from '../support/reset';
import { signInToBullhorn } from '../connectors/bullhorn/sign-in';

const url = inject('bullhornUrl');
let corp: FakeCorporation;

const signIn = () => signInToBullhorn(corp);

const credential = async () => {
  const stored = (await getConnection('bullhorn'))!.credential;
  if (stored.kind !== 'oauth') throw new Error('not OAuth');
  return stored;
};
/** The access token has half a minute left, too little to open a REST session with. */
const expireSoon = async () => {
  const connection = (await getConnection('bullhorn'))!;
  await saveConnection({ ...connection, credential: { ...(await credential()), expiresAt: Date.now() + 30_000 } });
};
const findJonas = () => api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550123' } });
const jonasId = async () => String((await corp.state()).people.find((p) => p.name === 'Jonas Meyer')!.id);
const logCall = async (sessionId: string) =>
  api({
    method: 'POST',
    path: '/callLog',
    body: { logInfo: callWithSession(2, sessionId), contactId: await jonasId(), contactName: 'Jonas Meyer', contactType: 'Candidate', note: 'n' },
  });
const grants = async () => (await corp.state()).grants;

beforeEach(async () => {
  await resetExtension();
  corp = await createFakeCorporation(url);
  const { clientId } = await corp.state();
  await oauthAppsSetting.set({ bullhorn: { clientId, tokenUrl: `${url}/exchange/token`, authorizeUrl: `${url}/oauth/authorize` } });
});

describe('Bullhorn OAuth through the exchange', () => {
  it('signs in at the data centre loginInfo names, then opens one REST session', async () => {
    const { authorizeUrl, body } = await signIn();
    expect(authorizeUrl.searchParams.get('response_type')).toBe('code');
    expect(authorizeUrl.searchParams.get('redirect_uri')).toBe('https://fake-extension-id.chromiumapp.org/bullhorn');
    expect(body).toMatchObject({ successful: true, name: 'Riley Chen' });
    expect((await findJonas()).body.contact[0].name).toBe('Jonas Meyer');
    expect(await grants()).toEqual(['authorization_code', 'login']);
    const { user } = (await getConnection('bullhorn'))!;
    expect(user).toMatchObject({ id: `${(await corp.state()).user.id}-bullhorn`, timezoneOffset: -480, platformAdditionalInfo: { loginUrl: url } });
  });

  it('says so when loginInfo does not know the user name, and connects nobody', async () => {
    const { body } = await signInToBullhorn(corp, 'nobody.here');
    expect(body).toMatchObject({ successful: false, returnMessage: { message: 'Bullhorn could not find your data centre' } });
    expect(body.returnMessage.details[0].items[0].text).toBe('Bullhorn does not know the user name "nobody.here": check it in Options.');
    expect(await getConnection('bullhorn')).toBeUndefined();
  });

  it('logs out: the REST session ends at Bullhorn and the tokens are forgotten', async () => {
    await signIn();
    expect((await findJonas()).body.successful).toBe(true);
    const [session] = Object.keys((await corp.state()).sessions);
    expect((await api({ method: 'POST', path: '/unAuthorize' })).body).toMatchObject({ successful: true });
    expect(Object.keys((await corp.state()).sessions)).not.toContain(session);
    expect(await getConnection('bullhorn')).toBeUndefined();
  });

  it('refreshes once for two racing requests at the session end, stores the new single-use refresh token, and the spent one is refused', async () => {
    await signIn();
    const before = await credential();
    await expireSoon();
    // The session still open: the token that expires soon is not renewed, nothing needs it.
    expect((await findJonas()).body.successful).toBe(true);
    expect(await grants()).toEqual(['authorization_code', 'login']);
    await corp.expireSessions();
    const [a, b] = await Promise.all([findJonas(), findJonas()]);
    expect([a.body.successful, b.body.successful]).toEqual([true, true]);
    expect(await grants()).toEqual(['authorization_code', 'login', 'refresh_token', 'login']);
    const after = await credential();
    expect(after.refreshToken).not.toBe(before.refreshToken);

    // The old refresh token replayed (a stale copy, another tool): Bullhorn refuses it, and the extension goes on.
    const { clientId, clientSecret } = await corp.state();
    const replay = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: before.refreshToken!,
      client_id: clientId,
      client_secret: clientSecret,
    });
    const replayed = await fetch(`${url}/oauth/token?${replay}`, { method: 'POST' });
    expect([replayed.status, ((await replayed.json()) as { error: string }).error]).toEqual([400, 'invalid_grant']);
    await expireSoon();
    await corp.expireSessions();
    expect((await logCall('s-after-replay')).body.successful).toBe(true);
    expect((await grants()).slice(-3)).toEqual(['refresh_token refused', 'refresh_token', 'login']);
    expect((await corp.state()).notes).toHaveLength(1);
  });

  it('logs in again once when the REST session timed out, for racing requests too', async () => {
    await signIn();
    await corp.expireSessions();
    const [a, b] = await Promise.all([findJonas(), logCall('s-racing')]);
    expect([a.body.successful, b.body.successful]).toEqual([true, true]);
    expect(await grants()).toEqual(['authorization_code', 'login', 'login']);
  });

  it('renews the access token when it is too old to log in, then logs the call once', async () => {
    await signIn();
    await corp.expireSessions();
    await corp.expireAccessTokens();
    expect((await logCall('s-cold')).body).toMatchObject({ successful: true });
    expect(await grants()).toEqual(['authorization_code', 'login', 'login refused', 'refresh_token', 'login']);
    expect((await corp.state()).notes.map((n) => n.externalID)).toEqual(['s-cold']);
  });

  it('signs out on a revoked grant and pauses the outbox; after connecting again each call is logged once', async () => {
    await signIn();
    const { user } = (await getConnection('bullhorn'))!;
    // A call that waits in the outbox (the CRM was down when it was logged).
    const queuedBody = {
      logInfo: callWithSession(2, 's-queued'),
      contactId: await jonasId(),
      contactName: 'Jonas Meyer',
      contactType: 'Candidate',
      note: 'n',
    };
    const item = {
      operation: 'create' as const,
      body: queuedBody,
      state: 'pending' as const,
      attempt: 1,
      nextAttemptAt: Date.now() + 60_000,
      createdAt: 0,
    };
    await putOutboxItem({ ...item, platform: 'bullhorn', userId: user.id, sessionId: 's-queued' });
    await corp.revokeGrant();
    const { status, body } = await logCall('s-revoked');
    expect(status).toBe(401);
    expect(body).toMatchObject({ errorCode: 'CRM_SESSION_REVOKED', returnMessage: { message: 'User session expired. Please connect again.' } });
    expect(await getConnection('bullhorn')).toBeUndefined();
    // The call logged at the moment of revocation waits too, paused with the one already queued.
    expect((await allOutboxItems()).map((queued) => [queued.sessionId, queued.state]).sort()).toEqual([
      ['s-queued', 'paused'],
      ['s-revoked', 'paused'],
    ]);
    expect((await corp.state()).notes).toEqual([]);

    expect((await signIn()).body.successful).toBe(true);
    expect((await getConnection('bullhorn'))!.user.id).toBe(user.id);
    await drainOutbox(sessionForAccount);
    expect((await logCall('s-revoked')).body).toMatchObject({ successful: false, logId: expect.any(String) });
    expect((await corp.state()).notes.map((n) => n.externalID).sort()).toEqual(['s-queued', 's-revoked']);
    expect(await allOutboxItems()).toEqual([]);
  });
});

describe("Bullhorn OAuth with the firm's own key", () => {
  it("sends client_id and client_secret itself to the data centre's token URL", async () => {
    const { clientId, clientSecret } = await corp.state();
    await oauthAppsSetting.set({ bullhorn: { clientId, clientSecret, tokenUrl: `${url}/oauth/token`, authorizeUrl: `${url}/oauth/authorize` } });
    expect((await signIn()).body).toMatchObject({ successful: true });
    await expireSoon();
    await corp.expireSessions();
    expect((await findJonas()).body.successful).toBe(true);
    expect(await grants()).toEqual(['authorization_code', 'login', 'refresh_token', 'login']);
  });

  it('is refused with a wrong secret', async () => {
    const { clientId } = await corp.state();
    await oauthAppsSetting.set({
      bullhorn: { clientId, clientSecret: 'wrong', tokenUrl: `${url}/oauth/token`, authorizeUrl: `${url}/oauth/authorize` },
    });
    expect((await signIn()).body).toMatchObject({ successful: false, returnMessage: { message: 'Bullhorn did not accept the sign-in.' } });
  });
});
