/**
 * Sends a conversation's pending messages: creates its CRM record, or reads the record and writes
 * it back with the messages it does not list yet. Reading first is what makes an append safe to
 * repeat after a lost answer or a stopped worker: a message already in the body is not added
 * again. A create whose answer was lost is looked up before it is sent again. The caller holds
 * the conversation's lock.
 */
import type { LogContact } from '../../connectors/types';
import { isCrmError } from '../../http/crm-error';
import type { MessageRecord } from '../../protocol/message-record';
import { messageKind } from '../../protocol/message-kind';
import type { MessageLogAnswer } from '../../protocol/message-answers';
import { error } from '../../protocol/return-message';
import type { MessageLogRecord } from '../../storage/message-log-record';
import { changeMessageLog } from '../../storage/message-log-store';
import { logBodySetting } from '../compose/log-body-setting';
import type { CrmSession } from '../crm-session';
import { describeFailure, failureKind, outboxBackoff, retryAfterOf, settleDelay } from '../outbox/retry-policy';
import { messagesLoggedAnswer, pendingAnswer } from './message-answers';
import { appendMessages, composeMessageLog, messageLogSubject, type Speakers } from './message-log-body';
import { wakeMessageOutbox } from './wake-message-outbox';

/** The parts of the request a later attempt needs again. */
export interface PendingRequest {
  contactName?: string;
  contactType?: string;
  additionalSubmission: Record<string, unknown>;
  correspondents: { phoneNumber?: string; name?: string }[];
}

export interface Sent {
  answer: MessageLogAnswer;
  /** What the ledger holds now; undefined when the conversation was released. */
  record?: MessageLogRecord;
}

/** `fresh`: the first attempt of this request, so nothing of it can be in the CRM yet. */
export async function sendPending(session: CrmSession, record: MessageLogRecord, { fresh }: { fresh: boolean }): Promise<Sent> {
  const { connector, user, authHeader } = session;
  const pending = record.pending!;
  const messages = pending.messages as MessageRecord[];
  const request = pending.request as PendingRequest;
  const offset = (await logBodySetting.get()).timezoneOffset ?? user.timezoneOffset;
  const speakers = speakersOf(user.name, request, messages[0]!);
  const contactInfo: LogContact = {
    id: record.contactId,
    type: request.contactType ?? '',
    phoneNumber: speakers.contactNumber ?? '',
    name: speakers.contactName,
  };
  const createArgs = {
    user,
    authHeader,
    contactInfo,
    conversationLogId: record.conversationLogId,
    subject: messageLogSubject(messages[0]!, speakers.contactName, offset),
    kind: messageKind(messages[0]!),
    firstMessageTime: messages[0]!.creationTime,
    additionalSubmission: request.additionalSubmission,
  };
  let lookedUp = false;
  try {
    let logId = record.logId;
    if (!logId && !fresh && pending.reconcile && connector.findMessageLog) {
      const found = await connector.findMessageLog({ ...createArgs, composedLogDetails: '', attemptedAt: record.createdAt });
      if (found.incomplete && !found.logId) throw new Error('The CRM could not be searched completely for the message log.');
      logId = found.logId ?? undefined;
      lookedUp = true;
    }
    let returnMessage = undefined;
    if (!logId) {
      const composedLogDetails = composeMessageLog(connector.logFormat, messages, speakers, othersOf(request, speakers), offset);
      const created = await connector.createMessageLog!({ ...createArgs, composedLogDetails });
      if (created.logId === null || created.logId === '') {
        await changeMessageLog(record, (r) => (r.logId ? { ...r, pending: undefined } : undefined));
        return {
          answer: {
            successful: false,
            logIds: [],
            returnMessage: created.returnMessage ?? error(`${connector.displayName} did not log the messages.`),
          },
        };
      }
      logId = String(created.logId);
      returnMessage = created.returnMessage;
    } else {
      const { callLogInfo } = await connector.getCallLog({ user, authHeader, callLogId: logId, contactId: record.contactId });
      if (!callLogInfo) throw new Error(`Could not read the message log from ${connector.displayName}.`);
      const next = appendMessages(connector.logFormat, callLogInfo.fullBody, messages, speakers, offset);
      if (next !== callLogInfo.fullBody)
        await connector.updateMessageLog!({ user, authHeader, logId, contactId: record.contactId, composedLogDetails: next });
    }
    const ids = messages.map((m) => m.id);
    const done = await changeMessageLog(record, (r) => ({
      ...r,
      logId,
      messageIds: [...r.messageIds, ...ids.filter((id) => !r.messageIds.includes(id))],
      pending: undefined,
      updatedAt: Date.now(),
    }));
    const answer = messagesLoggedAnswer(logId, ids);
    return { answer: returnMessage && ids.length === 1 ? { ...answer, returnMessage } : answer, record: done };
  } catch (failure) {
    return await reschedule(session, record, failure, { fresh, lookedUp });
  }
}

async function reschedule(
  session: CrmSession,
  record: MessageLogRecord,
  failure: unknown,
  tried: { fresh: boolean; lookedUp: boolean },
): Promise<Sent> {
  const kind = failureKind(failure);
  if (kind === 'permanent' || kind === 'revoked') {
    // Refused for good: these messages are not logged; the conversation can be logged again. A
    // record deleted in the CRM is forgotten too, so the next log starts a new one.
    const gone = isCrmError(failure) && failure.code === 'notFound';
    await changeMessageLog(record, (r) => (r.logId && !gone ? { ...r, pending: undefined, updatedAt: Date.now() } : undefined));
    throw failure;
  }
  const unknown = kind === 'unknownOutcome';
  const attempt = record.pending!.attempt + 1;
  const wait = unknown ? await settleDelay(session.connector) : outboxBackoff(attempt, retryAfterOf(failure));
  // A create that certainly did not happen needs no look-up; one that may have happened does.
  const reconcile = unknown || (!tried.fresh && !tried.lookedUp && record.pending!.reconcile);
  const next = await changeMessageLog(record, (r) =>
    r.pending
      ? {
          ...r,
          updatedAt: Date.now(),
          pending: { ...r.pending, attempt, nextAttemptAt: Date.now() + wait, reconcile, lastError: describeFailure(failure) },
        }
      : r,
  );
  if (next?.pending) wakeMessageOutbox(next.pending.nextAttemptAt);
  return { answer: next?.pending ? pendingAnswer(next, next.pending) : pendingAnswer(record, record.pending!), record: next };
}

function speakersOf(agent: string, request: PendingRequest, first: MessageRecord): Speakers {
  const people = request.correspondents;
  const named = people.find((p) => p.name && p.name === request.contactName);
  const single = people.length === 1 ? people[0] : undefined;
  const party = first.direction === 'Outbound' ? first.to?.[0] : first.from;
  const contactNumber = named?.phoneNumber ?? single?.phoneNumber ?? (people.length > 1 ? undefined : party?.phoneNumber);
  const contactName = request.contactName?.trim() || named?.name || contactNumber || 'Unknown';
  return { agent, contactName, contactNumber, group: people.length > 1 };
}

function othersOf(request: PendingRequest, speakers: Speakers): string[] {
  return request.correspondents
    .filter((p) => p.phoneNumber !== speakers.contactNumber && p.name !== speakers.contactName)
    .map((p) => (p.name ? `${p.name}${p.phoneNumber ? ` (${p.phoneNumber})` : ''}` : (p.phoneNumber ?? 'Unknown')));
}
