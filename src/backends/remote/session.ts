/**
 * The App Connect server a request goes to, and the login it carries. Logs made through a
 * server are kept in the same IndexedDB ledger as local ones, keyed by the JWT's platform and a
 * user id `<server's user id>@<server URL>` (platform `remote:<platform>`): the server's mapping table is per server, so the
 * same CRM user through two servers (or through this browser) never shares a ledger.
 */
import { DEFAULT_SETTLE_DELAY_MS } from '../../logging/outbox/retry-policy';
import type { RemoteConnection } from '../../storage/remote-connections';
import type { SessionKey } from '../../storage/call-log-record';

export interface RemoteOptions {
  /** How long to wait for the server's answer to one request. */
  timeoutMs: number;
  /**
   * POST /callLog and the GET /callLog that may come before or after it share the 15 s in which
   * the API must answer (docs/reliability.md).
   */
  createTimeoutMs: number;
  checkTimeoutMs: number;
  /**
   * After a create whose outcome is unknown, how long the server may still be working on it:
   * before that, "not logged" from GET /callLog is not trusted enough to send the POST again.
   */
  settleMs: number;
  now: () => number;
}

export const DEFAULT_REMOTE_OPTIONS: RemoteOptions = {
  timeoutMs: 10_000,
  createTimeoutMs: 10_000,
  checkTimeoutMs: 4_000,
  settleMs: DEFAULT_SETTLE_DELAY_MS,
  now: () => Date.now(),
};

export interface RemoteServer {
  serverUrl: string;
  options: RemoteOptions;
}

export interface RemoteSession extends RemoteServer {
  connection: RemoteConnection;
}

export function remoteLedgerUser(serverUrl: string, connection: RemoteConnection): string {
  return `${connection.userId}@${serverUrl}`;
}

/**
 * Remote logs live under `remote:<platform>`: no local connector has such an id, so the local
 * outbox and its start-up recovery never take a server's sessions for its own (the server's
 * sessions are reconciled by asking the server, remote-create-call-log.ts).
 */
export function remoteLedgerPlatform(connection: RemoteConnection): string {
  return `remote:${connection.platform}`;
}

export function remoteSessionKey(session: RemoteSession, sessionId: string): SessionKey {
  return { platform: remoteLedgerPlatform(session.connection), userId: remoteLedgerUser(session.serverUrl, session.connection), sessionId };
}
