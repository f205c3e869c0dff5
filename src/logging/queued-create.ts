/**
 * Sends a create that waits in the outbox: a repeated "Log call", "Retry now", or the outbox's own
 * run. A create whose last attempt may have reached the CRM is looked up first — never before the
 * settle delay after that attempt has passed, whoever asks — and adopted when found; one that
 * cannot be looked up goes to a person (needsReview) instead of being re-sent. The caller holds
 * the session lock.
 */
import type { CreateCallLogBody } from '../protocol/schemas/call-log';
import { success } from '../protocol/return-message';
import { getCallLogRecord } from '../storage/call-log-store';
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
import { sessionMarker } from './session-marker';

/** Lookups that fail in a row (about 20 min with the backoff) before a person is asked instead. */
export const MAX_LOOKUP_FAILURES = 8;

export async function sendQueuedCreate(session: CrmSession, item: OutboxItem, options?: AttemptOptions): Promise<CreateCallLogAnswer> {
  const key: SessionKey = item;
  const body = item.body as CreateCallLogBody;
  if (item.reconcile) {
    if (item.lookUpFrom !== undefined && item.lookUpFrom > Date.now()) return waitToSettle(item, body);
    const found = await lookUp(session, item, body);
    if (found.answer) return found.answer;
  }
  const begun = await beginQueuedCreate(key, item);
  if (!begun.begun) return existingAnswer(begun.record!);
  return attemptCreate(session, key, body, item.attempt + 1, options);
}

/** The CRM may still be working on the lost attempt: the check keeps its time (the answer says when). */
async function waitToSettle(item: OutboxItem, body: CreateCallLogBody): Promise<CreateCallLogAnswer> {
  const next = await queueCreate(item, body, {
    attempt: item.attempt,
    reconcile: true,
    state: 'pending',
    nextAttemptAt: item.lookUpFrom!,
    lastError: item.lastError,
  });
  wakeOutbox(next.nextAttemptAt);
  return queuedAnswer(next);
}

async function lookUp(session: CrmSession, item: OutboxItem, body: CreateCallLogBody): Promise<{ answer?: CreateCallLogAnswer }> {
  const { connector, user, authHeader } = session;
  if (!connector.findCallLogBySession) {
    return { answer: existingAnswer(await markNeedsReview(item)) };
  }
  try {
    const record = await getCallLogRecord(item);
    // Match what was sent: the intent's own request when the ledger still has it.
    const sent = (record?.intent?.payload as CreateCallLogBody | undefined) ?? body;
    const { logId, incomplete } = await connector.findCallLogBySession({
      user,
      authHeader,
      sessionId: item.sessionId,
      sessionMarker: sessionMarker(connector.logFormat, item.sessionId),
      contactId: sent.contactId,
      callLog: sent.logInfo,
      // The subject the create sent, so the connector can recognise the record it left.
      subject: record?.subject ?? callSubject(sent.logInfo, sent.contactName),
      attemptedAt: record?.createdAt ?? item.createdAt,
    });
    if (incomplete && !logId) return { answer: existingAnswer(await markNeedsReview(item)) };
    if (!logId) return {};
    // Adopted only if no other session maps to it, in the same transaction; else a person decides.
    if (!(await markLogged(item, logId, { adopt: true }))) return { answer: existingAnswer(await markNeedsReview(item)) };
    return { answer: loggedAnswer(logId, success('Call logged: found in the CRM after its answer was lost.')) };
  } catch (failure) {
    const failures = (item.lookUpFailures ?? 0) + 1;
    if (failures >= MAX_LOOKUP_FAILURES) return { answer: existingAnswer(await markNeedsReview(item)) };
    const next = await queueCreate(item, body, {
      attempt: item.attempt,
      reconcile: true,
      lookUpFailures: failures,
      state: 'pending',
      nextAttemptAt: Date.now() + outboxBackoff(failures, retryAfterOf(failure)),
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
  const lookUpFrom = (intent?.at ?? record.updatedAt) + (await settleDelay(session.connector));
  const item = await queueCreate(record, intent?.payload, {
    attempt: intent?.attempt ?? 1,
    reconcile: true,
    lookUpFrom,
    lookUpFailures: 0,
    state: 'pending',
    nextAttemptAt: lookUpFrom,
    lastError: { message: 'The extension stopped before the CRM confirmed the log.' },
  });
  wakeOutbox(item.nextAttemptAt);
  return item;
}
