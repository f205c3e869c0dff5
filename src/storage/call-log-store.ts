/**
 * The one-call-one-log ledger. A session is claimed inside one IndexedDB readwrite transaction:
 * transactions on the same store run one after another, so of any number of concurrent claims
 * exactly one finds the key free — in this worker, after a restart, or from any other context.
 */
import { loggerDb, STRICT } from './db';
import { cachedAccount, ledgerState, loadAccount, noteWritten, type LedgerState } from './ledger-cache';
import { keyOf, type CallLogRecord, type SessionKey } from './call-log-record';

export type ClaimResult = { claimed: true; record: CallLogRecord } | { claimed: false; record: CallLogRecord };

export async function claimSession(record: CallLogRecord): Promise<ClaimResult> {
  const db = await loggerDb();
  const tx = db.transaction('callLogs', 'readwrite', STRICT);
  const existing = await tx.store.get(keyOf(record));
  if (existing) {
    await tx.done;
    return { claimed: false, record: existing };
  }
  await tx.store.add(record);
  await tx.done;
  noteWritten(record);
  return { claimed: true, record };
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
