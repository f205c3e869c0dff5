/**
 * The answer body of each path a backend answers (the App Connect-shaped paths of
 * docs/message-api.md, with this extension's additions). routes.ts ties each to its
 * path, so a page reads what the worker really sends. Any path may also be answered by a
 * `Refusal`: the router's 400/403/404/500, a CRM error, a worker that did not answer.
 */
import type { CallLogState } from '../storage/call-log-record';
import type { OutboxItem } from '../storage/outbox-record';
import type { CallLogInfo } from './crm-shapes';
import type { ContactInfo } from './crm-shapes';
import type { ReturnMessage } from './return-message';

/** The frame of nearly every answer: did it work, and the toast that says so. */
export interface Outcome {
  successful: boolean;
  /** Null or absent when there is nothing to tell the user. */
  returnMessage?: ReturnMessage | null;
}

/**
 * A failure that is not the path's own answer: none of that answer's fields are there. Written
 * so, `answer.logs ?? []` reads the same whichever of the two came back.
 */
export type Refusal<A = Outcome> = {
  successful: false;
  returnMessage: ReturnMessage;
  /** `CRM_SESSION_REVOKED` with status 401: connect the CRM again. */
  errorCode?: string;
} & (string extends keyof A ? unknown : { [P in Exclude<keyof A, keyof Outcome>]?: undefined });

/** POST /apiKeyLogin, GET /oauth-callback: the CRM user's name once connected (never a token). */
export interface LoginAnswer extends Outcome {
  name?: string;
}

/** Who the API acts for (GET /connection); `serverUrl` when an App Connect server does. */
export interface Connection {
  platform: string;
  displayName: string;
  name: string;
  hostname?: string;
  serverUrl?: string;
}

export interface ConnectionAnswer {
  successful: true;
  connection: Connection | null;
  /** With no connection: the CRM ended this CRM's sign-in (it refused a renewal); connect again. */
  signedOut?: { platform: string; displayName: string };
}

export interface FindContactAnswer extends Outcome {
  contact: ContactInfo[];
  returnMessage: ReturnMessage;
}

export interface CreateContactAnswer extends Outcome {
  /** Null when the CRM did not create it. */
  contact: Pick<ContactInfo, 'id' | 'name'> | null;
  returnMessage: ReturnMessage;
}

/**
 * POST /callLog. `successful: false` is not always a failure: the call may be logged already
 * (`logId`), or be saved and waiting (`queued`, with the ledger `state`).
 */
export interface CreateCallLogAnswer extends Outcome {
  logId?: string;
  returnMessage: ReturnMessage;
  queued?: true;
  state?: CallLogState;
}

/** PATCH /callLog, PUT /callDisposition: applied now, or queued behind the call's earlier changes. */
export interface ChangeAnswer extends Outcome {
  returnMessage: ReturnMessage;
  queued?: true;
}

export interface UpdateCallLogAnswer extends ChangeAnswer {
  logId?: string;
  updatedNote?: string;
}

export interface OutboxAnswer {
  successful: true;
  items: OutboxEntry[];
}

/** POST /outbox/retry, POST /outbox/discard, POST /callLog/review. */
export interface ActionAnswer extends Outcome {
  returnMessage: ReturnMessage;
}

/** GET /implementedInterfaces: which connector operations the platform offers, by name. */
export type ImplementedInterfaces = Record<string, boolean>;

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
