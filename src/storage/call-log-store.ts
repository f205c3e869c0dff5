/**
 * The one-call-one-log ledger. A session is claimed inside one IndexedDB readwrite transaction:
 * transactions on the same store run one after another, so of any number of concurrent claims
 * exactly one finds the key free — in this worker, after a restart, or from any other context.
 */
import { loggerDb, openLedgerNow, STRICT, type LedgerDb } from './db';
import { cachedAccount, ledgerState, loadAccount, noteWritten, type LedgerState } from './ledger-cache';
import { keyOf, type CallLogRecord, type SessionKey } from './call-log-record';

export type ClaimResult = { claimed: true; record: CallLogRecord } | { claimed: false; record: CallLogRecord };

/**
 * Claims a free session: one `add`, which IndexedDB refuses (ConstraintError) when the key exists,
 * so the claim costs one request and one strict commit, asked for at once (`commit()`): the disk
 * write runs while the caller's JavaScript goes on. The transaction is opened before the first
 * `await`, so a caller may do other work before awaiting the result. A refused add reads the
 * record that holds the session; one released in between is claimed again.
 */
export function claimSession(record: CallLogRecord): Promise<ClaimResult> {
  const db = openLedgerNow();
  return db ? addClaim(db, record) : loggerDb().then((opened) => addClaim(opened, record));
}

async function addClaim(db: LedgerDb, record: CallLogRecord): Promise<ClaimResult> {
  for (;;) {
    const tx = db.transaction('callLogs', 'readwrite', STRICT);
    const added = tx.store.add(record);
    tx.commit();
    const [add, done] = await Promise.allSettled([added, tx.done]);
    if (add.status === 'fulfilled' && done.status === 'fulfilled') {
      noteWritten(record);
      return { claimed: true, record };
    }
    const refused = add.status === 'rejected' && (add.reason as { name?: unknown } | null)?.name === 'ConstraintError';
    if (!refused) throw add.status === 'rejected' ? add.reason : (done as PromiseRejectedResult).reason;
    const existing = await db.get('callLogs', keyOf(record));
    if (existing) return { claimed: false, record: existing };
  }
}

/**
 * The session this worker claimed (`claimed`, still `logging`, under its session lock) is logged:
 * the record is written from what the caller holds, with no read, in one strict commit. Nothing
 * else can have written this session's record since the claim (every writer takes the lock), and
 * a fresh claim has no create in the outbox (a stale one would be dropped unsent by
 * beginQueuedCreate, which reads this record first).
 */
export async function finishClaim(claimed: CallLogRecord, logId: string): Promise<void> {
  const logged: CallLogRecord = { ...claimed, state: 'logged', logId, intent: undefined, updatedAt: Date.now() };
  const tx = (openLedgerNow() ?? (await loggerDb())).transaction('callLogs', 'readwrite', STRICT);
  const put = tx.store.put(logged);
  tx.commit();
  await Promise.all([put, tx.done]);
  noteWritten(logged);
}

export async function getCallLogRecord(key: SessionKey): Promise<CallLogRecord | undefined> {
  return (await loggerDb()).get('callLogs', keyOf(key));
}

/** Reads many sessions of one user in a single transaction, in the order asked. */
export async function getCallLogRecords(platform: string, userId: string, sessionIds: readonly string[]): Promise<(CallLogRecord | undefined)[]> {
  const db = await loggerDb();
  const tx = db.transaction('callLogs', 'readonly');
  const records = await Promise.all(sessionIds.map((sessionId) => tx.store.get([platform, userId, sessionId])));
  await tx.done;
  return records;
}

/** Lookups larger than this read the whole account once and keep it (ledger-cache.ts). */
const CACHE_FROM = 200;

/** The state of many sessions of one user, in the order asked: from memory when it can be. */
export async function getLedgerStates(platform: string, userId: string, sessionIds: readonly string[]): Promise<(LedgerState | undefined)[]> {
  let states = cachedAccount(platform, userId);
  if (!states && sessionIds.length >= CACHE_FROM) {
    const range = IDBKeyRange.bound([platform, userId, ''], [platform, userId, '\uffff']);
    states = await loadAccount(platform, userId, async () => (await loggerDb()).getAll('callLogs', range));
  }
  if (states) return sessionIds.map((sessionId) => states.get(sessionId));
  return (await getCallLogRecords(platform, userId, sessionIds)).map((record) => record && ledgerState(record));
}

/** Applies `change` to the stored record, if it is still there and `when` holds. */
export async function updateCallLogRecord(
  key: SessionKey,
  change: (record: CallLogRecord) => CallLogRecord,
  when: (record: CallLogRecord) => boolean = () => true,
): Promise<CallLogRecord | undefined> {
  const db = await loggerDb();
  const tx = db.transaction('callLogs', 'readwrite', STRICT);
  const current = await tx.store.get(keyOf(key));
  const next = current && when(current) ? change(current) : undefined;
  if (next) await tx.store.put(next);
  await tx.done;
  if (next) noteWritten(next);
  return next;
}

/** Every session of one user (statistics, export): one read of the account's key range. */
export async function accountCallLogs(platform: string, userId: string): Promise<CallLogRecord[]> {
  return (await loggerDb()).getAll('callLogs', IDBKeyRange.bound([platform, userId, ''], [platform, userId, '\uffff']));
}
