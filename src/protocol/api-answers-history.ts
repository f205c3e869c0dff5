/** Answer of GET /logHistory: what the ledger says was logged, per row (the statistics page counts them). */

/** A local calendar day, `YYYY-MM-DD`. */
export type Day = string;

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
