/**
 * What waits after the CRM ended the sign-in (a refused renewal, against the fake Clio in real
 * IndexedDB): GET /outbox still lists that user's paused logs with no CRM connected, and nobody
 * else's; "Retry now" says to connect again first and sends nothing; "Discard" works without the
 * CRM; connecting again sends the rest. A user's own disconnect shows nothing (no sign-out by the CRM).
 */
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { sessionForAccount } from '../../src/backends/local/local-session';
import { drainOutbox } from '../../src/logging/outbox/drain-outbox';
import { getCallLogRecord } from '../../src/storage/call-log-store';
import { allOutboxItems, putOutboxItem } from '../../src/storage/outbox-store';
import type { FakeFirmHandle } from '../fake-servers/clio/control-client';
import { api } from '../support/api';
import { queuedClioLog, signedInClioFirm } from '../support/clio-queued-log';
import { signInToClio } from '../support/clio-sign-in';

const url = inject('clioUrl');
let firm: FakeFirmHandle;

beforeEach(async () => {
  firm = await signedInClioFirm(url);
});

/** The CRM refuses the renewal: the user is signed out and the account's outbox paused. */
async function revokedByClio(): Promise<void> {
  await firm.forgetRefreshTokens();
  await firm.inject({ status: 401 });
  await drainOutbox(sessionForAccount);
  expect((await api({ method: 'GET', path: '/connection' })).body).toMatchObject({ connection: null, signedOut: { platform: 'clio' } });
}

describe('the outbox of an account the CRM signed out', () => {
  it('is listed, paused, with no CRM connected; Retry says to connect first and sends nothing; Discard works', async () => {
    const first = await queuedClioLog(firm, 'out-1');
    await queuedClioLog(firm, 'out-2');
    // Someone else's paused log of the same CRM, left from before: not this user's to see.
    const { id: _id, ...copy } = first;
    await putOutboxItem({ ...copy, userId: 'someone-else', sessionId: 'other-1', state: 'paused' });
    await revokedByClio();
    await firm.clearRequests();

    const listed = await api({ method: 'GET', path: '/outbox' });
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((item: { sessionId: string; state: string }) => [item.sessionId, item.state])).toEqual([
      ['out-1', 'paused'],
      ['out-2', 'paused'],
    ]);
    expect(listed.body.items[0]).toMatchObject({ contactName: 'Maria Okafor', operation: 'create' });
    expect(JSON.stringify(listed.body)).not.toMatch(/accessToken|refreshToken|someone-else/);

    const retried = await api({ method: 'POST', path: '/outbox/retry', body: { id: listed.body.items[0].id } });
    expect(retried.status).toBe(400);
    expect(retried.body.returnMessage).toMatchObject({
      message: 'Not sent: Clio ended the sign-in.',
      details: [{ items: [{ text: 'Open Options and connect Clio again: what waits is sent then.' }] }],
    });
    const discarded = await api({ method: 'POST', path: '/outbox/discard', body: { id: listed.body.items[0].id } });
    expect(discarded.body).toMatchObject({ successful: true });
    expect(await getCallLogRecord({ platform: 'clio', userId: first.userId, sessionId: 'out-1' })).toBeUndefined();
    // Not someone else's, even by its id.
    const other = (await allOutboxItems()).find((item) => item.sessionId === 'other-1')!;
    expect((await api({ method: 'POST', path: '/outbox/discard', body: { id: other.id } })).body).toMatchObject({ successful: false });
    expect(await firm.requestLines()).toEqual([]);

    // Connecting again sends what is left, once.
    expect((await signInToClio(firm)).body).toMatchObject({ successful: true });
    await drainOutbox(sessionForAccount);
    const sessions = (await firm.state()).communications.map((c) => c.external_properties[0]?.value);
    expect(sessions).toEqual(['out-2']);
  });

  it('is not shown after the user disconnected by themselves', async () => {
    await queuedClioLog(firm, 'out-3');
    expect((await api({ method: 'POST', path: '/unAuthorize' })).body).toMatchObject({ successful: true });
    const listed = await api({ method: 'GET', path: '/outbox' });
    expect(listed.body).toMatchObject({ successful: false, returnMessage: { message: 'Not connected to a CRM.' } });
    expect((await api({ method: 'POST', path: '/outbox/retry', body: { id: 1 } })).body.returnMessage.message).toBe('Not connected to a CRM.');
  });
});
