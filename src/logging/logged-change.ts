/**
 * Updates and dispositions change a call that is logged. They are applied at once when nothing
 * waits ahead of them, and queued — after the create and after earlier changes of the same call —
 * when the call is not logged yet or the CRM says "later". The caller holds the session lock.
 */
import { warning, type ReturnMessage } from '../protocol/return-message';
import { getCallLogRecord } from '../storage/call-log-store';
import type { CallLogRecord, SessionKey } from '../storage/call-log-record';
import type { OutboxItem, OutboxOperation } from '../storage/outbox-record';
import { queueChange, sessionOutboxItems } from '../storage/outbox-store';
import type { CrmSession } from './crm-session';
import { pauseAccount } from './outbox/pause-account';
import { describeFailure, failureKind, retryAfterOf, outboxBackoff } from './outbox/retry-policy';
import { wakeOutbox } from './outbox/wake-outbox';
import type { ChangeAnswer } from '../protocol/api-answers';

export type ChangeOperation = Exclude<OutboxOperation, 'create'>;
export type ApplyChange<A extends ChangeAnswer> = (session: CrmSession, record: LoggedRecord, body: any) => Promise<A>;
export type LoggedRecord = CallLogRecord & { logId: string };

export async function changeOrQueue<A extends ChangeAnswer>(
  session: CrmSession,
  key: SessionKey,
  operation: ChangeOperation,
  body: unknown,
  apply: ApplyChange<A>,
): Promise<A | ChangeAnswer> {
  const record = await getCallLogRecord(key);
  if (!record || record.state === 'needsReview') return notLogged(record);
  const waiting = (await sessionOutboxItems(key)).some((item) => item.state !== 'failed');
  if (record.state !== 'logged' || !record.logId || waiting) {
    return queuedChangeAnswer(await queueChange(key, operation, body, Date.now()));
  }
  try {
    return await apply(session, record as LoggedRecord, body);
  } catch (failure) {
    const kind = failureKind(failure);
    if (kind === 'permanent') throw failure;
    const item = await queueChange(key, operation, body, Date.now() + outboxBackoff(1, retryAfterOf(failure)), describeFailure(failure));
    if (kind === 'revoked') {
      await pauseAccount(key.platform, key.userId);
      throw failure;
    }
    wakeOutbox(item.nextAttemptAt);
    return queuedChangeAnswer(item);
  }
}

function queuedChangeAnswer(item: OutboxItem): ChangeAnswer {
  const why = item.lastError ? `${item.lastError.message} ` : 'The call is still being logged. ';
  return {
    successful: false,
    queued: true,
    returnMessage: warning(
      'Saved — the change will be applied shortly.',
      5000,
      `${why}It is sent automatically, in order, also after the browser restarts.`,
    ),
  };
}

export function notLogged(record: CallLogRecord | undefined): ChangeAnswer {
  if (record?.state === 'needsReview') {
    return {
      successful: false,
      returnMessage: warning('This call needs a review before it can be changed.', 8000, 'Check the CRM for this call first.'),
    };
  }
  return { successful: false, returnMessage: warning('This call has not been logged yet, so there is nothing to update. Log it first.') };
}
