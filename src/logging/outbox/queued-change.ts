/** Sends an update or a disposition that waits in the outbox. The caller holds the session lock. */
import { getCallLogRecord } from '../../storage/call-log-store';
import type { OutboxItem } from '../../storage/outbox-record';
import { deleteOutboxItem, putOutboxItem, sessionOutboxItems } from '../../storage/outbox-store';
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
    else await putOutboxItem({ ...item, attempt, lastError, nextAttemptAt: Date.now() + outboxBackoff(attempt, retryAfterOf(failure)) });
  }
}
