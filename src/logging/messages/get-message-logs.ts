/** GET /messageLog: which conversation-days are logged, for which contact, from the ledger alone. */
import type { GetMessageLogsAnswer, MessageLogEntry } from '../../protocol/message-answers';
import type { MessageLogRecord } from '../../storage/message-log-record';
import { messageLogsOf } from '../../storage/message-log-store';
import type { CrmSession } from '../crm-session';

export async function getMessageLogs(session: CrmSession, conversationLogIds: readonly string[]): Promise<GetMessageLogsAnswer> {
  const { connector, user } = session;
  const records = await messageLogsOf(user.platform, user.id, conversationLogIds);
  return { successful: true, logs: records.map((r) => toEntry(r, (logId) => connector.logUrl?.(user, logId) ?? undefined)) };
}

export function toEntry(record: MessageLogRecord, urlOf: (logId: string) => string | undefined = () => undefined): MessageLogEntry {
  const logUrl = record.logId ? urlOf(record.logId) : undefined;
  return {
    conversationLogId: record.conversationLogId,
    contactId: record.contactId,
    ...(record.contactName ? { contactName: record.contactName } : {}),
    ...(record.logId ? { logId: record.logId } : {}),
    ...(logUrl ? { logUrl } : {}),
    messageIds: record.messageIds,
    state: record.pending ? 'pending' : 'logged',
  };
}
