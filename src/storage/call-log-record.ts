/** What the extension remembers about one call session of one CRM user. */
export type CallLogState = 'logging' | 'logged' | 'queued' | 'needsReview';

export interface CallLogRecord {
  platform: string;
  userId: string;
  sessionId: string;
  state: CallLogState;
  /** The CRM record's id, once the CRM has answered. */
  logId?: string;
  contactId: string;
  contactType?: string;
  contactName?: string;
  subject: string;
  createdAt: number;
  updatedAt: number;
  /**
   * The create in flight, written in the same transaction that claims the session, so a worker
   * stopped mid-request leaves a trace the next one can resolve instead of creating blindly.
   */
  intent?: CreateIntent;
}

export interface CreateIntent {
  operation: 'create';
  payload: unknown;
  attempt: number;
  at: number;
}

export type SessionKey = Pick<CallLogRecord, 'platform' | 'userId' | 'sessionId'>;

export function keyOf({ platform, userId, sessionId }: SessionKey): [string, string, string] {
  return [platform, userId, sessionId];
}
