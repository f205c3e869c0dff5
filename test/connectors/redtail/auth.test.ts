/**
 * Redtail's credentials (docs/redtail.md, "Auth"): the partner key is kept in the worker and never
 * answered; only the user key is stored, never the password; wrong credentials and a missing
 * partner key say what to do; a user key Redtail refuses signs the user out and pauses what waits,
 * which goes once the user connects again.
 */
import browser from 'webextension-polyfill';
import { beforeEach, describe, expect, it } from 'vitest';
import { drainOutbox } from '../../../src/logging/outbox/drain-outbox';
import { sessionForAccount } from '../../../src/backends/local/local-session';
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

  it('signs out when Redtail refuses the user key, pauses the call, and logs it once after connecting again', async () => {
    const account = await connectRedtail();
    const { users } = await account.state();
    await account.patch({ users: users.map((user) => ({ ...user, disabled: true })) });
    const refused = await logCall('rt-revoked');
    expect(refused.body).toMatchObject({ successful: false, errorCode: 'CRM_SESSION_REVOKED' });
    expect(JSON.stringify(refused.body.returnMessage.details)).toContain('connect Redtail again');
    expect((await api({ method: 'GET', path: '/connection' })).body.connection).toBeNull();
    expect((await allOutboxItems()).map((item) => item.state)).toEqual(['paused']);
    expect((await account.state()).activities).toHaveLength(0);

    await account.patch({ users });
    expect((await logInRedtail()).body.successful).toBe(true);
    await drainOutbox(sessionForAccount);
    expect(await allOutboxItems()).toEqual([]);
    const { activities } = await account.state();
    expect(activities.map((a) => a.description.includes('rt-revoked'))).toEqual([true]);
    const logged = await api({ method: 'GET', path: '/callLog', query: { sessionIds: 'rt-revoked' } });
    expect(logged.body.logs[0]).toMatchObject({ matched: true, logId: String(activities[0]!.id) });
  });
});
