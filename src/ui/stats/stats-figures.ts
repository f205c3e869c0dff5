/**
 * The statistics page's figures, computed here from what the worker already answers: the ledger's
 * rows (GET /logHistory) and the call list (GET /calls) for each call's result and start. The
 * worker keeps no aggregation of its own (its bundle has a size budget). Days are the browser's
 * local calendar days; a call no longer in the call list counts its log as `Unknown`.
 */
import type { Day, LogHistoryRow } from '../../protocol/api-answers-history';
import type { CallRecord } from '../../protocol/call-record';
import { localDay } from '../../protocol/conversations';

export interface StatsDay {
  day: Day;
  /** Calls logged that day, by the call's result (`Accepted`, `Missed`, … or `Unknown`). */
  byOutcome: Record<string, number>;
}

export interface StatsFigures {
  /** Every day of the period, oldest first, also the days without a log. */
  days: StatsDay[];
  /** The outcomes that occur, most frequent first. */
  outcomes: string[];
  logged: number;
  /** Calls of the call list in the period with no record in the ledger (none logged, none on its way). */
  unlogged: number;
  /** Logs that failed: waiting to be retried (queued) or for a person (needs review). */
  failed: number;
}

/** The last `count` local days, today last. */
export function lastDays(count: number, today = new Date()): Day[] {
  return Array.from({ length: count }, (_, i) =>
    localDay(new Date(today.getFullYear(), today.getMonth(), today.getDate() - (count - 1 - i)).getTime()),
  );
}

export function statsFigures(days: readonly Day[], rows: readonly LogHistoryRow[], calls: readonly CallRecord[]): StatsFigures {
  const results = new Map(calls.map((call) => [call.sessionId, call.result]));
  const byDay = new Map(days.map((day): [Day, StatsDay] => [day, { day, byOutcome: {} }]));
  const totals = new Map<string, number>();
  let failed = 0;
  for (const row of rows) {
    const day = byDay.get(localDay(row.at));
    if (!day) continue;
    if (row.state === 'queued' || row.state === 'needsReview') failed++;
    if (row.state !== 'logged') continue;
    // i18n-ignore: an outcome key, shown through callResult in the page's language.
    const outcome = results.get(row.sessionId) || 'Unknown';
    day.byOutcome[outcome] = (day.byOutcome[outcome] ?? 0) + 1;
    totals.set(outcome, (totals.get(outcome) ?? 0) + 1);
  }
  // A call of the period is logged within it (its log comes after its start): the period's rows suffice.
  const inLedger = new Set(rows.map((row) => row.sessionId));
  const unlogged = calls.filter((call) => !inLedger.has(call.sessionId) && localDay(timeOf(call)) >= days[0]!).length;
  return {
    days: [...byDay.values()],
    outcomes: [...totals].sort((a, b) => b[1] - a[1]).map(([outcome]) => outcome),
    logged: [...totals.values()].reduce((sum, n) => sum + n, 0),
    unlogged,
    failed,
  };
}

function timeOf(call: CallRecord): number {
  return typeof call.startTime === 'number' ? call.startTime : Date.parse(call.startTime ?? '') || 0;
}
