/**
 * The worker's read cache of the ledger stays exact through every kind of ledger write, and a
 * load that raced a write is not kept. Checked against IndexedDB itself after each step.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { claimSession, getCallLogRecords, getLedgerStates, updateCallLogRecord } from '../../src/storage/call-log-store';
import type { CallLogRecord } from '../../src/storage/call-log-record';
import { cachedAccount, ledgerState, loadAccount } from '../../src/storage/ledger-cache';
import { beginQueuedCreate, markLogged, markNeedsReview, queueCreate, releaseSession } from '../../src/storage/outbox-store';
import { resetExtension } from '../support/reset';

const record = (sessionId: string): CallLogRecord => ({
  platform: 'p',
  userId: 'u',
  sessionId,
  state: 'logging',
  contactId: 'c',
  subject: 'S',
  createdAt: 1,
  updatedAt: 1,
  intent: { operation: 'create', payload: {}, attempt: 1, at: 1 },
});
const ids = Array.from({ length: 300 }, (_, i) => `s-${i}`);

/** What IndexedDB says, in the cache's shape. */
async function truth(): Promise<unknown[]> {
  return (await getCallLogRecords('p', 'u', ids)).map((r) => r && ledgerState(r));
}

beforeEach(resetExtension);

describe('the ledger cache', () => {
  it('is filled by a large lookup and then answers like IndexedDB through every kind of write', async () => {
    for (const id of ['s-1', 's-2', 's-3', 's-4', 's-5']) await claimSession(record(id));
    expect(cachedAccount('p', 'u')).toBeUndefined();
    expect(await getLedgerStates('p', 'u', ids)).toEqual(await truth());
    expect(cachedAccount('p', 'u')).toBeDefined();

    await claimSession(record('s-6'));
    await markLogged(record('s-1'), '101');
    await updateCallLogRecord(record('s-2'), (r) => ({ ...r, state: 'logged', logId: '102' }));
    await releaseSession(record('s-3'));
    await queueCreate(record('s-4'), {}, { attempt: 1, nextAttemptAt: 0, state: 'pending' });
    await beginQueuedCreate(record('s-4'), { ...record('s-4'), operation: 'create', body: {}, state: 'pending', attempt: 1, nextAttemptAt: 0 });
    await markNeedsReview(record('s-5'));
    await claimSession(record('s-7'));
    await releaseSession(record('s-7'));

    expect(await getLedgerStates('p', 'u', ids)).toEqual(await truth());
    expect((await getLedgerStates('p', 'u', ['s-1', 's-3', 's-5'])).map((s) => s?.state)).toEqual(['logged', undefined, 'needsReview']);
  });

  it('does not keep a load that a write raced', async () => {
    await loadAccount('p', 'u', async () => {
      await claimSession(record('s-9')); // written while the account is read
      return [];
    });
    expect(cachedAccount('p', 'u')).toBeUndefined();
    expect((await getLedgerStates('p', 'u', ['s-9']))[0]).toMatchObject({ state: 'logging' });
  });

  it('is left out of small lookups, which read IndexedDB directly', async () => {
    await claimSession(record('s-1'));
    expect((await getLedgerStates('p', 'u', ['s-1', 's-2']))[0]).toMatchObject({ state: 'logging' });
    expect(cachedAccount('p', 'u')).toBeUndefined();
  });
});
