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

/** The connector operations that send the user's credential (all but sign-in). */
const AUTHED_OPERATIONS = [
  'findContact',
  'createContact',
  'createCallLog',
  'getCallLog',
  'updateCallLog',
  'upsertCallDisposition',
  'unAuthorize',
  'findCallLogBySession',
  'createMessageLog',
  'updateMessageLog',
  'findMessageLog',
] as const satisfies readonly (keyof Connector)[];

type Operation = (args: { authHeader: AuthHeader }) => Promise<unknown>;

function isRefusedToken(failure: unknown): boolean {
  return isCrmError(failure) && failure.code === 'unauthorized' && failure.options.status === 401;
}

/** `renew` is asked at most once per session; every later operation uses the renewed header. */
export function renewingSession(session: CrmSession, renew: () => Promise<AuthHeader>): CrmSession {
  const original = session.connector;
  let renewal: Promise<AuthHeader> | undefined;
  let renewed: AuthHeader | undefined;
  const connector: Record<string, unknown> = { ...original };
  for (const name of AUTHED_OPERATIONS) {
    const operation = original[name] as Operation | undefined;
    if (!operation) continue;
    connector[name] = async (args: { authHeader: AuthHeader }) => {
      if (renewed) return operation.call(original, { ...args, authHeader: renewed });
      try {
        return await operation.call(original, args);
      } catch (failure) {
        if (!isRefusedToken(failure)) throw failure;
        renewed = await (renewal ??= renew());
        return operation.call(original, { ...args, authHeader: renewed });
      }
    };
  }
  return { ...session, connector: connector as unknown as Connector };
}
