/** The answers of the message-log paths (POST and GET /messageLog). */
import type { Outcome } from './api-answers';
import type { ReturnMessage } from './return-message';
import type { MessageRecord } from './message-record';
import type { MessageKind } from './message-kind';
import type { UnloggedReason } from './schemas/auto-log-settings';

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

/**
 * One conversation on one day, as the Messages view lists it and POST /messageLog takes it:
 * `conversationLogId` is `<conversation id>-<YYYYMMDD>` (a voicemail or a fax is its own
 * conversation), the day in the browser's zone; messages newest first, as RingCentral lists them.
 */
export interface Conversation {
  conversationLogId: string;
  conversationId: string;
  day: string;
  kind: MessageKind;
  /** The other people in it; more than one for a group SMS. */
  correspondents: { phoneNumber?: string; name?: string }[];
  messages: MessageRecord[];
  /** Why auto-log left it unlogged, while it is not logged (docs/auto-log.md); GET /messages only. */
  unloggedReason?: UnloggedReason;
  /** The matching names, the CRM's words: what a person needs to decide. */
  unloggedDetail?: string;
  /** A group day logged for the others: the people the reason is about (it shows as logged). */
  unloggedFor?: string;
}

export interface MessagesSnapshot {
  source: 'sample' | 'ringcentral';
  conversations: Conversation[];
  syncedAt: number | null;
  returnMessage?: ReturnMessage;
}

/** GET /messages. */
export interface MessagesAnswer extends MessagesSnapshot {
  successful: boolean;
}

/** POST /messages/autoLog: what auto-log did with each conversation-day of the messages. */
export interface AutoLogMessagesAnswer {
  successful: boolean;
  results: {
    conversationLogId: string;
    outcome: 'logged' | 'queued' | 'alreadyLogged' | 'unlogged';
    unloggedReason?: UnloggedReason;
    unloggedDetail?: string;
  }[];
  returnMessage?: ReturnMessage;
}

/** One conversation-day whose messages wait to be sent again (GET /messageLog/waiting). */
export interface WaitingMessageLog {
  conversationLogId: string;
  contactId: string;
  contactName?: string;
  /** `create`: the day has no record yet; `append`: messages wait to join it. */
  operation: 'create' | 'append';
  kind: MessageKind;
  messageCount: number;
  firstMessageTime?: string;
  attempt: number;
  nextAttemptAt: number;
  /** The last try may have reached the CRM: it is looked up before it is sent again. */
  reconcile: boolean;
  /** The CRM's last answer, and what to do about it. */
  lastError?: { message: string; hint?: string };
}

export interface WaitingMessageLogsAnswer {
  successful: boolean;
  items: WaitingMessageLog[];
}

/** POST /messageLog/retry and /messageLog/discard. */
export interface MessageLogActionAnswer {
  successful: boolean;
  returnMessage: ReturnMessage;
}
