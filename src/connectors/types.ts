/**
 * The connector contract, after App Connect's connector interfaces (createCallLog, getCallLog,
 * updateCallLog, findContact, createContact, getUserInfo, upsertCallDisposition). The core
 * composes the log body and owns one-call-one-log; a connector only speaks its CRM's API.
 */
import type { CallLogField, ConnectorMetadata, ContactInfo, FieldOption, LogFormat } from '../protocol/crm-shapes';
import type { ReturnMessage } from '../protocol/return-message';
import type { Credential, CrmUser } from '../storage/connections';

import type { CallRecord } from '../protocol/call-record';
import type { MessageKind } from '../protocol/message-kind';
import type { CallLogInfo } from '../protocol/crm-shapes';

/** A call log as the CRM holds it; the core reads the agent note out of `fullBody` itself. */
export type CrmCallLog = Omit<CallLogInfo, 'note'>;

/** HTTP headers that authenticate a request to the CRM (`x-api-token`, `Authorization`, …). */
export type AuthHeader = Readonly<Record<string, string>>;

/** The contact a log is linked to, as the seed's `contactInfo`. */
export interface LogContact {
  id: string;
  type: string;
  phoneNumber: string;
  name: string;
}

/** What the core knows about a logged call: the seed's `existingCallLog`. */
export interface ExistingCallLog {
  sessionId: string;
  thirdPartyLogId: string;
  contactId: string;
}

interface Authed {
  user: CrmUser;
  authHeader: AuthHeader;
}

export interface UserInfoResult {
  successful: boolean;
  platformUserInfo?: Omit<CrmUser, 'platform'>;
  /** What to keep instead of the credential given (Redtail trades a password for a user key). */
  credential?: Credential;
  returnMessage: ReturnMessage;
}

export interface Connector extends ConnectorMetadata {
  /** Headers for a stored credential (the seed's `authHeader`). */
  authHeader(credential: Credential): AuthHeader;

  getUserInfo(args: { authHeader: AuthHeader; hostname?: string; additionalInfo?: Record<string, unknown> }): Promise<UserInfoResult>;

  findContact(
    args: Authed & { phoneNumber: string; overridingFormat?: string; isExtension?: boolean },
  ): Promise<{ successful: boolean; matchedContactInfo: ContactInfo[] | null; returnMessage?: ReturnMessage }>;

  createContact(
    args: Authed & {
      phoneNumber: string;
      newContactName: string;
      newContactType: string;
      additionalSubmission?: Record<string, unknown>;
    },
  ): Promise<{ contactInfo: { id: string | number; name: string } | null; returnMessage?: ReturnMessage }>;

  createCallLog(
    args: Authed & {
      contactInfo: LogContact;
      callLog: CallRecord;
      /** The record's title, already chosen by the core (the custom subject or the default one). */
      subject: string;
      note: string;
      additionalSubmission: Record<string, unknown>;
      timezoneOffset: string | number | null;
      composedLogDetails: string;
    },
  ): Promise<{ logId: string | number | null; returnMessage?: ReturnMessage }>;

  getCallLog(args: Authed & { callLogId: string; contactId: string }): Promise<{ callLogInfo: CrmCallLog | null; returnMessage?: ReturnMessage }>;

  updateCallLog(
    args: Authed & {
      existingCallLog: ExistingCallLog;
      subject?: string;
      note?: string;
      recordingLink?: string;
      startTime?: string | number;
      duration?: number;
      result?: string;
      additionalSubmission?: Record<string, unknown>;
      composedLogDetails: string;
    },
  ): Promise<{
    /** What the CRM now holds as the note, when it differs from the agent note sent. */ updatedNote?: string;
    returnMessage?: ReturnMessage;
  }>;

  upsertCallDisposition(
    args: Authed & { existingCallLog: ExistingCallLog; dispositions: Record<string, unknown> },
  ): Promise<{ logId: string | number | null; returnMessage?: ReturnMessage }>;

  /** Forget or revoke what the CRM side holds for this user (tokens, caches). */
  unAuthorize?(args: Authed): Promise<void>;

  /**
   * Finds the record a create for this session may have left behind, for crash recovery.
   * Connectors that cannot look records up leave it out; the core then asks a person.
   */
  findCallLogBySession?(
    args: Authed & {
      sessionId: string;
      /**
       * The exact text naming the session in the body of every record the core created for it
       * (the "Session Id" item, written whatever the log-body settings when `sessionInBody` is
       * set): a record whose body contains it is this session's, and no other session's.
       */
      sessionMarker: string;
      contactId: string;
      /** The call as the create sent it (from the intent kept in the ledger). */
      callLog: CallRecord;
      /** The subject the create sent. */
      subject: string;
      /** When the first create was attempted (epoch ms): records older than that are not it. */
      attemptedAt?: number;
    },
    /** `incomplete`: the search could not cover everything, so absence is not certain (a person decides). */
  ): Promise<{ logId: string | null; incomplete?: true }>;

  /**
   * How long a create whose answer was lost may still be completing in the CRM, before the core
   * searches for it (default 60 s). An in-browser CRM, whose writes are transactions, needs 0.
   */
  settleDelayMs?: number;

  /**
   * The CRM has no field for the session id, so the core writes the "Session Id" item into the
   * body of every record it creates for this connector, and `findCallLogBySession` matches on
   * `sessionMarker` (docs/connectors.md, "Finding a lost create").
   */
  sessionInBody?: boolean;

  /**
   * Message logging (optional; docs/message-api.md, "Message logs"): one CRM record per
   * conversation-day and contact, its body composed by the core. A message log is read back with
   * `getCallLog` (its `fullBody`), so the core can append only the messages not in it yet.
   */
  createMessageLog?(args: Authed & MessageLogArgs): Promise<{ logId: string | number | null; returnMessage?: ReturnMessage }>;

  /** Replaces the body of a message log with `composedLogDetails` (the old body plus new messages). */
  updateMessageLog?(args: Authed & { logId: string; contactId: string; composedLogDetails: string }): Promise<{ returnMessage?: ReturnMessage }>;

  /** Finds the record a message-log create whose answer was lost may have left (as findCallLogBySession). */
  findMessageLog?(args: Authed & MessageLogArgs & { attemptedAt: number }): Promise<{ logId: string | null; incomplete?: true }>;

  /** A link that opens the log in the CRM's own UI, when the CRM has one. */
  logUrl?(user: CrmUser, logId: string): string | null;

  /** A link that opens a contact in the CRM's own UI (the dialer's contact pop), when the CRM has one. */
  contactUrl?(user: CrmUser, contactId: string, contactType: string): string | null;
}

/** What the core hands a connector to create a message log. */
export interface MessageLogArgs {
  contactInfo: LogContact;
  conversationLogId: string;
  /** `SMS conversation with Anna Kowalski - 2026-12-04`, already chosen by the core. */
  subject: string;
  /** What the first message is: a CRM may file SMS, voicemail and fax as different activity types. */
  kind: MessageKind;
  /** The first message's time (ISO 8601): the record's date. */
  firstMessageTime: string;
  composedLogDetails: string;
  additionalSubmission: Record<string, unknown>;
}

/** Declares a connector; `satisfies` keeps its literal id for the registry. */
export function defineConnector<const C extends Connector>(connector: C): C {
  return connector;
}
