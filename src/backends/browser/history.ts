/**
 * GET /logHistory: what the ledger (IndexedDB `callLogs`) says about the connected CRM user's logs,
 * joined with the call list for each call's number. Days are the browser's local calendar days, as
 * the pages show them. A call no longer in the call list (older than its 7 days) keeps its log
 * row, without number. The statistics page computes its figures from these rows and GET /calls.
 */
import { currentCallSource } from '../../calls/current-call-source';
import { contactParty } from '../../protocol/contact-party';
import { localDay } from '../../protocol/conversations';
import type { LogHistoryRow } from '../../protocol/api-answers-history';
import type { ApiResponse } from '../../protocol/envelope';
import { ok } from '../../protocol/respond';
import type { RouteRequest } from '../../protocol/routes';
import { accountCallLogs } from '../../storage/call-log-store';
import { openCrmSession } from '../local/local-session';

export async function getLogHistory({ query }: RouteRequest<'GET /logHistory'>): Promise<ApiResponse> {
  const session = await openCrmSession();
  if (!session) return ok({ successful: true, rows: [] });
  const [records, snapshot] = await Promise.all([
    accountCallLogs(session.user.platform, session.user.id),
    currentCallSource().then((source) => source.list()),
  ]);
  const calls = new Map(snapshot.calls.map((call) => [call.sessionId, call]));
  const rows: LogHistoryRow[] = records
    .filter((r) => localDay(r.createdAt) >= query.from && localDay(r.createdAt) <= query.to)
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((record) => {
      const call = calls.get(record.sessionId);
      const link = record.logId ? session.connector.logUrl?.(session.user, record.logId) : null;
      return {
        at: record.createdAt,
        sessionId: record.sessionId,
        number: (call && contactParty(call)?.phoneNumber) ?? '',
        contactName: record.contactName ?? '',
        subject: record.subject,
        recordUrl: link ?? '',
        state: record.state,
      };
    });
  return ok({ successful: true, rows });
}
