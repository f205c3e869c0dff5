/** The ledger on its own, without the session lock: the IndexedDB claim alone lets one claimer win. */
import { beforeEach, describe, expect, it } from 'vitest';
import { claimSession, finishClaim, getCallLogRecords, getLedgerStates, updateCallLogRecord } from '../../src/storage/call-log-store';
import type { CallLogRecord } from '../../src/storage/call-log-record';
import { openDB } from 'idb';
import { releaseSession } from '../../src/storage/outbox-store';
import { closeLoggerDb, DB_NAME, DB_VERSION, loggerDb } from '../../src/storage/db';
import { resetExtension } from '../support/reset';

const record = (sessionId: string, contactId = 'c-1'): CallLogRecord => ({
  platform: 'testCRM',
  userId: 'u-1',
  sessionId,
  state: 'logging',
  contactId,
  subject: 'S',
  createdAt: 1,
  updatedAt: 1,
  intent: { operation: 'create', payload: {}, attempt: 1, at: 1 },
});

beforeEach(resetExtension);

describe('claiming a session', () => {
  it('lets exactly one of 50 concurrent claimers win, and shows the others the winner', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => claimSession(record('s', `c-${i}`))));
    const winners = results.filter((r) => r.claimed);
    expect(winners).toHaveLength(1);
    const winner = winners[0]!.record.contactId;
    expect(results.every((r) => r.record.contactId === winner)).toBe(true);
  });

  it('lets one win whether the database is still opening or already open', async () => {
    await closeLoggerDb();
    const opening = await Promise.all(Array.from({ length: 10 }, (_, i) => claimSession(record('o', `c-${i}`))));
    expect(opening.filter((r) => r.claimed)).toHaveLength(1);
    const open = await Promise.all(Array.from({ length: 10 }, (_, i) => claimSession(record('p', `c-${i}`))));
    expect(open.filter((r) => r.claimed)).toHaveLength(1);
    expect((await claimSession(record('o'))).claimed).toBe(false);
  });

  it('finishes a claim as logged from the record it holds, and lookups from memory see it', async () => {
    const sessions = Array.from({ length: 200 }, (_, i) => `f-${i}`);
    const claim = await claimSession(record('f-0'));
    expect(await getLedgerStates('testCRM', 'u-1', sessions)).toHaveLength(200); // fills the read cache
    await finishClaim(claim.record, '77');
    expect((await getCallLogRecords('testCRM', 'u-1', ['f-0']))[0]).toMatchObject({ state: 'logged', logId: '77', intent: undefined });
    expect((await getLedgerStates('testCRM', 'u-1', sessions))[0]).toEqual({ state: 'logged', logId: '77', contactId: 'c-1' });
  });

  it('keeps platforms and users apart', async () => {
    expect((await claimSession(record('s'))).claimed).toBe(true);
    expect((await claimSession({ ...record('s'), userId: 'u-2' })).claimed).toBe(true);
    expect((await claimSession({ ...record('s'), platform: 'pipedrive' })).claimed).toBe(true);
    expect((await claimSession(record('s'))).claimed).toBe(false);
  });

  it('gives back only a claim still in flight, never a logged session', async () => {
    await claimSession(record('a'));
    await claimSession(record('b'));
    await updateCallLogRecord(record('b'), (r) => ({ ...r, state: 'logged', logId: '9' }));
    await releaseSession(record('a'));
    await releaseSession(record('b'));
    const [a, b] = await getCallLogRecords('testCRM', 'u-1', ['a', 'b']);
    expect(a).toBeUndefined();
    expect(b).toMatchObject({ state: 'logged', logId: '9' });
  });

  it('applies a change only when its condition holds', async () => {
    await claimSession(record('c'));
    const skipped = await updateCallLogRecord(
      record('c'),
      (r) => ({ ...r, state: 'logged' }),
      (r) => r.state === 'queued',
    );
    expect(skipped).toBeUndefined();
    expect((await getCallLogRecords('testCRM', 'u-1', ['c']))[0]!.state).toBe('logging');
  });
});

describe('the database', () => {
  it('is created at the current version with the ledger, the outbox and the message ledger', async () => {
    const db = await loggerDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(['callLogs', 'messageLogs', 'outbox']);
    expect([...db.transaction('messageLogs').store.indexNames]).toEqual(['byConversation', 'byPending']);
    expect([...db.transaction('callLogs').store.indexNames]).toEqual(['byState', 'state']);
    expect([...db.transaction('outbox').store.indexNames]).toEqual(['byAccount', 'bySession']);
  });

  it('upgrades a version 1 database in place, keeping every logged call', async () => {
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('callLogs', { keyPath: ['platform', 'userId', 'sessionId'] }).createIndex('byState', ['platform', 'userId', 'state']);
      },
    });
    await v1.put('callLogs', { ...record('old'), state: 'logged', logId: '41', intent: undefined });
    await v1.put('callLogs', record('in-flight'));
    v1.close();

    const db = await loggerDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('callLogs', ['testCRM', 'u-1', 'old'])).toMatchObject({ state: 'logged', logId: '41' });
    expect((await db.getAllFromIndex('callLogs', 'state', 'logging')).map((r) => r.sessionId)).toEqual(['in-flight']);
  });
});
