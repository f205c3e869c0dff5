/**
 * The outbox and the ledger change together: every function here that touches both does it in
 * one transaction over `callLogs` and `outbox`, so a worker stopped at any instant leaves them
 * consistent (a session is `queued` exactly when its create waits in the outbox).
 */
import { keyOf, type CallLogRecord, type SessionKey } from './call-log-record';
import { loggerDb, STRICT, writeLedgerAndOutbox as bothStores } from './db';
import { noteDeleted, noteWritten } from './ledger-cache';
import type { OutboxItem, OutboxOperation } from './outbox-record';

const bySession = (key: SessionKey) => IDBKeyRange.only(keyOf(key));

/**
 * The create landed: the session is logged and its queued create is done. `adopt`: the record
 * was found in the CRM rather than created by this session's answer, so it is taken only if no
 * other session of the account maps to it — checked in the same transaction, so two lookups at
 * once cannot adopt one record (docs/reliability.md, "Exactly once"). Returns whether it was taken.
 */
export async function markLogged(key: SessionKey, logId: string, { adopt = false } = {}): Promise<boolean> {
  const { tx, callLogs, outbox } = await bothStores();
  if (adopt) {
    const owners = await callLogs.index('byState').getAll(IDBKeyRange.only([key.platform, key.userId, 'logged']));
    if (owners.some((other) => other.logId === logId && other.sessionId !== key.sessionId)) {
      await tx.done;
      return false;
    }
  }
  const record = await callLogs.get(keyOf(key));
  const logged: CallLogRecord | undefined = record && { ...record, state: 'logged', logId, intent: undefined, updatedAt: Date.now() };
  if (logged) await callLogs.put(logged);
  for (const item of await outbox.index('bySession').getAll(bySession(key))) {
    if (item.operation === 'create') await outbox.delete(item.id!);
  }
  await tx.done;
  if (logged) noteWritten(logged);
  return true;
}

/**
 * The create certainly did not happen and will not be retried: the session is free again. Its
 * queued updates can no longer land; they stay visible as failed, with why.
 */
export async function releaseSession(key: SessionKey): Promise<void> {
  const { tx, callLogs, outbox } = await bothStores();
  const record = await callLogs.get(keyOf(key));
  const released = record !== undefined && record.state !== 'logged';
  if (released) await callLogs.delete(keyOf(key));
  for (const item of await outbox.index('bySession').getAll(bySession(key))) {
    if (item.operation === 'create') await outbox.delete(item.id!);
    else await outbox.put({ ...item, state: 'failed', lastError: { message: 'The call was not logged, so this change could not be applied.' } });
  }
  await tx.done;
  if (released) noteDeleted(key);
}

/** The outcome of a create cannot be known: a person checks the CRM. Never re-sent automatically. */
export async function markNeedsReview(key: SessionKey): Promise<CallLogRecord> {
  const { tx, callLogs, outbox } = await bothStores();
  const record = await callLogs.get(keyOf(key));
  const next = { ...(record as CallLogRecord), state: 'needsReview' as const, intent: undefined, updatedAt: Date.now() };
  if (record) await callLogs.put(next);
  for (const item of await outbox.index('bySession').getAll(bySession(key))) {
    if (item.operation === 'create') await outbox.delete(item.id!);
  }
  await tx.done;
  if (record) noteWritten(next);
  return next;
}

/**
 * Puts the session's create in the outbox (or updates the one there) and marks the session queued.
 * An item paused meanwhile is not made pending again: only a reconnect resumes it.
 */
export async function queueCreate(
  key: SessionKey,
  body: unknown,
  next: Pick<OutboxItem, 'attempt' | 'nextAttemptAt' | 'state' | 'lastError' | 'reconcile' | 'lookUpFrom' | 'lookUpFailures'>,
): Promise<OutboxItem> {
  const { tx, callLogs, outbox } = await bothStores();
  const record = await callLogs.get(keyOf(key));
  const queued: CallLogRecord | undefined = record && { ...record, state: 'queued', intent: undefined, updatedAt: Date.now() };
  if (queued) await callLogs.put(queued);
  const existing = (await outbox.index('bySession').getAll(bySession(key))).find((item) => item.operation === 'create');
  // Paused while this attempt was out (the account must be connected again): a retry planned by
  // it stays paused, with why, instead of going out again with a refused credential.
  const stillPaused = existing?.state === 'paused' && next.state === 'pending';
  // The body is the one last sent: a lookup must match what the CRM may have received.
  const item: OutboxItem = {
    ...(existing ?? { ...key, operation: 'create', createdAt: Date.now() }),
    body: body ?? existing?.body,
    ...next,
    ...(stillPaused ? { state: 'paused', lastError: existing.lastError } : {}),
  };
  item.id = await outbox.put(item);
  await tx.done;
  if (queued) noteWritten(queued);
  return item;
}

/**
 * About to send a queued create again: the ledger says `logging` with the intent, exactly as for
 * a first attempt, so a worker stopped now is found and reconciled at the next start. A create
 * the ledger already marks logged (or waiting for a person) is never sent: the item is a stale
 * copy written back by someone outside the session lock, and is dropped here.
 */
export async function beginQueuedCreate(key: SessionKey, item: OutboxItem): Promise<{ begun: boolean; record?: CallLogRecord }> {
  const { tx, callLogs, outbox } = await bothStores();
  const record = await callLogs.get(keyOf(key));
  if (record?.state === 'logged' || record?.state === 'needsReview') {
    for (const stale of await outbox.index('bySession').getAll(bySession(key))) {
      if (stale.operation === 'create') await outbox.delete(stale.id!);
    }
    await tx.done;
    return { begun: false, record };
  }
  if (!record) {
    await tx.done;
    return { begun: true };
  }
  const now = Date.now();
  const next: CallLogRecord = {
    ...record,
    state: 'logging',
    updatedAt: now,
    intent: { operation: 'create', payload: item.body, attempt: item.attempt + 1, at: now },
  };
  await callLogs.put(next);
  await tx.done;
  noteWritten(next);
  return { begun: true, record: next };
}

/** Adds an update or a disposition to the outbox, after everything already queued for the session. */
export async function queueChange(
  key: SessionKey,
  operation: Exclude<OutboxOperation, 'create'>,
  body: unknown,
  nextAttemptAt: number,
  lastError?: OutboxItem['lastError'],
): Promise<OutboxItem> {
  const item: OutboxItem = {
    ...key,
    operation,
    body,
    state: 'pending',
    attempt: 0,
    nextAttemptAt,
    createdAt: Date.now(),
    ...(lastError ? { lastError } : {}),
  };
  const tx = (await loggerDb()).transaction('outbox', 'readwrite', STRICT);
  item.id = await tx.store.add(item);
  await tx.done;
  return item;
}

export async function getOutboxItem(id: number): Promise<OutboxItem | undefined> {
  return (await loggerDb()).get('outbox', id);
}

export async function putOutboxItem(item: OutboxItem): Promise<void> {
  const tx = (await loggerDb()).transaction('outbox', 'readwrite', STRICT);
  await Promise.all([tx.store.put(item), tx.done]);
}

export async function deleteOutboxItem(id: number): Promise<void> {
  const tx = (await loggerDb()).transaction('outbox', 'readwrite', STRICT);
  await Promise.all([tx.store.delete(id), tx.done]);
}

/** Every item, oldest first. The outbox holds what is waiting, so it stays small. */
export async function allOutboxItems(): Promise<OutboxItem[]> {
  return (await loggerDb()).getAll('outbox');
}

export async function sessionOutboxItems(key: SessionKey): Promise<OutboxItem[]> {
  return (await loggerDb()).getAllFromIndex('outbox', 'bySession', bySession(key));
}

export async function accountOutboxItems(platform: string, userId: string): Promise<OutboxItem[]> {
  return (await loggerDb()).getAllFromIndex('outbox', 'byAccount', IDBKeyRange.only([platform, userId]));
}

/** Sessions left `logging`, of every account: creates that were in flight when a worker stopped. */
export async function unfinishedCreates(): Promise<CallLogRecord[]> {
  return (await loggerDb()).getAllFromIndex('callLogs', 'state', 'logging');
}
