/**
 * GET /stats and GET /logHistory: what the ledger (IndexedDB `callLogs`) says about the connected
 * CRM user's logs, joined with the call list for each call's number and result. Days are the
 * browser's local calendar days, as the pages show them. A call no longer in the call list (older
 * than its 7 days) keeps its log row, without number or result.
 */
import { currentCallSource } from '../../calls/current-call-source';
import type { CallRecord } from '../../protocol/call-record';
import { contactParty } from '../../protocol/contact-party';
import { localDay } from '../../protocol/conversations';
import type { Day, LogHistoryRow, StatsAnswer, StatsDay } from '../../protocol/api-answers-history';
import type { ApiResponse } from '../../protocol/envelope';
import { ok } from '../../protocol/respond';
import type { RouteRequest } from '../../protocol/routes';
import { accountCallLogs } from '../../storage/call-log-store';
import type { CallLogRecord } from '../../storage/call-log-record';
import { openCrmSession } from '../local/local-session';

export async function getStats({ query }: RouteRequest<'GET /stats'>): Promise<ApiResponse> {
  const days = lastDays(Number(query.days ?? 30));
  const first = startOf(days[0]!);
  const { records, calls } = await ledgerAndCalls();
  const byDay = new Map<Day, StatsDay>(days.map((day) => [day, { day, byOutcome: {} }]));
  const totals = new Map<string, number>();
  let failed = 0;
  for (const record of records) {
    const day = byDay.get(dayOf(record.createdAt));
    if (!day) continue;
    if (record.state === 'queued' || record.state === 'needsReview') failed++;
    if (record.state !== 'logged') continue;
    const outcome = calls.get(record.sessionId)?.result || 'Unknown';
    day.byOutcome[outcome] = (day.byOutcome[outcome] ?? 0) + 1;
    totals.set(outcome, (totals.get(outcome) ?? 0) + 1);
  }
  const inLedger = new Set(records.map((r) => r.sessionId));
  const unlogged = [...calls.values()].filter((call) => !inLedger.has(call.sessionId) && timeOf(call) >= first).length;
  const answer: StatsAnswer = {
    successful: true,
    days: [...byDay.values()],
    outcomes: [...totals].sort((a, b) => b[1] - a[1]).map(([outcome]) => outcome),
    logged: [...totals.values()].reduce((sum, n) => sum + n, 0),
    unlogged,
    failed,
  };
  return ok(answer);
}

export async function getLogHistory({ query }: RouteRequest<'GET /logHistory'>): Promise<ApiResponse> {
  const session = await openCrmSession();
  const { records, calls } = await ledgerAndCalls();
  const rows: LogHistoryRow[] = records
    .filter((r) => dayOf(r.createdAt) >= query.from && dayOf(r.createdAt) <= query.to)
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((record) => {
      const call = calls.get(record.sessionId);
      const link = session && record.logId ? session.connector.logUrl?.(session.user, record.logId) : null;
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

async function ledgerAndCalls(): Promise<{ records: CallLogRecord[]; calls: Map<string, CallRecord> }> {
  const session = await openCrmSession();
  if (!session) return { records: [], calls: new Map() };
  const [records, snapshot] = await Promise.all([
    accountCallLogs(session.user.platform, session.user.id),
    currentCallSource().then((source) => source.list()),
  ]);
  return { records, calls: new Map(snapshot.calls.map((call) => [call.sessionId, call])) };
}

/** The browser's calendar day of a time, as the Messages view's conversation-days. */
export const dayOf = (time: number): Day => localDay(new Date(time).toISOString());

/** Local midnight of a day. */
function startOf(day: Day): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!).getTime();
}

/** The last `count` local days, today last. */
function lastDays(count: number): Day[] {
  const today = new Date();
  return Array.from({ length: count }, (_, i) => dayOf(new Date(today.getFullYear(), today.getMonth(), today.getDate() - (count - 1 - i)).getTime()));
}

function timeOf(call: CallRecord): number {
  return typeof call.startTime === 'number' ? call.startTime : Date.parse(call.startTime ?? '') || 0;
}
