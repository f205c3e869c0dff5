/**
 * The bodies of the message API's richer answers, shared by the worker that builds them and the
 * pages that read them (src/protocol/routes.ts names which route answers which).
 */
import type { CallLogState } from '../storage/call-log-record';
import type { OutboxItem } from '../storage/outbox-record';
import type { CallRecord } from './call-record';
import type { CallLogInfo } from './crm-shapes';
import type { ReturnMessage } from './return-message';

/** One session of GET /callLog. */
export type CallLogEntry =
  /** `logUrl` opens the record in the CRM, when the connector can build such a link. */
  | { sessionId: string; matched: true; logId: string; logUrl?: string; logData?: CallLogInfo }
  | { sessionId: string; matched: false; state?: Exclude<CallLogState, 'logged'> };

export interface GetCallLogsAnswer {
  successful: boolean;
  logs: CallLogEntry[];
  returnMessage: ReturnMessage | null;
}

/** A change waiting to be sent to the CRM (GET /outbox), without its request body. */
export interface OutboxEntry extends Omit<OutboxItem, 'body' | 'platform' | 'userId'> {
  subject?: string;
  contactName?: string;
}

/** The calls of the side panel (GET /calls). */
export interface CallsSnapshot {
  source: 'sample' | 'ringcentral';
  /** Newest first. */
  calls: CallRecord[];
  /** When the calls were last read from the phone system (epoch ms); null = never / not applicable. */
  syncedAt: number | null;
  /** Set when the calls could not be refreshed: the cached ones are still given. */
  returnMessage?: ReturnMessage;
}
