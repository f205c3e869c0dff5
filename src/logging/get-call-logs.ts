/**
 * GET /callLog: the state of any number of sessions, read from IndexedDB in one transaction.
 * The CRM is asked only for details (`requireDetails`), a few logs at a time.
 */
import { success, type ReturnMessage } from '../protocol/return-message';
import type { CallLogInfo } from '../protocol/crm-shapes';
import { getLedgerStates } from '../storage/call-log-store';
import type { CallLogState } from '../storage/call-log-record';
import { readAgentNote } from './compose/compose-log-body';
import type { CrmSession } from './crm-session';
import type { CallLogEntry, GetCallLogsAnswer } from '../protocol/api-answers';
import { inBatches } from '../http/in-batches';

const DETAILS_AT_ONCE = 4;

export async function getCallLogs(session: CrmSession, sessionIds: readonly string[], requireDetails: boolean): Promise<GetCallLogsAnswer> {
  const { platform, id: userId } = session.user;
  const records = await getLedgerStates(platform, userId, sessionIds);
  const logs = sessionIds.map((sessionId, i): CallLogEntry => {
    const record = records[i];
    if (record?.state === 'logged' && record.logId) {
      const logUrl = session.connector.logUrl?.(session.user, record.logId);
      return logUrl ? { sessionId, matched: true, logId: record.logId, logUrl } : { sessionId, matched: true, logId: record.logId };
    }
    return record ? { sessionId, matched: false, state: record.state as Exclude<CallLogState, 'logged'> } : { sessionId, matched: false };
  });
  if (!requireDetails) return { successful: true, logs, returnMessage: null };

  // One CRM request per record, however often its session is listed.
  const byLogId = new Map<string, { contactId: string; entries: Extract<CallLogEntry, { matched: true }>[] }>();
  logs.forEach((log, i) => {
    if (!log.matched) return;
    const group = byLogId.get(log.logId) ?? { contactId: records[i]!.contactId, entries: [] };
    group.entries.push(log);
    byLogId.set(log.logId, group);
  });
  await inBatches([...byLogId], DETAILS_AT_ONCE, async ([logId, { contactId, entries }]) => {
    const { callLogInfo } = await session.connector.getCallLog({ user: session.user, authHeader: session.authHeader, callLogId: logId, contactId });
    if (!callLogInfo) return;
    const logData = { ...callLogInfo, note: readAgentNote(session.connector.logFormat, callLogInfo.fullBody) };
    for (const entry of entries) entry.logData = logData;
  });
  return { successful: true, logs, returnMessage: success('Call log fetched.', 3000) };
}
