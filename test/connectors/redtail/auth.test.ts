/**
 * Redtail's credentials (docs/redtail.md, "Auth"): the partner key is kept in the worker and never
 * answered; only the user key is stored, never the password; wrong credentials and a missing
 * partner key say what to do; a user key Redtail refuses ends the sign-in where every CRM's ends
 * (src/backends/local/end-sign-in.ts): signed out, what waits is paused, an open side panel is told
 * at once, and what waited goes once the user connects again; a key refused after the user
 * connected again with a new one leaves the new one alone.
 */
import browser from 'webextension-polyfill';
import { beforeEach, describe, expect, it } from 'vitest';
import { drainOutbox } from '../../../src/logging/outbox/drain-outbox';
import { sessionForAccount } from '../../../src/backends/local/local-session';
import { isCallsChanged } from '../../../src/protocol/api-answers-browser';
import { getConnection } from '../../../src/storage/connections';
import { allOutboxItems } from '../../../src/storage/outbox-store';
import { api } from '../../support/api';
import { callWithSession } from '../../support/call-fixtures';
import { resetExtension } from '../../support/reset';
import { connectRedtail, logInRedtail, newRedtailAccount, USER } from './connect-redtail';

const logCall = (sessionId: string) =>
  api({
    method: 'POST',
    path: '/callLog',
    body: { logInfo: callWithSession(2, sessionId), contactId: 101, contactName: 'Alan Brooks', note: 'n' },
  });

beforeEach(resetExtension);

/** A connected user whose key Redtail now refuses (user disabled), and what an open side panel hears from the worker. */
async function refusedUserKey() {
  const account = await connectRedtail();
  const { users } = await account.state();
  await account.patch({ users: users.map((user) => ({ ...user, disabled: true })) });
  const heard: unknown[] = [];
  browser.runtime.onMessage.addListener((message: unknown) => void heard.push(message));
  return { account, users, heard };
}

describe('Redtail credentials', () => {
  it('keeps the partner key and the password from every answer and from storage', async () => {
    const account = await newRedtailAccount();
    const keys = await api({ method: 'GET', path: '/settings/partnerKeys' });
    expect(keys.body.keys).toEqual({ redtail: { hasPartnerKey: true, apiRoot: `${account.url}/api/public/v1` } });
    expect((await logInRedtail()).body).toMatchObject({ successful: true, name: USER.name });
    const stored = JSON.stringify(await browser.storage.local.get(null));
    expect(stored).not.toContain(USER.password);
    expect(stored).toContain(`uk-${account.id}`);
    expect(JSON.stringify((await api({ method: 'GET', path: '/connection' })).body)).not.toContain(account.token);

    // Saving again without a key keeps it; clearing it signs the user out, as every request needs it.
    await api({ method: 'PUT', path: '/settings/partnerKeys', body: { platform: 'redtail', apiRoot: `${account.url}/api/public/v1` } });
    expect((await api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550123' } })).body.successful).toBe(true);
    // A user key never goes to another address than the one that issued it.
    const moved = await api({ method: 'PUT', path: '/settings/partnerKeys', body: { platform: 'redtail', apiRoot: 'http://127.0.0.1:9/api' } });
    expect(moved.body.returnMessage.message).toBe('Redtail partner key saved. You were signed out of Redtail.');
    expect((await api({ method: 'GET', path: '/connection' })).body.connection).toBeNull();
    await api({ method: 'PUT', path: '/settings/partnerKeys', body: { platform: 'redtail', apiRoot: `${account.url}/api/public/v1` } });
    expect((await logInRedtail()).body.successful).toBe(true);
    const cleared = await api({ method: 'PUT', path: '/settings/partnerKeys', body: { platform: 'redtail', clearPartnerKey: true } });
    expect(cleared.body.returnMessage.message).toContain('You were signed out of Redtail.');
    expect((await api({ method: 'GET', path: '/connection' })).body.connection).toBeNull();
  });

  it('says what to do without a partner key, and with a wrong password', async () => {
    const none = await logInRedtail();
    expect(none.body).toMatchObject({ successful: false, returnMessage: { message: 'Redtail needs the firm’s partner API key first.' } });
    expect(JSON.stringify(none.body.returnMessage.details)).toContain('App Connect server');

    const account = await newRedtailAccount();
    const wrong = await logInRedtail('not the password');
    expect(wrong.body).toMatchObject({ successful: false, returnMessage: { message: 'Redtail did not accept the user name and password.' } });
    expect(await account.requestLines()).toEqual(['GET /api/public/v1/authentication']);
    // The Example CRM of a fresh install stays the one connected.
    expect((await api({ method: 'GET', path: '/connection' })).body.connection).toMatchObject({ platform: 'testCRM' });
  });

  it('signs out when Redtail refuses the user key, tells the side panel, pauses the call, and logs it once with a new key', async () => {
    const { account, users, heard } = await refusedUserKey();

    const refused = await logCall('rt-revoked');
    expect(refused.body).toMatchObject({ successful: false, errorCode: 'CRM_SESSION_REVOKED' });
    expect(JSON.stringify(refused.body.returnMessage.details)).toContain('connect Redtail again');
    // Told with the answer, not at the panel's next look: it reloads GET /connection on this.
    expect(heard.filter(isCallsChanged)).toHaveLength(1);
    expect((await api({ method: 'GET', path: '/connection' })).body).toEqual({
      successful: true,
      connection: null,
      signedOut: { platform: 'redtail', displayName: 'Redtail' },
    });
    expect((await allOutboxItems()).map((item) => [item.sessionId, item.state])).toEqual([['rt-revoked', 'paused']]);
    // The background run sends nothing while the account is paused.
    await account.clearRequests();
    await drainOutbox(sessionForAccount);
    expect(await account.requestLines()).toEqual([]);
    expect((await account.state()).activities).toHaveLength(0);

    // Redtail issues another user key at the next login.
    await account.patch({ users: users.map((user) => ({ ...user, user_key: `${user.user_key}-2` })) });
    expect((await logInRedtail()).body.successful).toBe(true);
    expect((await api({ method: 'GET', path: '/connection' })).body).not.toHaveProperty('signedOut');
    expect((await allOutboxItems()).map((item) => item.state)).toEqual(['pending']);
    await drainOutbox(sessionForAccount);
    await drainOutbox(sessionForAccount);
    expect(await allOutboxItems()).toEqual([]);
    const { activities } = await account.state();
    expect(activities.map((a) => a.description.includes('rt-revoked'))).toEqual([true]);
    const logged = await api({ method: 'GET', path: '/callLog', query: { sessionIds: 'rt-revoked' } });
    expect(logged.body.logs[0]).toMatchObject({ matched: true, logId: String(activities[0]!.id) });
  });

  it('ends the sign-in once when racing logs meet the refused key: both calls paused, the panel told once', async () => {
    const { heard } = await refusedUserKey();

    const answers = await Promise.all([logCall('rt-race-a'), logCall('rt-race-b')]);
    expect(answers.map((a) => a.body.errorCode)).toEqual(['CRM_SESSION_REVOKED', 'CRM_SESSION_REVOKED']);
    expect(heard.filter(isCallsChanged)).toHaveLength(1);
    const waiting = (await allOutboxItems()).map((item) => [item.sessionId, item.state]).sort();
    expect(waiting).toEqual([
      ['rt-race-a', 'paused'],
      ['rt-race-b', 'paused'],
    ]);
    expect((await api({ method: 'GET', path: '/connection' })).body).toMatchObject({ connection: null, signedOut: { platform: 'redtail' } });
  });

  it('keeps a user who connected again with a new key when the old key is refused, and sends the refused request with the new one', async () => {
    const account = await connectRedtail();
    const before = (await getConnection('redtail'))!;
    // A request that set out with the old key (the background run opened its session before).
    const stale = (await sessionForAccount('redtail', before.user.id))!;
    const { users } = await account.state();
    await account.patch({ users: users.map((user) => ({ ...user, user_key: `${user.user_key}-2` })) });
    expect((await logInRedtail()).body.successful).toBe(true);
    await account.clearRequests();

    const found = await stale.connector.findContact({ user: stale.user, authHeader: stale.authHeader, phoneNumber: '+14155550123' });
    expect(found.matchedContactInfo?.map((c) => c.name)).toContain('Alan Brooks');
    // Refused with the old key (the fake logs no request it cannot tie to an account), then sent once with the new one.
    const searches = (await account.requests()).filter((r) => r.path.endsWith('/contacts/search_basic'));
    expect(searches.map((r) => r.status)).toEqual([200]);
    expect((await getConnection('redtail'))?.credential).toEqual({ kind: 'apiKey', apiKey: `uk-${account.id}-2` });
    expect((await api({ method: 'GET', path: '/connection' })).body).toMatchObject({ connection: { platform: 'redtail' } });
    expect((await api({ method: 'GET', path: '/connection' })).body).not.toHaveProperty('signedOut');
  });
});
