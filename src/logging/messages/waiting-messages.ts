/**
 * The message ledger's own outbox as a person sees it: the conversation-days whose messages wait
 * to be sent again (a CRM that said "later", a lost answer, a stopped worker), with the CRM's last
 * answer; "Retry now" sends them under the conversation's lock at once; "Discard" gives them up
 * (a day never created is then not logged; an append leaves the record as it is).
 */
import { isCrmError } from '../../http/crm-error';
import type { MessageLogActionAnswer, WaitingMessageLog } from '../../protocol/message-answers';
import { messageKind } from '../../protocol/message-kind';
import type { MessageRecord } from '../../protocol/message-record';
import { error, success, warning } from '../../protocol/return-message';
import type { MessageLogKey } from '../../storage/message-log-record';
import { changeMessageLog, getMessageLogRecord, pendingMessageLogs } from '../../storage/message-log-store';
import type { CrmSession } from '../crm-session';
import { withMessageLock } from './message-lock';
import { sendPending } from './send-messages';

export async function listWaitingMessages(session: CrmSession): Promise<WaitingMessageLog[]> {
  const { platform, id: userId } = session.user;
  const records = (await pendingMessageLogs()).filter((r) => r.platform === platform && r.userId === userId);
  return records.map((r) => {
    const pending = r.pending!;
    const messages = pending.messages as MessageRecord[];
    return {
      conversationLogId: r.conversationLogId,
      contactId: r.contactId,
      ...(r.contactName ? { contactName: r.contactName } : {}),
      operation: pending.operation,
      kind: messages[0] ? messageKind(messages[0]) : 'SMS',
      messageCount: messages.length,
      ...(messages[0] ? { firstMessageTime: messages[0].creationTime } : {}),
      attempt: pending.attempt,
      nextAttemptAt: pending.nextAttemptAt,
      reconcile: pending.reconcile,
      ...(pending.lastError ? { lastError: pending.lastError } : {}),
    };
  });
}

const gone = (): MessageLogActionAnswer => ({ successful: false, returnMessage: warning('Nothing waits for this conversation any more.', 3000) });

export async function retryWaitingMessages(session: CrmSession, key: MessageLogKey): Promise<MessageLogActionAnswer> {
  return withMessageLock(key, async () => {
    const record = await getMessageLogRecord(key);
    if (!record?.pending) return gone();
    try {
      const { answer } = await sendPending(session, record, { fresh: false });
      return { successful: answer.successful, returnMessage: answer.returnMessage };
    } catch (failure) {
      if (!isCrmError(failure)) throw failure;
      // Refused for good: sendPending gave the messages up, so they can be logged again with other details.
      return { successful: false, returnMessage: error(`${failure.message} The messages are not logged; log the conversation again to retry.`) };
    }
  });
}

export async function discardWaitingMessages(key: MessageLogKey): Promise<MessageLogActionAnswer> {
  return withMessageLock(key, async () => {
    const record = await getMessageLogRecord(key);
    if (!record?.pending) return gone();
    const count = record.pending.messages.length;
    // Never created: forget the day, so a later log starts afresh. Created: keep what it holds.
    await changeMessageLog(key, (r) => (r.logId ? { ...r, pending: undefined, updatedAt: Date.now() } : undefined));
    const what = `${count} message${count === 1 ? '' : 's'}`;
    return { successful: true, returnMessage: success(`Discarded: ${what} not logged.`, 4000) };
  });
}
