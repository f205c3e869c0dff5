/**
 * What the extension remembers about one conversation-day logged for one contact: the CRM record
 * and the ids of the messages in it. A group conversation logged to two contacts is two records.
 */
export interface MessageLogKey {
  platform: string;
  userId: string;
  conversationLogId: string;
  contactId: string;
}

export interface MessageLogRecord extends MessageLogKey {
  /** The CRM record, once a create has landed. */
  logId?: string;
  contactName?: string;
  contactType?: string;
  conversationId?: string;
  /** Messages in the CRM record, oldest first: each id is sent once. */
  messageIds: string[];
  /**
   * Messages on their way to the CRM, written before it is called: a create or an append that a
   * stopped worker, a lost answer or a CRM that said "later" left unfinished. It is the
   * conversation's outbox; it changes with `messageIds` in one transaction.
   */
  pending?: PendingMessages;
  createdAt: number;
  updatedAt: number;
}

export interface PendingMessages {
  operation: 'create' | 'append';
  /** The validated messages (message-store records), oldest first. */
  messages: unknown[];
  /** The rest of the request (contact, additionalSubmission), sent again as it came. */
  request: unknown;
  attempt: number;
  /** When it may be sent again; until then a repeated request answers "saved". */
  nextAttemptAt: number;
  /** The last attempt may have reached the CRM: look before sending again. */
  reconcile: boolean;
  lastError?: { message: string; hint?: string };
}

export function messageLogKeyOf({ platform, userId, conversationLogId, contactId }: MessageLogKey): [string, string, string, string] {
  return [platform, userId, conversationLogId, contactId];
}
