/**
 * GET /callLog through an App Connect server. The server answers only the first five session
 * ids of a request and drops the rest without a word, so ids are sent five at a time and the
 * answers merged in the order asked. Sessions the ledger knows as logged are answered from
 * IndexedDB (the server is asked about them only for details); what the server reports as
 * logged is written to the ledger, which also settles creates whose outcome was unknown.
 */
import type { ApiResponse } from '../../protocol/envelope';
import { failure, ok } from '../../protocol/respond';
import { success, warning, type ReturnMessage } from '../../protocol/return-message';
import type { CallLogInfo } from '../../protocol/crm-shapes';
import type { CallLogEntry } from '../../protocol/api-answers';
import { inBatches } from '../../http/in-batches';
import { getLedgerStates } from '../../storage/call-log-store';
import type { CallLogState } from '../../storage/call-log-record';
import { messageOf, rememberLogged } from './ledger';
import { askServer, type Asked } from './reply';
import { getCallLogAnswer, toReturnMessage, type ServerLogData } from './schemas';
import { remoteSessionKey, type RemoteSession } from './session';

/** The most session ids the server answers in one GET /callLog. */
export const SERVER_IDS_PER_GET = 5;
const REQUESTS_AT_ONCE = 3;

export interface ServerLogs {
  found: Map<string, { logId: string; logData?: ServerLogData }>;
  returnMessage?: ReturnMessage;
}

/** Asks the server about any number of sessions, five per request; one failed request fails all. */
export async function askCallLogs(
  session: RemoteSession,
  sessionIds: readonly string[],
  requireDetails: boolean,
  timeoutMs = session.options.timeoutMs,
): Promise<Asked<ServerLogs>> {
  const ids = [...new Set(sessionIds)];
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += SERVER_IDS_PER_GET) chunks.push(ids.slice(i, i + SERVER_IDS_PER_GET));
  const logs: ServerLogs = { found: new Map() };
  let failed: Asked<ServerLogs> | undefined;
  await inBatches(chunks, REQUESTS_AT_ONCE, async (chunk) => {
    if (failed) return;
    const query = { sessionIds: chunk.join(','), requireDetails: requireDetails ? 'true' : undefined };
    const asked = await askServer(
      session,
      session.connection.jwtToken,
      { method: 'GET', path: '/callLog', query, timeoutMs },
      getCallLogAnswer,
      'getting call log',
    );
    if (!asked.ok) {
      failed ??= asked;
      return;
    }
    if (!asked.body.successful) {
      const message =
        messageOf(asked.body) ??
        warning(
          'Error getting call log',
          5000,
          'The App Connect server could not read these calls. Try again; if it keeps failing, connect your CRM again in Options.',
        );
      failed ??= { ok: false, outcomeUnknown: false, response: failure(200, message) };
      return;
    }
    for (const log of asked.body.logs ?? []) {
      const sessionId = String(log.sessionId);
      if (log.matched && log.logId !== undefined && log.logId !== null && log.logId !== '' && chunk.includes(sessionId)) {
        logs.found.set(sessionId, { logId: String(log.logId), logData: log.logData ?? undefined });
      }
    }
    logs.returnMessage = toReturnMessage(asked.body.returnMessage) ?? logs.returnMessage;
  });
  return failed ?? { ok: true, body: logs };
}

export async function getRemoteCallLogs(session: RemoteSession, sessionIds: readonly string[], requireDetails: boolean): Promise<ApiResponse> {
  const { platform, userId } = remoteSessionKey(session, '');
  const records = await getLedgerStates(platform, userId, sessionIds);
  const toAsk = requireDetails ? sessionIds : sessionIds.filter((_, i) => records[i]?.state !== 'logged');
  let server: ServerLogs = { found: new Map() };
  if (toAsk.length) {
    const asked = await askCallLogs(session, toAsk, requireDetails);
    if (!asked.ok) return asked.response;
    server = asked.body;
  }
  for (const [sessionId, { logId }] of server.found) {
    const i = sessionIds.indexOf(sessionId);
    if (records[i]?.state !== 'logged' || records[i]?.logId !== logId) records[i] = await rememberLogged(remoteSessionKey(session, sessionId), logId);
  }
  const logs = sessionIds.map((sessionId, i): CallLogEntry => {
    const fromServer = server.found.get(sessionId);
    if (fromServer) {
      const { logId, logData } = fromServer;
      return logData ? { sessionId, matched: true, logId, logData: toCallLogInfo(logData) } : { sessionId, matched: true, logId };
    }
    const record = records[i];
    // Known as logged here although the server did not say so now: the ledger keeps its word.
    if (record?.state === 'logged' && record.logId) return { sessionId, matched: true, logId: record.logId };
    return record ? { sessionId, matched: false, state: record.state as Exclude<CallLogState, 'logged'> } : { sessionId, matched: false };
  });
  return ok({
    successful: true,
    logs,
    returnMessage: requireDetails ? (server.returnMessage ?? success('Call log fetched.', 3000)) : null,
  });
}

/** The server's `logData` in the local shape: the three texts always present, the rest when sent. */
function toCallLogInfo({ subject, note, fullBody, contactName, dispositions }: ServerLogData): CallLogInfo {
  return {
    subject: subject ?? '',
    note: note ?? '',
    fullBody: fullBody ?? '',
    ...(contactName ? { contactName } : {}),
    ...(dispositions ? { dispositions } : {}),
  };
}
