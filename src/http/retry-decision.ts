/**
 * Whether to send a CRM request again, and after how long (docs/pipedrive.md, "Errors and retries";
 * docs/reliability.md).
 * A 429 was not processed, so any method may be retried after the wait the CRM asked for. A
 * 5xx, a dropped connection or a timeout may have been processed: only idempotent requests are
 * repeated; a create is never sent twice blindly (the caller reconciles instead).
 */
export type RequestOutcome = { kind: 'status'; status: number; serverWaitMs?: number } | { kind: 'network' }; // dropped connection or timeout: no answer at all

export const RETRY_POLICY = {
  maxRetries: 2,
  /** A rate limit that lasts longer than this is reported, not waited out (e.g. a spent daily budget). */
  maxWaitMs: 10_000,
  /**
   * How long a request may wait for its turn under the CRM's announced limit (request-pacer.ts).
   * Longer than `maxWaitMs`: it is our own pacing of a burst, not the CRM refusing; the API answers
   * within 15 s anyway and the work goes on. A wait beyond it (a spent daily budget) is reported.
   */
  maxPacedWaitMs: 60_000,
  rateLimitFallbackMs: [1000, 2000],
  transientDelaysMs: [500, 1500],
} as const;

/** The wait before retry number `retriesDone + 1`, or null when the request must not be repeated. */
export function requestRetryDelay(outcome: RequestOutcome, retriesDone: number, idempotent: boolean): number | null {
  if (retriesDone >= RETRY_POLICY.maxRetries) return null;
  if (outcome.kind === 'status' && outcome.status === 429) {
    const wait = outcome.serverWaitMs ?? RETRY_POLICY.rateLimitFallbackMs[retriesDone]!;
    return wait > RETRY_POLICY.maxWaitMs ? null : wait;
  }
  const transient = outcome.kind === 'network' || outcome.status >= 500;
  if (!transient || !idempotent) return null;
  return withJitter(RETRY_POLICY.transientDelaysMs[retriesDone]!);
}

/** ±20 %, so many clients that failed together do not all come back at the same instant. */
function withJitter(ms: number): number {
  return Math.round(ms * (0.8 + Math.random() * 0.4));
}
