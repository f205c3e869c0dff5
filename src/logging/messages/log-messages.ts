/**
 * POST /messageLog: one CRM record per conversation-day and contact; later messages of that day
 * are appended to it; each message id is sent once, whatever is resent, raced or retried. Under
 * the conversation's lock the ledger is read (and the conversation claimed); messages an earlier
 * request left on their way are settled first; then only the messages not in the record yet are
 * written down as pending and sent (send-messages.ts).
 */
import type { MessageRecord } from '../../protocol/message-record';
import { oldestFirst } from '../../protocol/message-kind';
import type { MessageLogAnswer } from '../../protocol/message-answers';
import type { CreateMessageLogBody } from '../../protocol/schemas/message-log';
import type { MessageLogKey, MessageLogRecord } from '../../storage/message-log-record';
import { changeMessageLog, claimMessageLog } from '../../storage/message-log-store';
import { ANSWER_DEADLINE_MS, answerWithin } from '../create-call-log';
import type { CrmSession } from '../crm-session';
import { settleDelay } from '../outbox/retry-policy';
import { alreadyLoggedAnswer, cannotLogMessagesAnswer, noMessagesAnswer, pendingAnswer, stillSendingAnswer } from './message-answers';
import { withMessageLock } from './message-lock';
import { sendPending, type PendingRequest } from './send-messages';

export async function logMessages(session: CrmSession, body: CreateMessageLogBody, deadlineMs = ANSWER_DEADLINE_MS): Promise<MessageLogAnswer> {
  const messages = oldestFirst(body.logInfo.messages);
  if (messages.length === 0) return noMessagesAnswer();
  const { connector, user } = session;
  if (!connector.createMessageLog || !connector.updateMessageLog) return cannotLogMessagesAnswer(connector.displayName);
  const key: MessageLogKey = {
    platform: user.platform,
    userId: user.id,
    conversationLogId: body.logInfo.conversationLogId,
    contactId: body.contactId,
  };
  const work = withMessageLock(key, () => logUnderLock(session, key, body, messages));
  return answerWithin(work, deadlineMs, stillSendingAnswer);
}

async function logUnderLock(
  session: CrmSession,
  key: MessageLogKey,
  body: CreateMessageLogBody,
  messages: MessageRecord[],
): Promise<MessageLogAnswer> {
  const now = Date.now();
  const conversationId = body.logInfo.conversationId === undefined ? undefined : String(body.logInfo.conversationId);
  let record = await claimMessageLog({
    ...key,
    contactName: body.contactName,
    contactType: body.contactType,
    conversationId,
    messageIds: [],
    createdAt: now,
    updatedAt: now,
  });
  const request: PendingRequest = {
    contactName: body.contactName,
    contactType: body.contactType,
    additionalSubmission: body.additionalSubmission ?? {},
    correspondents: body.logInfo.correspondents ?? [],
  };
  if (record.pending) {
    const waiting = record.pending;
    if (waiting.nextAttemptAt > Date.now()) return pendingAnswer((await addToPending(key, messages)) ?? record, waiting);
    // Holding the lock, messages still pending were left by a request that did not finish.
    const settled = await sendPending(session, (await addToPending(key, messages)) ?? record, { fresh: false });
    if (!settled.record || settled.record.pending) return settled.answer;
    record = settled.record;
    // The messages of this request went out with those that waited: that is its answer.
    if (messages.every((m) => record.messageIds.includes(m.id))) return settled.answer;
  }
  const logged = new Set(record.messageIds);
  const fresh = messages.filter((m) => !logged.has(m.id));
  if (fresh.length === 0) return alreadyLoggedAnswer(record);
  const settleMs = await settleDelay(session.connector);
  const begun = await changeMessageLog(key, (r) => ({
    ...r,
    updatedAt: Date.now(),
    // Written before the CRM is called: a worker stopped now leaves it to be looked up once the
    // CRM cannot still be working on it, never sent again blindly.
    pending: {
      operation: r.logId ? 'append' : 'create',
      messages: fresh,
      request,
      attempt: 0,
      nextAttemptAt: Date.now() + settleMs,
      reconcile: true,
    },
  }));
  return (await sendPending(session, begun!, { fresh: true })).answer;
}

/** Messages of a new request join those already waiting, so they go out with them. */
function addToPending(key: MessageLogKey, messages: MessageRecord[]): Promise<MessageLogRecord | undefined> {
  return changeMessageLog(key, (r) => {
    if (!r.pending) return r;
    const known = new Set([...r.messageIds, ...(r.pending.messages as MessageRecord[]).map((m) => m.id)]);
    const more = messages.filter((m) => !known.has(m.id));
    if (more.length === 0) return r;
    return { ...r, updatedAt: Date.now(), pending: { ...r.pending, messages: oldestFirst([...(r.pending.messages as MessageRecord[]), ...more]) } };
  });
}
