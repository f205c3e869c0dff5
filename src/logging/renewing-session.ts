/**
 * A session whose connector renews an OAuth token the CRM refused (401) once, and sends that one
 * operation again: a 401 was not processed, so only the refused request is repeated, never the
 * work around it, and no ledger or outbox state sees the refusal. The interactive requests and the
 * outbox's background runs get the same session, so a log that waited while its token expired
 * goes out after one refresh; only a renewal the CRM refuses (`invalid_grant`, thrown by `renew`
 * as a `revoked` CrmError) pauses the account.
 */
import { isCrmError } from '../http/crm-error';
import type { AuthHeader, Connector } from '../connectors/types';
import type { CrmSession } from './crm-session';

type Operation = (args: { authHeader: AuthHeader }, ...rest: unknown[]) => Promise<unknown>;

const sendsCredential = (args: unknown): args is { authHeader: AuthHeader } => typeof args === 'object' && args !== null && 'authHeader' in args;

function isRefusedToken(failure: unknown): boolean {
  return isCrmError(failure) && failure.code === 'unauthorized' && failure.options.status === 401;
}

/** `renew` is asked at most once per session; every later operation uses the renewed header. */
export function renewingSession(session: CrmSession, renew: () => Promise<AuthHeader>): CrmSession {
  const original = session.connector;
  let renewal: Promise<AuthHeader> | undefined;
  let renewed: AuthHeader | undefined;
  const connector: Record<string, unknown> = { ...original };
  // Every operation that sends the credential (its argument carries `authHeader`); the others
  // (`authHeader()` itself, `logUrl`, which may be synchronous) are called as they are.
  for (const [name, value] of Object.entries(original)) {
    if (typeof value !== 'function' || name === 'authHeader') continue;
    const operation = value as Operation;
    connector[name] = (args: unknown, ...rest: unknown[]) => {
      if (!sendsCredential(args)) return operation.call(original, args as never, ...rest);
      const send = (authHeader: AuthHeader) => operation.call(original, { ...args, authHeader }, ...rest);
      if (renewed) return send(renewed);
      return operation.call(original, args, ...rest).catch(async (failure: unknown) => {
        if (!isRefusedToken(failure)) throw failure;
        renewed = await (renewal ??= renew());
        return send(renewed);
      });
    };
  }
  return { ...session, connector: connector as unknown as Connector };
}
