/** Everything the fake App Connect server holds, and the knobs tests turn. */
import { randomBytes } from 'node:crypto';
import { createFakeCrm } from './fake-crm';
import { JWT_LIFETIME_SECONDS } from './jwt';
import type { PipedriveLogin } from './pipedrive-crm';
import type { FakeMessageActivity, FakeMessageRow } from './message-log-route';

export interface FakeUser {
  id: string;
  name: string;
  platform: string;
  /** The CRM refused to refresh this user's session: routes answer 401 CRM_SESSION_REVOKED. */
  crmSessionRevoked: boolean;
  /** Set for a user of the Pipedrive-backed mode (pipedrive-crm.ts). */
  pipedrive?: PipedriveLogin;
}

/** The server's CallLogModel row: keyed by telephonySessionId or id, found by sessionId. */
export interface FakeMapping {
  sessionId: string;
  logId: string;
  userId: string;
  contactId: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  bearer?: string;
  queryToken?: string;
  body?: unknown;
}

export interface FakeControls {
  /** How long the CRM takes to create a call activity (the server keeps working if the client gave up). */
  callLogCreateDelayMs: number;
  /** Holds every POST /callLog before the CRM create until `/__fake/release`: overlaps without timing. */
  holdCallLogCreate: boolean;
  /** Breaks the answer to the next POST /callLog: before anything is created, or after the log is saved. */
  dropNextCallLogPost?: 'beforeCreate' | 'afterSave';
  /** Lifetime of tokens issued at login; a short one makes every answer carry a refreshed token. */
  loginTokenLifetimeSeconds: number;
  /**
   * Answers the next request to a path with this, once: `{ status, json }` or `{ status, text }`;
   * `stall` sends the status line and half a body, then nothing more.
   */
  failNext: Record<string, { status: number; json?: unknown; text?: string; stall?: boolean; headers?: Record<string, string> }>;
  /** An older server: reads the JWT from `?jwtToken=` only, never from the Authorization header. */
  jwtInQueryOnly: boolean;
  /** Sends no CORS headers, as a server behind a proxy that strips them. */
  cors: boolean;
  /** The Pipedrive this server logs into for platform `pipedrive` (see pipedrive-crm.ts); unset, it has no such platform. */
  pipedriveUrl?: string;
  /** Every API answer comes this much later: the network between the browser and the server. */
  answerDelayMs: number;
  /** Time between POST /messageLog's check of known message ids and its saves (its unsafe window). */
  messageLogDelayMs: number;
}

/** API keys the fake CRM accepts, and whom they belong to. */
export const API_KEYS: Record<string, { crmUserId: string; name: string }> = {
  'test-api-key': { crmUserId: 'u-1001', name: 'Peer Test User' },
  'second-user-key': { crmUserId: 'u-2002', name: 'Second Test User' },
};
export const PLATFORMS = ['peerCRM'];
export const OAUTH_CODE = 'good-code';

export function createFakeState() {
  return {
    secret: randomBytes(32).toString('hex'),
    users: new Map<string, FakeUser>(),
    mappings: new Map<string, FakeMapping>(),
    messageRows: new Map<string, FakeMessageRow>(),
    messageActivities: new Map<string, FakeMessageActivity>(),
    crm: createFakeCrm(),
    requests: [] as RecordedRequest[],
    issuedTokens: [] as string[],
    /** POSTs waiting for `/__fake/release`. */
    held: [] as (() => void)[],
    controls: defaultControls(),
  };
}

export function defaultControls(): FakeControls {
  return {
    callLogCreateDelayMs: 0,
    holdCallLogCreate: false,
    loginTokenLifetimeSeconds: JWT_LIFETIME_SECONDS,
    failNext: {},
    jwtInQueryOnly: false,
    cors: true,
    answerDelayMs: 0,
    messageLogDelayMs: 0,
  };
}

export type FakeState = ReturnType<typeof createFakeState>;

export function findMapping(state: FakeState, sessionId: string): FakeMapping | undefined {
  for (const mapping of state.mappings.values()) if (mapping.sessionId === sessionId) return mapping;
  return undefined;
}
