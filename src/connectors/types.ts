/**
 * The connector contract, after App Connect's connector interfaces (createCallLog, getCallLog,
 * updateCallLog, findContact, createContact, getUserInfo, upsertCallDisposition). The core
 * composes the log body and owns one-call-one-log; a connector only speaks its CRM's API.
 */
import type { ReturnMessage } from '../api/return-message';
import type { CallRecord } from '../calls/call-record';

export type LogFormat = 'text/plain' | 'text/html' | 'text/markdown';
export type AuthKind = 'apiKey' | 'oauth';

/** One option of a selection field, e.g. a deal: `{ const: 1204, title: 'Fleet renewal' }`. */
export interface FieldOption {
  const: string | number;
  title: string;
}

/**
 * A field of the call-log form (App Connect's `page.callLog.additionalFields`). A field with
 * `contactDependent` takes its options from the chosen contact's `additionalInfo[const]`.
 */
export interface CallLogField {
  const: string;
  title: string;
  type: 'selection' | 'warning' | 'text' | 'checkbox';
  contactDependent?: boolean;
}

/** Everything about a connector that is plain data: read by the manifest build and the UI. */
export interface ConnectorMetadata {
  id: string;
  displayName: string;
  authKind: AuthKind;
  /** What the API key is called in this CRM ("API token"), for the connect form. */
  apiKeyLabel?: string;
  logFormat: LogFormat;
  contactTypes: readonly string[];
  callLogFields: readonly CallLogField[];
  /** Match patterns the extension needs to reach this CRM (empty for an in-browser CRM). */
  hostPermissions: readonly string[];
  /** Present when the CRM also signs in with OAuth 2 (authorization code; see src/auth/). */
  oauth?: { authorizeUrl: string };
}

/** The connected CRM user, as stored per platform. Never holds a credential. */
export interface CrmUser {
  id: string;
  platform: string;
  name: string;
  /** The CRM host or base URL the connector talks to ('' when it has none). */
  hostname: string;
  /** `+05:30`, `-08:00`, hours (|n| < 16) or minutes; null = UTC. */
  timezoneOffset: string | number | null;
  timezoneName?: string;
  platformAdditionalInfo: Record<string, unknown>;
}

/** HTTP headers that authenticate a request to the CRM (`x-api-token`, `Authorization`, …). */
export type AuthHeader = Readonly<Record<string, string>>;

/** What the user gave us to reach the CRM. Lives in extension storage only. */
export type Credential =
  | { kind: 'apiKey'; apiKey: string }
  | { kind: 'oauth'; accessToken: string; refreshToken?: string; expiresAt?: number };

export interface ContactInfo {
  id: string | number;
  name: string;
  type?: string;
  phone?: string;
  organization?: string;
  createdDate?: string;
  mostRecentActivityDate?: string;
  additionalInfo?: Record<string, FieldOption[]> | null;
  isNewContact?: boolean;
}

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

export interface CallLogInfo {
  subject: string;
  /** Only the agent's note. */
  note: string;
  /** The whole CRM body: the base for recomposing on update. */
  fullBody: string;
  contactName?: string;
  dispositions?: Record<string, unknown>;
}

interface Authed {
  user: CrmUser;
  authHeader: AuthHeader;
}

export interface UserInfoResult {
  successful: boolean;
  platformUserInfo?: Omit<CrmUser, 'platform'>;
  returnMessage: ReturnMessage;
}

export interface Connector extends ConnectorMetadata {
  /** Headers for a stored credential (the seed's `authHeader`). */
  authHeader(credential: Credential): AuthHeader;

  getUserInfo(args: {
    authHeader: AuthHeader;
    hostname?: string;
    additionalInfo?: Record<string, unknown>;
  }): Promise<UserInfoResult>;

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
      note: string;
      additionalSubmission: Record<string, unknown>;
      timezoneOffset: string | number | null;
      composedLogDetails: string;
    },
  ): Promise<{ logId: string | number | null; returnMessage?: ReturnMessage }>;

  getCallLog(
    args: Authed & { callLogId: string; contactId: string },
  ): Promise<{ callLogInfo: CallLogInfo | null; returnMessage?: ReturnMessage }>;

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
  ): Promise<{ updatedNote: string; returnMessage?: ReturnMessage }>;

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
      contactId: string;
      /** The call as it was sent, with the subject the core gave it as `customSubject`. */
      callLog: CallRecord;
      /** When the first create was attempted (epoch ms): records older than that are not it. */
      attemptedAt?: number;
      /** Whether another session of this user already owns a CRM record (so it is not adopted twice). */
      isLogIdMapped?: (logId: string) => Promise<boolean>;
    },
    /** `incomplete`: the search could not cover everything, so absence is not certain (a person decides). */
  ): Promise<{ logId: string | null; incomplete?: true }>;

  /**
   * How long a create whose answer was lost may still be completing in the CRM, before the core
   * searches for it (default 60 s). An in-browser CRM, whose writes are transactions, needs 0.
   */
  settleDelayMs?: number;

  /** A link that opens the log in the CRM's own UI, when the CRM has one. */
  logUrl?(user: CrmUser, logId: string): string | null;
}

/** Declares a connector; `satisfies` keeps its literal id for the registry. */
export function defineConnector<const C extends Connector>(connector: C): C {
  return connector;
}
