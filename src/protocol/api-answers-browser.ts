/**
 * The answer body of each path the router answers itself, whatever the backend: this browser's
 * settings, phone account and calls (src/backends/browser/). Tokens never appear in them.
 */
import type { Outcome } from './api-answers';
import type { CallRecord } from './call-record';
import type { ReturnMessage } from './return-message';
import type { AutoLogSettings, UnloggedReason } from './schemas/auto-log-settings';
import type { BackendSetting } from './schemas/backend-setting';
import type { LogBodySettings } from './schemas/log-body-settings';
import type { OAuthAppView } from './schemas/oauth-app';
import type { PhoneAccount } from './schemas/phone-account';

/** GET and PUT /backend (a JWT handed over with PUT is kept apart, never shown). */
export interface BackendAnswer {
  successful: true;
  backend: BackendSetting;
  returnMessage?: ReturnMessage;
}

/** GET and PUT /settings/logBody. */
export interface LogBodySettingsAnswer {
  successful: true;
  settings: LogBodySettings;
  returnMessage?: ReturnMessage;
}

/** The calls of the side panel (GET /calls). */
export interface CallsSnapshot {
  source: 'sample' | 'ringcentral';
  /** Newest first. */
  calls: CallEntry[];
  /** When the calls were last read from the phone system (epoch ms); null = never / not applicable. */
  syncedAt: number | null;
  /** Set when the calls could not be refreshed: the cached ones are still given. */
  returnMessage?: ReturnMessage;
}

/** A call of GET /calls; `unloggedReason` says why auto-log left it unlogged (docs/auto-log.md). */
export type CallEntry = CallRecord & { unloggedReason?: UnloggedReason; unloggedDetail?: string };

/** GET and PUT /settings/autoLog. */
export interface AutoLogSettingsAnswer {
  successful: true;
  settings: AutoLogSettings;
  returnMessage?: ReturnMessage;
}

/** POST /calls/autoLog: what auto-log did with the call. */
export interface AutoLogCallAnswer {
  successful: boolean;
  outcome: 'logged' | 'queued' | 'alreadyLogged' | 'unlogged' | 'notLogged';
  logId?: string;
  unloggedReason?: UnloggedReason;
  returnMessage?: ReturnMessage;
}

/** GET /calls. */
export type CallsAnswer = { successful: true } & CallsSnapshot;

/**
 * The worker's word, sent unasked (`runtime.sendMessage`), that GET /calls would answer
 * differently now: new calls landed from the phone system, or the CRM ended the sign-in (the
 * calls' states can no longer be read). It carries no data; a page that shows the calls asks again.
 */
export const CALLS_CHANGED = { type: 'callsChanged' } as const;

/** The worker's word that it logged a call that just ended, when the user wants its form opened for a note. */
export const AUTO_LOGGED = { type: 'autoLogged' } as const;

/** The call the worker just logged, from its `AUTO_LOGGED` message (it carries the call, which a list may not show yet). */
export function autoLoggedCall(message: unknown): CallRecord | undefined {
  const { type, call } = (typeof message === 'object' && message !== null ? message : {}) as { type?: unknown; call?: CallRecord };
  return type === AUTO_LOGGED.type && typeof call?.sessionId === 'string' ? call : undefined;
}

/** The same for GET /messages and GET /messageLog: an auto-log pass over messages logged or left some. */
export const MESSAGES_CHANGED = { type: 'messagesChanged' } as const;

export function isMessagesChanged(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === MESSAGES_CHANGED.type;
}

export function isCallsChanged(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === CALLS_CHANGED.type;
}

/** Who is signed in to RingCentral, if anyone, and when the calls were last read. */
export type RingCentralStatus = { signedIn: true; name: string; extensionNumber: string | null; syncedAt: number | null } | { signedIn: false };

/** GET, PUT /phoneAccount, and the answers of its sign-in and sign-out. */
export interface PhoneAccountAnswer extends Outcome {
  phoneAccount: PhoneAccount;
  ringcentral: RingCentralStatus;
  /** The redirect URI to register in the RingCentral app. */
  redirectUri: string;
}

/** POST /phoneAccount/signIn, POST /oauth/signIn: the URL for `identity.launchWebAuthFlow`. */
export interface SignInAnswer {
  successful: true;
  authorizeUrl: string;
}

/** GET and PUT /settings/partnerKeys, for every CRM that wants a firm's partner key: never the key itself. */
export interface PartnerKeysAnswer {
  successful: true;
  keys: Record<string, { hasPartnerKey: boolean; apiRoot: string }>;
  returnMessage?: ReturnMessage;
}

/** GET and PUT /settings/oauthApps, for every CRM that can sign in with OAuth. */
export interface OAuthAppsAnswer {
  successful: true;
  /** The secret stays in the worker: a page sees `hasClientSecret` at most. */
  apps: Record<string, OAuthAppView>;
  /** What each CRM's OAuth app must allow as its redirect URI. */
  redirectUris: Record<string, string>;
  returnMessage?: ReturnMessage;
}
