/** A change the CRM has not accepted yet, kept until it lands or a person gives up on it. */
export type OutboxOperation = 'create' | 'update' | 'disposition';

/**
 * `pending`: waits for `nextAttemptAt`. `paused`: the account must be connected again first.
 * `failed`: the CRM refused it for good; a person retries or discards it.
 */
export type OutboxState = 'pending' | 'paused' | 'failed';

export interface OutboxItem {
  /** Auto-incremented: the order the changes were accepted in, which is the order they are sent. */
  id?: number;
  platform: string;
  userId: string;
  sessionId: string;
  operation: OutboxOperation;
  /** The validated request body, sent again as it came. */
  body: unknown;
  state: OutboxState;
  /** Attempts made so far. */
  attempt: number;
  nextAttemptAt: number;
  /** The last attempt may have reached the CRM: look the record up before sending again. */
  reconcile?: boolean;
  /**
   * With `reconcile`: not looked up before this instant (epoch ms), the end of the settle delay
   * after the attempt whose answer was lost; "Retry now" and a reconnect keep it.
   */
  lookUpFrom?: number;
  /** Lookups in a row that failed; too many and a person decides (needs review). */
  lookUpFailures?: number;
  lastError?: { message: string; hint?: string };
  createdAt: number;
}
