/**
 * The outbox and an OAuth token, against the fake Clio in real IndexedDB: a log that waits while
 * its access token stops working goes out after one refresh (as an interactive request would);
 * only a refresh the CRM refuses (`invalid_grant`) signs the account out and pauses its outbox,
 * and the pages are told why (GET /connection's `signedOut`).
 */
import browser from 'webextension-polyfill';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { sessionForAccount } from '../../src/backends/local/local-session';
import { drainOutbox } from '../../src/logging/outbox/drain-outbox';
import { isCallsChanged } from '../../src/protocol/api-answers-browser';
import { getCallLogRecord } from '../../src/storage/call-log-store';
import { getConnection } from '../../src/storage/connections';
import { allOutboxItems } from '../../src/storage/outbox-store';
import type { FakeFirmHandle } from '../fake-servers/clio/control-client';
import { api } from '../support/api';
import { queuedClioLog, signedInClioFirm } from '../support/clio-queued-log';
import { signInToClio } from '../support/clio-sign-in';

const url = inject('clioUrl');
let firm: FakeFirmHandle;

beforeEach(async () => {
  firm = await signedInClioFirm(url);
});

describe('a queued log whose access token stopped working', () => {
  it('goes out after one refresh, from the background run', async () => {
    const key = await queuedClioLog(firm, 'tok-1');
    await firm.inject({ status: 401 });
    await drainOutbox(sessionForAccount);
    expect(await allOutboxItems()).toEqual([]);
    expect(await getCallLogRecord(key)).toMatchObject({ state: 'logged' });
    expect((await firm.state()).communications).toHaveLength(1);
    expect((await firm.state()).tokenGrants).toEqual(['authorization_code', 'refresh_token']);
    // The refused create, then the same create and its time entry with the new token.
    expect(await firm.requestLines()).toEqual([
      'POST /api/v4/communications.json',
      'POST /api/v4/communications.json',
      'POST /api/v4/activities.json',
    ]);
  });

  it('goes out on "Retry now" after one refresh, and leaves the account\'s other logs waiting, not paused', async () => {
    const key = await queuedClioLog(firm, 'tok-3');
    await queuedClioLog(firm, 'tok-4');
    const [first] = await allOutboxItems();
    await firm.inject({ status: 401 });
    const { body } = await api({ method: 'POST', path: '/outbox/retry', body: { id: first!.id } });
    expect(body).toMatchObject({ successful: true });
    expect(await getCallLogRecord(key)).toMatchObject({ state: 'logged' });
    expect((await allOutboxItems()).map((item) => [item.sessionId, item.state])).toEqual([['tok-4', 'pending']]);
    expect((await firm.state()).tokenGrants).toEqual(['authorization_code', 'refresh_token']);
  });

  it('waits, paused, when the refresh is refused (invalid_grant): signed out, nothing sent', async () => {
    const key = await queuedClioLog(firm, 'tok-2');
    await firm.forgetRefreshTokens();
    await firm.inject({ status: 401 });
    const heard: unknown[] = [];
    browser.runtime.onMessage.addListener((message: unknown) => void heard.push(message));
    await drainOutbox(sessionForAccount);
    // An open side panel is told by the run, as by an interactive request (src/backends/local/end-sign-in.ts).
    expect(heard.filter(isCallsChanged)).toHaveLength(1);
    expect((await allOutboxItems()).map((item) => [item.sessionId, item.state])).toEqual([['tok-2', 'paused']]);
    expect(await getCallLogRecord(key)).toMatchObject({ state: 'queued' });
    expect(await getConnection('clio')).toBeUndefined();
    expect((await firm.state()).communications).toHaveLength(0);
    expect((await firm.state()).tokenGrants).toEqual(['authorization_code']);
    // The pages learn why: the CRM ended the sign-in, not the user.
    expect((await api({ method: 'GET', path: '/connection' })).body).toEqual({
      successful: true,
      connection: null,
      signedOut: { platform: 'clio', displayName: 'Clio' },
    });

    // Connecting again sends what waited, and forgets the sign-out.
    expect((await signInToClio(firm)).body).toMatchObject({ successful: true });
    await drainOutbox(sessionForAccount);
    expect(await getCallLogRecord(key)).toMatchObject({ state: 'logged' });
    expect((await firm.state()).communications).toHaveLength(1);
    expect((await api({ method: 'GET', path: '/connection' })).body).not.toHaveProperty('signedOut');
  });

  it('is not called a sign-out by the CRM when the user disconnects', async () => {
    expect((await api({ method: 'POST', path: '/unAuthorize' })).body).toMatchObject({ successful: true });
    expect((await api({ method: 'GET', path: '/connection' })).body).toEqual({ successful: true, connection: null });
  });

  it("fails alone on a 403 (a permission, not the connection), with the CRM's words, and leaves the account's other logs waiting", async () => {
    const key = await queuedClioLog(firm, 'tok-5');
    await queuedClioLog(firm, 'tok-6');
    await firm.inject({ status: 403, times: 1 });
    const [first] = await allOutboxItems();
    await api({ method: 'POST', path: '/outbox/retry', body: { id: first!.id } });
    const items = await allOutboxItems();
    expect(items.map((item) => [item.sessionId, item.state])).toEqual([
      ['tok-5', 'failed'],
      ['tok-6', 'pending'],
    ]);
    expect(items[0]!.lastError?.message).toMatch(/^Clio refused access \(HTTP 403\): .*ask your Clio admin/);
    expect(await getCallLogRecord(key)).not.toMatchObject({ state: 'logged' });
    expect(await getConnection('clio')).toBeDefined();
  });
});
