/**
 * POST /callLog: one CRM record per call session, ever. Under the session lock the ledger is
 * read; a free session is claimed (with the intent to create) in one transaction before the CRM
 * is called. Concurrent requests wait for the lock and then find the session logged; none of them
 * calls the CRM a second time. A create that cannot finish now waits in the outbox, and a second
 * POST for it adds nothing (it only tries again when the retry is due). The answer always comes
 * within the 15 s a caller waits; slower work goes on in the background.
 */
import type { CreateCallLogBody } from '../protocol/schemas/call-log';
import { claimSession } from '../storage/call-log-store';
import type { CallLogRecord, SessionKey } from '../storage/call-log-record';
import { sessionOutboxItems } from '../storage/outbox-store';
import { attemptCreate, prepareCreate } from './attempt-create';
import type { CrmSession } from './crm-session';
import { existingAnswer, queuedAnswer, stillWorkingAnswer } from './outbox/answers';
import { type CreateCallLogAnswer } from '../protocol/api-answers';
import { requeueUnfinished, sendQueuedCreate } from './queued-create';
import { withSessionLock } from './session-lock';
import { callSubject } from '../protocol/call-subject';
import { markStage } from '../protocol/stage-marks';

/** RingCentral's embeddable gives up after 15 s; answer before that. */
export const ANSWER_DEADLINE_MS = 12_000;

export function createCallLog(session: CrmSession, body: CreateCallLogBody, deadlineMs = ANSWER_DEADLINE_MS): Promise<CreateCallLogAnswer> {
  const key: SessionKey = { platform: session.user.platform, userId: session.user.id, sessionId: body.logInfo.sessionId };
  const work = withSessionLock(key, () => createUnderLock(session, key, body));
  return answerWithin(work, deadlineMs, stillWorkingAnswer);
}

async function createUnderLock(session: CrmSession, key: SessionKey, body: CreateCallLogBody): Promise<CreateCallLogAnswer> {
  markStage('locked');
  const subject = callSubject(body.logInfo, body.contactName);
  // The claim's transaction is opened now; the body is composed while its strict commit reaches the
  // disk, and the CRM is called only once the claim is durable (attemptCreate awaits both).
  const claiming = claimSession(createClaim(key, body, subject, Date.now()));
  const input = prepareCreate(session, body, subject);
  input.catch(() => undefined); // a failure is answered by attemptCreate, or moot if not claimed
  const claim = await claiming;
  markStage('claimed');
  if (claim.claimed) return attemptCreate(session, key, body, 1, { whenRefused: 'release', claimed: claim.record, input });

  const record = claim.record;
  if (record.state === 'logged' || record.state === 'needsReview') return existingAnswer(record);
  // Holding the lock, a session still 'logging' was left by a create that never finished.
  const item =
    record.state === 'logging'
      ? await requeueUnfinished(session, record)
      : (await sessionOutboxItems(key)).find((queued) => queued.operation === 'create');
  // Logging a call again whose create was refused sends this request instead (e.g. another contact).
  if (item?.state === 'failed') return sendQueuedCreate(session, { ...item, body, reconcile: false });
  if (item?.state === 'pending' && item.nextAttemptAt <= Date.now()) return sendQueuedCreate(session, item);
  return queuedAnswer(item);
}

/** The ledger record that claims a session for a create, with the intent to create in it. */
export function createClaim(key: SessionKey, body: CreateCallLogBody, subject: string, now: number): CallLogRecord {
  return {
    ...key,
    state: 'logging',
    contactId: body.contactId,
    contactType: body.contactType,
    contactName: body.contactName,
    subject,
    createdAt: now,
    updatedAt: now,
    intent: { operation: 'create', payload: body, attempt: 1, at: now },
  };
}

/** The work's answer if it comes in time, else `late()`; the work goes on either way. */
export function answerWithin<T>(work: Promise<T>, deadlineMs: number, late: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(late()), deadlineMs);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
