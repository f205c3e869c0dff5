/**
 * Storage that fails (docs/reliability.md, "When storage fails"): a database written by a newer
 * version is named and the open is tried again later, not cached for the worker's life; the
 * writes exactly-once depends on ask for strict durability; a damaged choice of CRM stops a log
 * instead of sending it to the Example CRM.
 */
import { deleteDB, openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { claimSession } from '../../src/storage/call-log-store';
import { closeLoggerDb, DB_NAME, loggerDb } from '../../src/storage/db';
import { markLogged, queueCreate } from '../../src/storage/outbox-store';
import { createClaim } from '../../src/logging/create-call-log';
import { api } from '../support/api';
import { callWithSession } from '../support/call-fixtures';
import { resetExtension } from '../support/reset';

beforeEach(resetExtension);
afterEach(() => vi.restoreAllMocks());

const key = { platform: 'testCRM', userId: 'example-user', sessionId: 'd-1' };
const body = { logInfo: callWithSession(2, 'd-1'), contactId: 'c-3', contactName: 'Marcus Bell' };

describe('the ledger database', () => {
  it('says a newer version wrote it, and opens once that is resolved (a failed open is not kept)', async () => {
    await closeLoggerDb();
    (await openDB(DB_NAME, 99)).close();
    await expect(loggerDb()).rejects.toMatchObject({ name: 'StorageError', code: 'version', hint: expect.stringMatching(/do not remove it/) });
    await deleteDB(DB_NAME);
    await expect(loggerDb()).resolves.toBeDefined();
  });

  it('answers a storage failure with what happened and what to do, not "reload the extension"', async () => {
    await closeLoggerDb();
    (await openDB(DB_NAME, 99)).close();
    const { status, body: answer } = await api({ method: 'POST', path: '/callLog', body });
    expect(status).toBe(503);
    expect(answer.returnMessage.message).toContain('newer version');
    expect(JSON.stringify(answer)).not.toContain('reload the extension');
    await deleteDB(DB_NAME);
  });

  it('commits the claim, the logged mark and the outbox with strict durability', async () => {
    const seen: { stores: string; durability?: string }[] = [];
    const original = IDBDatabase.prototype.transaction;
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, stores, mode, options) {
      if (mode === 'readwrite') seen.push({ stores: String(stores), durability: options?.durability });
      return original.call(this, stores, mode, options);
    });
    await claimSession(createClaim(key, body, 'Outbound', Date.now()));
    await queueCreate(key, body, { attempt: 1, nextAttemptAt: 0, state: 'pending' });
    await markLogged(key, '7');
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.filter((tx) => tx.durability !== 'strict')).toEqual([]);
  });
});

describe('a damaged setting', () => {
  it('stops a log instead of sending it to the Example CRM, and says what to do', async () => {
    await fakeBrowser.storage.local.set({ activeCrm: 'pipedrive' });
    const { body: answer } = await api({ method: 'POST', path: '/callLog', body });
    expect(answer).toMatchObject({ successful: false, returnMessage: { message: expect.stringContaining('choice of CRM is damaged') } });
    expect(JSON.stringify(answer.returnMessage.details)).toContain('Options');
  });

  it('stops a log instead of logging locally past the chosen server', async () => {
    await fakeBrowser.storage.local.set({ backend: { kind: 'remote' } });
    const { body: answer } = await api({ method: 'POST', path: '/callLog', body });
    expect(answer.returnMessage.message).toContain('choice of backend');
  });
});
