/**
 * A revoked CRM session pauses that account's outbox: nothing is sent until the user connects
 * again, instead of every queued change failing one by one. Connecting again resumes it. Both
 * run outside any session's lock, so each item is read again in the transaction that changes it
 * (src/storage/update-outbox-items.ts).
 */
import { updateOutboxItems } from '../../storage/update-outbox-items';

export async function pauseAccount(platform: string, userId: string): Promise<void> {
  await updateOutboxItems({ platform, userId }, (item) =>
    item.state === 'pending'
      ? {
          ...item,
          state: 'paused',
          lastError: { message: 'The CRM no longer accepts the connection.', hint: 'Open Options and connect the CRM again.' },
        }
      : undefined,
  );
}

/**
 * Returns the number of changes that are due again. A create whose answer was lost is still not
 * looked up before its settle delay has passed (the CRM may still be working on it).
 */
export async function resumeAccount(platform: string, userId: string): Promise<number> {
  const now = Date.now();
  const resumed = await updateOutboxItems({ platform, userId }, (item) =>
    item.state === 'paused' ? { ...item, state: 'pending', nextAttemptAt: item.reconcile ? Math.max(now, item.lookUpFrom ?? now) : now } : undefined,
  );
  return resumed.length;
}
