/**
 * A fresh extension signed in to a fresh fake Clio firm, and a log that waits in its outbox:
 * what the outbox tests of an OAuth CRM start from.
 */
import { expect } from 'vitest';
import { oauthAppsSetting } from '../../src/auth/oauth-settings';
import { allOutboxItems, putOutboxItem } from '../../src/storage/outbox-store';
import type { OutboxItem } from '../../src/storage/outbox-record';
import { createFakeFirm, type FakeFirmHandle } from '../fake-servers/clio/control-client';
import { api } from './api';
import { callWithSession } from './call-fixtures';
import { signInToClio } from './clio-sign-in';
import { resetExtension } from './reset';

export async function signedInClioFirm(url: string): Promise<FakeFirmHandle> {
  await resetExtension();
  const firm = await createFakeFirm(url);
  await oauthAppsSetting.set({
    clio: { clientId: 'fake-clio-client-id', tokenUrl: `${url}/exchange/token`, authorizeUrl: `${url}/oauth/authorize` },
  });
  expect((await signInToClio(firm)).body).toMatchObject({ successful: true });
  return firm;
}

/** Logs a call to Maria while Clio answers 429 (not processed): the create waits in the outbox, due now. */
export async function queuedClioLog(firm: FakeFirmHandle, sessionId: string): Promise<OutboxItem> {
  const { body: found } = await api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550123' } });
  const maria = found.contact[0];
  await firm.inject({ status: 429, headers: { 'retry-after': '120' } });
  const { body } = await api({
    method: 'POST',
    path: '/callLog',
    body: { logInfo: callWithSession(2, sessionId), contactId: String(maria.id), contactName: maria.name, note: 'n' },
  });
  expect(body).toMatchObject({ successful: false, queued: true });
  const item = (await allOutboxItems()).find((queued) => queued.sessionId === sessionId)!;
  await putOutboxItem({ ...item, nextAttemptAt: Date.now() - 1 });
  await firm.clearRequests();
  return item;
}
