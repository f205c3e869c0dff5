/**
 * A session whose operations are guarded against a refused credential, for every CRM:
 * - An OAuth token the CRM refused (401) is renewed once (`renew`), and that one operation sent
 *   again: a 401 was not processed, so only the refused request is repeated, never the work
 *   around it, and no ledger or outbox state sees the refusal.
 * - A sign-in the CRM ended (`revoked`: a refused grant, Redtail's refused user key) is ended by
 *   `ended`, in one place (src/backends/local/end-sign-in.ts). When the user connected the same
 *   account again meanwhile, `ended` answers the new credential's header and the refused request
 *   is sent once more with it, instead of failing a sign-in that is no longer the refused one.
 * The interactive requests and the outbox's background runs get the same session.
 */
import { isCrmError } from '../http/crm-error';
import type { AuthHeader, Connector } from '../connectors/types';
import type { CrmSession } from './crm-session';

type Operation = (args: { authHeader: AuthHeader }, ...rest: unknown[]) => Promise<unknown>;

export interface SessionGuards {
  /** Renews a refused OAuth token; asked at most once per session. Absent: a 401 is the CRM's answer. */
  renew?: () => Promise<AuthHeader>;
  /** The sign-in that sent `refused` was ended by the CRM. Answers a newer sign-in's header, if any. */
  ended: (refused: AuthHeader) => Promise<AuthHeader | undefined>;
}

const sendsCredential = (args: unknown): args is { authHeader: AuthHeader } => typeof args === 'object' && args !== null && 'authHeader' in args;

const isRefusedToken = (failure: unknown) => isCrmError(failure) && failure.code === 'unauthorized' && failure.options.status === 401;
const isRevoked = (failure: unknown) => isCrmError(failure) && failure.code === 'revoked';

/** Two newer sign-ins in the time of one request would be a loop, not a user. */
const MAX_RESENDS_AFTER_RECONNECT = 2;

export function guardedSession(session: CrmSession, { renew, ended }: SessionGuards): CrmSession {
  const original = session.connector;
  let renewal: Promise<AuthHeader> | undefined;
  let renewed: AuthHeader | undefined;
  // The header every later operation sends: the renewed token's, or a newer sign-in's.
  let current: AuthHeader | undefined;
  const connector: Record<string, unknown> = { ...original };

  async function send(operation: Operation, args: { authHeader: AuthHeader }, rest: unknown[], resends = 0): Promise<unknown> {
    // What this operation sent last: the refused sign-in is that one, whatever others sent since.
    const sent = { header: current ?? args.authHeader };
    try {
      return await sendRenewing(operation, args, rest, sent);
    } catch (failure) {
      if (!isRevoked(failure)) throw failure;
      const newer = await ended(sent.header);
      if (!newer || resends >= MAX_RESENDS_AFTER_RECONNECT) throw failure;
      current = newer;
      return send(operation, args, rest, resends + 1);
    }
  }

  async function sendRenewing(operation: Operation, args: { authHeader: AuthHeader }, rest: unknown[], sent: { header: AuthHeader }) {
    try {
      return await operation.call(original, { ...args, authHeader: sent.header }, ...rest);
    } catch (failure) {
      // A renewed token refused again is the CRM's answer, not a reason to renew again.
      if (!renew || !isRefusedToken(failure) || sent.header === renewed) throw failure;
      sent.header = renewed = current = await (renewal ??= renew());
      return operation.call(original, { ...args, authHeader: sent.header }, ...rest);
    }
  }

  // Every operation that sends the credential (its argument carries `authHeader`); the others
  // (`authHeader()` itself, `logUrl`, which may be synchronous) are called as they are.
  for (const [name, value] of Object.entries(original)) {
    if (typeof value !== 'function' || name === 'authHeader') continue;
    const operation = value as Operation;
    connector[name] = (args: unknown, ...rest: unknown[]) =>
      sendsCredential(args) ? send(operation, args, rest) : operation.call(original, args as never, ...rest);
  }
  return { ...session, connector: connector as unknown as Connector };
}
