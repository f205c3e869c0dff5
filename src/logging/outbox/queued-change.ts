/** Sends an update or a disposition that waits in the outbox. The caller holds the session lock. */
import { getCallLogRecord } from '../../storage/call-log-store';
import type { OutboxItem } from '../../storage/outbox-record';
import { deleteOutboxItem, putOutboxItem, sessionOutboxItems } from '../../storage/outbox-store';
import { updateOutboxItems } from '../../storage/update-outbox-items';
import { applyDisposition } from '../call-disposition';
import type { CrmSession } from '../crm-session';
import type { LoggedRecord } from '../logged-change';
import { applyUpdate } from '../update-call-log';
import { pauseAccount } from './pause-account';
import { describeFailure, failureKind, needsReconnect, retryAfterOf, outboxBackoff } from './retry-policy';

export async function sendQueuedChange(session: CrmSession, item: OutboxItem): Promise<void> {
  const record = await getCallLogRecord(item);
  if (record?.state !== 'logged' || !record.logId) {
    const createWaits = (await sessionOutboxItems(item)).some((other) => other.operation === 'create' && other.state !== 'failed');
    if (!createWaits)
      await putOutboxItem({ ...item, state: 'failed', lastError: { message: 'The call is not logged, so this change could not be applied.' } });
    return;
  }
  const apply = item.operation === 'update' ? applyUpdate : applyDisposition;
  try {
    const answer = await apply(session, record as LoggedRecord, item.body as never);
    if (answer.successful) await deleteOutboxItem(item.id!);
    else await putOutboxItem({ ...item, attempt: item.attempt + 1, state: 'failed', lastError: { message: answer.returnMessage.message } });
  } catch (failure) {
    const kind = failureKind(failure);
    const lastError = describeFailure(failure);
    const attempt = item.attempt + 1;
    if (needsReconnect(failure)) await pauseAccount(item.platform, item.userId);
    else if (kind === 'permanent') await putOutboxItem({ ...item, attempt, state: 'failed', lastError });
    else await retryLater(item.id!, { attempt, lastError, nextAttemptAt: Date.now() + outboxBackoff(attempt, retryAfterOf(failure)) });
  }
}

/**
 * Reschedules the item as it is now, not as it was read: the account may have been paused while
 * this attempt was at the CRM (another request found the sign-in revoked), and a paused item keeps
 * its state and its reason to connect again.
 */
async function retryLater(id: number, next: Pick<OutboxItem, 'attempt' | 'lastError' | 'nextAttemptAt'>): Promise<void> {
  await updateOutboxItems({ id }, (current) => ({ ...current, ...next, ...(current.state === 'paused' ? { lastError: current.lastError } : {}) }));
}
