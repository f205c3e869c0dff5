/** The answers of the message-log paths (POST and GET /messageLog). */
import type { Outcome } from './api-answers';
import type { ReturnMessage } from './return-message';

/**
 * POST /messageLog. `logIds` are the ids of the messages this request logged (App Connect's
 * field); `logId` is the CRM record they are in (an addition). `queued`: saved, sent later.
 */
export interface MessageLogAnswer extends Outcome {
  logIds?: string[];
  logId?: string;
  returnMessage: ReturnMessage;
  queued?: true;
}

/** One conversation-day logged for one contact: the CRM record and the messages in it. */
export interface MessageLogEntry {
  conversationLogId: string;
  contactId: string;
  contactName?: string;
  logId?: string;
  logUrl?: string;
  messageIds: string[];
  /** `pending`: messages wait to be sent (after a CRM error or a worker stop). */
  state: 'logged' | 'pending';
}

export interface GetMessageLogsAnswer {
  successful: boolean;
  logs: MessageLogEntry[];
}
