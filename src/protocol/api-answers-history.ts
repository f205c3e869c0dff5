/** Answers of GET /stats and GET /logHistory: what the ledger says was logged, per day and per row. */

/** A local calendar day, `YYYY-MM-DD`. */
export type Day = string;

export interface StatsDay {
  day: Day;
  /** Calls logged that day, by the call's result (`Accepted`, `Missed`, … or `Unknown`). */
  byOutcome: Record<string, number>;
}

export interface StatsAnswer {
  successful: true;
  /** Every day of the period, oldest first, also the days without a log. */
  days: StatsDay[];
  /** The outcomes that occur, most frequent first. */
  outcomes: string[];
  logged: number;
  /** Calls of the call list in the period with no record in the CRM and none on its way. */
  unlogged: number;
  /** Logs that failed: waiting to be retried (queued) or for a person (needs review). */
  failed: number;
}

export interface LogHistoryRow {
  /** When the log was made (epoch ms). */
  at: number;
  sessionId: string;
  /** The other party's number, when the call is still in the call list. */
  number: string;
  contactName: string;
  subject: string;
  /** The record in the CRM, when the connector can link to it. */
  recordUrl: string;
  state: 'logging' | 'logged' | 'queued' | 'needsReview';
}

export interface LogHistoryAnswer {
  successful: true;
  rows: LogHistoryRow[];
}
