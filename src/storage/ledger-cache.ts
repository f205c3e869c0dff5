/**
 * A read cache of the ledger, per account, in the worker's memory: which sessions are logged
 * (and as what), so GET /callLog answers a thousand ids without a thousand IndexedDB reads
 * (about 60 µs each in Chromium). IndexedDB stays the truth: the cache is filled from it on the
 * first large lookup of a worker's life and kept exact by every ledger write, which all happen in
 * this worker (call-log-store.ts, outbox-store.ts). A stopped worker simply starts without it.
 */
import type { CallLogRecord, CallLogState, SessionKey } from './call-log-record';

export interface LedgerState {
  state: CallLogState;
  logId?: string;
  contactId: string;
}

const accounts = new Map<string, Map<string, LedgerState>>();
/** Bumped by every write, so a load that raced one is not trusted. */
let writes = 0;

const accountOf = (platform: string, userId: string) => JSON.stringify([platform, userId]);

export function ledgerState({ state, logId, contactId }: CallLogRecord): LedgerState {
  return logId === undefined ? { state, contactId } : { state, logId, contactId };
}

export function cachedAccount(platform: string, userId: string): Map<string, LedgerState> | undefined {
  return accounts.get(accountOf(platform, userId));
}

/** Fills an account from a full read, unless a write happened while it was read. */
export async function loadAccount(platform: string, userId: string, readAll: () => Promise<CallLogRecord[]>): Promise<Map<string, LedgerState>> {
  const before = writes;
  const states = new Map((await readAll()).map((record) => [record.sessionId, ledgerState(record)]));
  if (writes === before) accounts.set(accountOf(platform, userId), states);
  return states;
}

export function noteWritten(record: CallLogRecord): void {
  writes += 1;
  accounts.get(accountOf(record.platform, record.userId))?.set(record.sessionId, ledgerState(record));
}

export function noteDeleted(key: SessionKey): void {
  writes += 1;
  accounts.get(accountOf(key.platform, key.userId))?.delete(key.sessionId);
}

export function clearLedgerCache(): void {
  writes += 1;
  accounts.clear();
}
