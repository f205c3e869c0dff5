/**
 * The OAuth access token as the REST login sees it (docs/bullhorn.md, "When the token is renewed").
 * Bullhorn needs the token only to open a REST session, so the core does not renew it ahead of time
 * (`oauth.refresh: 'whenNeeded'`): the login asks for a new one by answering 401, which the core
 * turns into one renewal per account (src/auth/refresh-oauth.ts). Two things spare a request:
 * - the token's expiry travels with it, so a login never sends a token known to be (nearly) expired;
 * - an OAuth token Bullhorn refused is remembered (its SHA-256, in storage: the worker may stop
 *   meanwhile), so racing requests send one refused login, not one each, before the core renews it.
 *   A token given as an API key is not: nothing renews it, and it is tried again on the next request.
 * The "auth header" is this connector's own: nothing of it is sent as an HTTP header.
 */
import * as z from 'zod/mini';
import { CrmError } from '../../http/crm-error';
import type { Credential } from '../../storage/connections';
import { defineStoredValue } from '../../storage/stored-value';
import type { AuthHeader } from '../types';

/** A login takes a moment, and the token must still be good when Bullhorn reads it. */
export const LOGIN_MARGIN_MS = 60_000;
const EXPIRES_AT = 'x-token-expires-at';

const refused = defineStoredValue('bullhorn:refusedTokens', z.record(z.string(), z.string()), () => ({}));

export function authHeaderOf(credential: Credential): AuthHeader {
  // An API-key login takes a Bullhorn OAuth access token as it is: tests, and tokens an admin issued.
  if (credential.kind === 'apiKey') return { authorization: `Bearer ${credential.apiKey}` };
  const header: Record<string, string> = { authorization: `Bearer ${credential.accessToken}` };
  if (credential.expiresAt !== undefined) header[EXPIRES_AT] = String(credential.expiresAt);
  return header;
}

export const accessTokenOf = (authHeader: AuthHeader) => /^Bearer (.+)$/.exec(authHeader.authorization ?? '')?.[1] ?? '';

async function digest(token: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token)));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The 401 that makes the core renew the token (once per account) and run the operation again. */
export const needsNewToken = () =>
  new CrmError('unauthorized', 'bullhorn', 'Bullhorn did not accept the sign-in: connect Bullhorn again in Options.', { status: 401 });

/** Throws `needsNewToken()` without asking Bullhorn when an OAuth token is (nearly) expired or was refused. */
export async function checkLoginToken(userId: string | undefined, authHeader: AuthHeader): Promise<void> {
  const expiresAt = authHeader[EXPIRES_AT];
  if (expiresAt === undefined) return;
  if (Number(expiresAt) - Date.now() < LOGIN_MARGIN_MS) throw needsNewToken();
  if (userId && (await refused.get())[userId] === (await digest(accessTokenOf(authHeader)))) throw needsNewToken();
}

/** Remembers the OAuth token Bullhorn refused for this user (or, with none, forgets it after a login). */
export async function rememberRefusal(userId: string, authHeader: AuthHeader | undefined): Promise<void> {
  const { [userId]: old, ...rest } = await refused.get();
  if (authHeader?.[EXPIRES_AT] !== undefined) await refused.set({ ...rest, [userId]: await digest(accessTokenOf(authHeader)) });
  else if (old && !authHeader) await refused.set(rest);
}
