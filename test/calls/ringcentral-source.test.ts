/**
 * The RingCentral call source against the fake RingCentral platform: PKCE sign-in, the paged
 * Detailed call log, tokens refreshed before expiry and after a 401, a 429 remembered, a dead
 * refresh token signing the user out — and no token in any answer a page gets.
 */
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { createApiRouter, type RouterDeps } from '../../src/api/router';
import { currentBackend } from '../../src/backends/current-backend';
import { phoneAccountSetting } from '../../src/calls/phone-account';
import { ringCentralSource } from '../../src/calls/ringcentral/ringcentral-source';
import { ringCentralTokens } from '../../src/calls/ringcentral/rc-tokens';
import { finishSignIn, startSignIn } from '../../src/calls/ringcentral/sign-in';
import { fixtureCalls } from '../support/call-fixtures';
import { resetExtension } from '../support/reset';

const server = inject('ringcentralUrl');
const account = { source: 'ringcentral' as const, serverUrl: server, clientId: 'fake-rc-client' };
const api = createApiRouter({ currentBackend, isOwnSender: () => true } satisfies RouterDeps);
const call = (method: string, path: string, extra: object = {}) => api({ type: 'api', method, path, ...extra }, {});

interface Logged {
  path: string;
  query: Record<string, string>;
  token?: string;
  grant?: string;
}

async function fake(path: string, body?: object): Promise<any> {
  const response = await fetch(`${server}/_fake/${path}`, { method: body ? 'POST' : 'GET', body: body && JSON.stringify(body) });
  return response.json();
}
const requests = (): Promise<Logged[]> => fake('requests');
const callLogRequests = async () => (await requests()).filter((r) => r.path.endsWith('/call-log'));

/** What the page does: open the sign-in URL, let the (fake) user approve, hand back the redirect. */
async function signIn(): Promise<void> {
  const authorizeUrl = new URL(await startSignIn(account));
  expect(authorizeUrl.searchParams.get('code_challenge_method')).toBe('S256');
  const { location } = await fake(`approve${authorizeUrl.search}`);
  await finishSignIn(account, location);
}

beforeEach(async () => {
  await resetExtension();
  await phoneAccountSetting.set(account);
  await fake('reset', {});
});

describe('RingCentral call source', () => {
  it('signs in with PKCE and reads the paged Detailed call log, voice calls of the last week', async () => {
    await fake('reset', { maxPerPage: 5 });
    await signIn();
    expect((await ringCentralTokens.get())?.name).toBe('Jordan Rivera');
    expect((await requests()).find((r) => r.grant)?.grant).toBe('authorization_code');

    const snapshot = await ringCentralSource.refresh();
    expect(snapshot.returnMessage).toBeUndefined();
    const voice = fixtureCalls.filter((c) => c.type === 'Voice');
    expect(snapshot.calls.map((c) => c.sessionId)).toEqual(voice.map((c) => c.sessionId).reverse());
    expect(snapshot.calls[0]?.legs?.length).toBeGreaterThan(0);

    const pages = await callLogRequests();
    expect(voice).toHaveLength(15);
    expect(pages.map((p) => p.query.page ?? '1')).toEqual(['1', '2', '3']);
    for (const page of pages) expect(page.query).toMatchObject({ view: 'Detailed', type: 'Voice', dateFrom: expect.any(String) });
    expect(Date.parse(pages[0]!.query.dateFrom!)).toBeLessThan(Date.now() - 6 * 24 * 3600_000);
  });

  it("reads at most three pages: the newest calls, within the call log's rate limit", async () => {
    await fake('reset', { maxPerPage: 4 });
    await signIn();
    const snapshot = await ringCentralSource.refresh();
    expect(snapshot.calls.map((c) => c.sessionId)).toEqual(
      fixtureCalls
        .filter((c) => c.type === 'Voice')
        .map((c) => c.sessionId)
        .reverse()
        .slice(0, 12),
    );
    expect(await callLogRequests()).toHaveLength(3);
  });

  it('keeps the calls in storage: the list survives without asking RingCentral again', async () => {
    await signIn();
    await ringCentralSource.refresh();
    const before = (await callLogRequests()).length;
    const listed = await ringCentralSource.list();
    expect(listed.calls).toHaveLength(fixtureCalls.filter((c) => c.type === 'Voice').length);
    const again = await ringCentralSource.refresh();
    expect(again.calls).toEqual(listed.calls);
    expect((await callLogRequests()).length).toBe(before);
  });

  it('refreshes an access token that is about to expire before using it', async () => {
    await fake('reset', { accessTokenSeconds: 60 });
    await signIn();
    const firstToken = (await ringCentralTokens.get())!.accessToken;
    await ringCentralSource.refresh();
    const log = await requests();
    const refreshAt = log.findIndex((r) => r.grant === 'refresh_token');
    const firstPage = log.findIndex((r) => r.path.endsWith('/call-log'));
    expect(refreshAt).toBeGreaterThan(-1);
    expect(refreshAt).toBeLessThan(firstPage);
    expect(log[firstPage]!.token).not.toBe(firstToken);
    expect(log[firstPage]!.token).toBe((await ringCentralTokens.get())!.accessToken);
  });

  it('refreshes once and retries when RingCentral refuses the access token (401)', async () => {
    await signIn();
    await fake('expire-access-tokens', {});
    const snapshot = await ringCentralSource.refresh();
    expect(snapshot.returnMessage).toBeUndefined();
    expect(snapshot.calls.length).toBeGreaterThan(0);
    const log = await requests();
    expect(log.filter((r) => r.grant === 'refresh_token')).toHaveLength(1);
    expect(log.filter((r) => r.path.endsWith('/call-log')).map((r) => r.token === undefined)).toEqual([true, false]);
  });

  it('remembers a 429 and does not ask again before the time RingCentral gave', async () => {
    await signIn();
    await ringCentralSource.refresh();
    await fake('options', { failCallLog: 429 });
    const first = await ringCentralSource.refresh({ force: true });
    expect(first.returnMessage).toMatchObject({ messageType: 'warning', message: 'RingCentral asked us to slow down.' });
    expect(first.calls.length).toBeGreaterThan(0);
    const asked = (await callLogRequests()).length;
    const second = await ringCentralSource.refresh({ force: true });
    expect(second.returnMessage?.details?.[0]?.items[0]?.text).toMatch(/refresh by themselves in \d+ seconds/);
    expect((await callLogRequests()).length).toBe(asked);
  });

  it('remembers a 429 on the very first read too', async () => {
    await signIn();
    await fake('options', { failCallLog: 429 });
    expect((await ringCentralSource.refresh()).returnMessage?.message).toBe('RingCentral asked us to slow down.');
    expect((await ringCentralSource.refresh({ force: true })).calls).toEqual([]);
    expect(await callLogRequests()).toHaveLength(1);
  });

  it('signs the user out when the refresh token is refused, and says how to sign in again', async () => {
    await signIn();
    await fetch(`${server}/restapi/oauth/revoke`, {
      method: 'POST',
      body: new URLSearchParams({ token: (await ringCentralTokens.get())!.refreshToken }),
    });
    const snapshot = await ringCentralSource.refresh();
    expect(snapshot.returnMessage).toMatchObject({ message: 'You are signed out of RingCentral.' });
    expect((await ringCentralSource.list()).returnMessage).toMatchObject({ message: 'Sign in with RingCentral to see your calls.' });
    expect(await ringCentralTokens.get()).toBeNull();
  });

  it('never carries the access token along a redirect to another origin', async () => {
    await signIn();
    const elsewhere = `${server.replace('127.0.0.1', 'localhost')}/restapi/v1.0/account/~/extension/~/stolen`;
    await fake('reset', { redirectCallLog: elsewhere });
    const snapshot = await ringCentralSource.refresh();
    expect(snapshot.returnMessage?.message ?? '').not.toBe('');
    expect(JSON.stringify(snapshot.returnMessage)).toContain('answered with a redirect');
    expect((await requests()).filter((r) => r.path.endsWith('/stolen'))).toEqual([]);
  });

  it('refuses a redirect that does not carry the state of the sign-in it started', async () => {
    const authorizeUrl = new URL(await startSignIn(account));
    const { location } = await fake(`approve${authorizeUrl.search.replace(/state=[^&]+/, 'state=forged')}`);
    await expect(finishSignIn(account, location)).rejects.toMatchObject({ code: 'rejected' });
    expect(await ringCentralTokens.get()).toBeNull();
  });

  it('answers pages through the API without any token, and calls from the signed-in account', async () => {
    await signIn();
    const state = await call('GET', '/phoneAccount');
    expect(state.body).toMatchObject({ ringcentral: { signedIn: true, name: 'Jordan Rivera', extensionNumber: '101' } });
    const calls = await call('GET', '/calls', { query: { refresh: 'true' } });
    expect(calls.body).toMatchObject({ successful: true, source: 'ringcentral' });
    const tokens = (await ringCentralTokens.get())!;
    for (const answer of [state, calls]) {
      expect(JSON.stringify(answer)).not.toContain(tokens.accessToken);
      expect(JSON.stringify(answer)).not.toContain(tokens.refreshToken);
    }
  });

  it('says what to fill in when RingCentral is chosen without a client id', async () => {
    const answer = await call('PUT', '/phoneAccount', { body: { source: 'ringcentral', serverUrl: server, clientId: '' } });
    expect(answer.status).toBe(400);
    expect((answer.body as any).returnMessage.message).toContain('clientId is required to sign in with RingCentral');
  });
});
