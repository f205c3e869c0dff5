/**
 * Sends a create that waits in the outbox: a repeated "Log call", "Retry now", or the outbox's own
 * run. A create whose last attempt may have reached the CRM is looked up first and adopted when
 * found; one that cannot be looked up goes to a person (needsReview) instead of being re-sent.
 * The caller holds the session lock.
 */
import type { CreateCallLogBody } from '../protocol/schemas/call-log';
import { success } from '../protocol/return-message';
import { getCallLogRecord, isLogIdMapped } from '../storage/call-log-store';
import type { CallLogRecord, SessionKey } from '../storage/call-log-record';
import type { OutboxItem } from '../storage/outbox-record';
import { beginQueuedCreate, markLogged, markNeedsReview, queueCreate } from '../storage/outbox-store';
import { attemptCreate, type AttemptOptions } from './attempt-create';
import type { CrmSession } from './crm-session';
import { existingAnswer, loggedAnswer, queuedAnswer } from './outbox/answers';
import { type CreateCallLogAnswer } from '../protocol/api-answers';
import { describeFailure, retryAfterOf, outboxBackoff, settleDelay } from './outbox/retry-policy';
import { wakeOutbox } from './outbox/wake-outbox';
import { callSubject } from '../protocol/call-subject';

export async function sendQueuedCreate(session: CrmSession, item: OutboxItem, options?: AttemptOptions): Promise<CreateCallLogAnswer> {
  const key: SessionKey = item;
  const body = item.body as CreateCallLogBody;
  if (item.reconcile) {
    const found = await lookUp(session, item, body);
    if (found.answer) return found.answer;
  }
  await beginQueuedCreate(key, item);
  return attemptCreate(session, key, body, item.attempt + 1, options);
}

async function lookUp(session: CrmSession, item: OutboxItem, body: CreateCallLogBody): Promise<{ answer?: CreateCallLogAnswer }> {
  const { connector, user, authHeader } = session;
  if (!connector.findCallLogBySession) {
    return { answer: existingAnswer(await markNeedsReview(item)) };
  }
  try {
    const record = await getCallLogRecord(item);
    const { logId, incomplete } = await connector.findCallLogBySession({
      user,
      authHeader,
      sessionId: item.sessionId,
      contactId: body.contactId,
      callLog: body.logInfo,
      // The subject the create sent, so the connector can recognise the record it left.
      subject: record?.subject ?? callSubject(body.logInfo, body.contactName),
      attemptedAt: record?.createdAt ?? item.createdAt,
      isLogIdMapped: (logId) => isLogIdMapped(user.platform, user.id, logId),
    });
    if (incomplete && !logId) return { answer: existingAnswer(await markNeedsReview(item)) };
    if (!logId) return {};
    await markLogged(item, logId);
    return { answer: loggedAnswer(logId, success('Call logged: found in the CRM after its answer was lost.')) };
  } catch (failure) {
    const next = await queueCreate(item, body, {
      attempt: item.attempt,
      reconcile: true,
      state: 'pending',
      nextAttemptAt: Date.now() + outboxBackoff(item.attempt + 1, retryAfterOf(failure)),
      lastError: describeFailure(failure),
    });
    wakeOutbox(next.nextAttemptAt);
    return { answer: queuedAnswer(next) };
  }
}

/**
 * A session still `logging` while its lock is free was left by a create that never finished (the
 * worker stopped): it is queued to be looked up once the CRM cannot still be working on it.
 */
export async function requeueUnfinished(session: CrmSession, record: CallLogRecord): Promise<OutboxItem> {
  const intent = record.intent;
  const item = await queueCreate(record, intent?.payload, {
    attempt: intent?.attempt ?? 1,
    reconcile: true,
    state: 'pending',
    nextAttemptAt: (intent?.at ?? record.updatedAt) + (await settleDelay(session.connector)),
    lastError: { message: 'The extension stopped before the CRM confirmed the log.' },
  });
  wakeOutbox(item.nextAttemptAt);
  return item;
}
