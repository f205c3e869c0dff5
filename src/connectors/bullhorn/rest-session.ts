/**
 * Bullhorn's REST session (docs/bullhorn.md, "Signing in"): the OAuth access token opens a session
 * (`POST {loginUrl}/rest-services/login?version=2.0&access_token=…` → `BhRestToken` and `restUrl`),
 * kept in storage per user because the worker stops when idle. A 401 means the session timed out:
 * one login again (one at a time per user, a Web Lock, so racing requests share it) and the
 * request once more. When the access token (it lives 10 minutes) can no longer open a session, the
 * login's refusal is a 401 the core answers by renewing the OAuth tokens and running the operation
 * again (src/backends/local/local-session.ts), which then logs in with the new token. That is the
 * only time the token is renewed (`oauth.refresh: 'whenNeeded'`, ./login-token.ts).
 */
import * as z from 'zod/mini';
import { createCrmClient, type CrmRequest } from '../../http/crm-client';
import { isCrmError } from '../../http/crm-error';
import type { CrmUser } from '../../storage/connections';
import { defineStoredValue } from '../../storage/stored-value';
import type { AuthHeader } from '../types';
import { accessTokenOf, checkLoginToken, needsNewToken, rememberRefusal } from './login-token';
import * as s from './schemas';

const sessionSchema = z.object({ restUrl: z.string(), bhRestToken: z.string() });
export type RestSession = z.infer<typeof sessionSchema>;
const sessions = defineStoredValue('bullhorn:restSessions', z.record(z.string(), sessionSchema), () => ({}));

const CRM = { connectorId: 'bullhorn', crmName: 'Bullhorn' } as const;
type Schema = CrmRequest<z.ZodMiniType>['schema'];

const refusedToken = (failure: unknown) => isCrmError(failure) && failure.options.status === 401;

/**
 * Opens a REST session with the access token. A token known to be expired or refused is not sent;
 * that and any refusal ask the core for a new token (a 401). `userId` once the user is known.
 */
export async function restLogin(loginUrl: string, authHeader: AuthHeader, userId?: string): Promise<RestSession> {
  await checkLoginToken(userId, authHeader);
  const client = createCrmClient({ ...CRM, baseUrl: loginUrl, headers: {} });
  try {
    const answer = await client.send({
      method: 'POST',
      path: 'rest-services/login',
      searchParams: { version: '2.0', access_token: accessTokenOf(authHeader) },
      schema: s.restLogin,
      // A login makes nothing in Bullhorn: sending it twice only opens two sessions.
      idempotent: true,
    });
    if (userId) await rememberRefusal(userId, undefined);
    return { restUrl: answer.restUrl.replace(/\/+$/, ''), bhRestToken: answer.BhRestToken };
  } catch (failure) {
    const status = isCrmError(failure) ? failure.options.status : undefined;
    if (status === undefined || status >= 500 || status === 429) throw failure;
    if (userId) await rememberRefusal(userId, authHeader);
    throw needsNewToken();
  }
}

export async function saveRestSession(userId: string, session: RestSession | undefined): Promise<void> {
  const { [userId]: _old, ...rest } = await sessions.get();
  await sessions.set(session ? { ...rest, [userId]: session } : rest);
}

/** Ends the user's REST session at Bullhorn (`GET {rest}logout`), best effort, and forgets it. Requests: 1. */
export async function restLogout(userId: string): Promise<void> {
  const stored = (await sessions.get())[userId];
  await saveRestSession(userId, undefined);
  await rememberRefusal(userId, undefined);
  if (stored)
    await clientFor(stored)
      .send({ method: 'GET', path: 'logout', schema: z.unknown() })
      .catch(() => undefined);
}

export interface RestClient {
  send<S extends Schema>(request: CrmRequest<S>): Promise<z.output<S>>;
}

const clientFor = (session: RestSession) => createCrmClient({ ...CRM, baseUrl: session.restUrl, headers: { BhRestToken: session.bhRestToken } });

/** One session just opened, before the user it belongs to is known (the sign-in). */
export const pinnedClient = (session: RestSession): RestClient => ({ send: (request) => clientFor(session).send(request) });

export function restClient(user: CrmUser, authHeader: AuthHeader): RestClient {
  const loginUrl = String(user.platformAdditionalInfo.loginUrl ?? '');

  /** A new session unless someone already replaced `failed` (racing requests log in once). */
  const relogin = (failed: string | undefined) =>
    navigator.locks.request(`bullhorn-login:${user.id}`, async () => {
      const stored = (await sessions.get())[user.id];
      if (stored && stored.bhRestToken !== failed) return stored;
      // The dead session goes first: after the core renewed the token, the next try logs in at once.
      if (stored) await saveRestSession(user.id, undefined);
      const fresh = await restLogin(loginUrl, authHeader, user.id);
      await saveRestSession(user.id, fresh);
      return fresh;
    });
  const session = async () => (await sessions.get())[user.id] ?? relogin(undefined);

  return {
    async send(request) {
      const current = await session();
      try {
        return await clientFor(current).send(request);
      } catch (failure) {
        // A 401 was not processed, so sending a create again is safe.
        if (!refusedToken(failure)) throw failure;
        return await clientFor(await relogin(current.bhRestToken)).send(request);
      }
    },
  };
}
