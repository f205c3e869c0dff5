/**
 * A revoked CRM session pauses that account's outbox: nothing is sent until the user connects
 * again, instead of every queued change failing one by one. Connecting again resumes it.
 */
import { accountOutboxItems, putOutboxItem } from '../../storage/outbox-store';

export async function pauseAccount(platform: string, userId: string): Promise<void> {
  for (const item of await accountOutboxItems(platform, userId)) {
    if (item.state === 'pending') {
      await putOutboxItem({
        ...item,
        state: 'paused',
        lastError: { message: 'The CRM no longer accepts the connection.', hint: 'Open Options and connect the CRM again.' },
      });
    }
  }
}

/** Returns the number of changes that are due again. */
export async function resumeAccount(platform: string, userId: string): Promise<number> {
  let resumed = 0;
  for (const item of await accountOutboxItems(platform, userId)) {
    if (item.state === 'paused') {
      await putOutboxItem({ ...item, state: 'pending', nextAttemptAt: Date.now() });
      resumed += 1;
    }
  }
  return resumed;
}
