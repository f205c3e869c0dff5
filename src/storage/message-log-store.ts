/**
 * The message ledger. A conversation-day is claimed for a contact in one readwrite transaction,
 * as a call session is (call-log-store.ts), and every later change of it is one transaction too,
 * so `messageIds` and `pending` never disagree whatever instant the worker is stopped at.
 */
import { loggerDb } from './db';
import { messageLogKeyOf, type MessageLogKey, type MessageLogRecord } from './message-log-record';

export async function getMessageLogRecord(key: MessageLogKey): Promise<MessageLogRecord | undefined> {
  return (await loggerDb()).get('messageLogs', messageLogKeyOf(key));
}

/** The stored record, or `fresh` stored now if there was none. */
export async function claimMessageLog(fresh: MessageLogRecord): Promise<MessageLogRecord> {
  const tx = (await loggerDb()).transaction('messageLogs', 'readwrite');
  const existing = await tx.store.get(messageLogKeyOf(fresh));
  if (!existing) await tx.store.add(fresh);
  await tx.done;
  return existing ?? fresh;
}

/** Applies `change` to the stored record (undefined deletes it); answers what is stored now. */
export async function changeMessageLog(
  key: MessageLogKey,
  change: (record: MessageLogRecord) => MessageLogRecord | undefined,
): Promise<MessageLogRecord | undefined> {
  const tx = (await loggerDb()).transaction('messageLogs', 'readwrite');
  const current = await tx.store.get(messageLogKeyOf(key));
  const next = current && change(current);
  if (next) await tx.store.put(next);
  else if (current) await tx.store.delete(messageLogKeyOf(key));
  await tx.done;
  return next;
}

/** Every contact's record of these conversation-days, in the order asked. */
export async function messageLogsOf(platform: string, userId: string, conversationLogIds: readonly string[]): Promise<MessageLogRecord[]> {
  const tx = (await loggerDb()).transaction('messageLogs');
  const index = tx.store.index('byConversation');
  const found = await Promise.all(conversationLogIds.map((id) => index.getAll(IDBKeyRange.only([platform, userId, id]))));
  await tx.done;
  return found.flat();
}

/** Records with messages waiting to be sent, of every account. */
export async function pendingMessageLogs(): Promise<MessageLogRecord[]> {
  return (await loggerDb()).getAllFromIndex('messageLogs', 'byPending');
}
