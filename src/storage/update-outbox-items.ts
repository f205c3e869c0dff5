/**
 * Outbox changes made outside a session's lock (docs/reliability.md, "The outbox"): pausing or
 * resuming an account, a drain that finds no session. Each reads the items again inside its own
 * transaction, so it never writes back a stale copy.
 */
import { loggerDb, STRICT } from './db';
import type { OutboxItem } from './outbox-record';

/**
 * Changes outbox items in one transaction that reads them again first, so a change made outside
 * a session's lock (pause, resume, a drain without a session) cannot write back a stale copy of
 * an item that was sent, discarded or rescheduled meanwhile. `change` returns the new item, or
 * undefined to leave it as it is. Returns the items written.
 */
export async function updateOutboxItems(
  which: { id: number } | { platform: string; userId: string },
  change: (item: OutboxItem) => OutboxItem | undefined,
): Promise<OutboxItem[]> {
  const tx = (await loggerDb()).transaction('outbox', 'readwrite', STRICT);
  const items =
    'id' in which
      ? [await tx.store.get(which.id)].filter((item): item is OutboxItem => item !== undefined)
      : await tx.store.index('byAccount').getAll(IDBKeyRange.only([which.platform, which.userId]));
  const written: OutboxItem[] = [];
  for (const item of items) {
    const next = change(item);
    if (next) {
      await tx.store.put(next);
      written.push(next);
    }
  }
  await tx.done;
  return written;
}
