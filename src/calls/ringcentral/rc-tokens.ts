/**
 * The RingCentral tokens: kept in extension storage, read only by the worker, never sent to a
 * page. An access token is refreshed before it expires, one refresh at a time across every
 * context (a Web Lock), and a refresh token that RingCentral refuses signs the user out.
 */
import * as z from 'zod/mini';
import { defineStoredValue } from '../../storage/stored-value';
import { type PhoneAccount } from '../../protocol/schemas/phone-account';
import { serverOrigin } from '../phone-account';
import { rcRequest } from './rc-request';
import { RingCentralError, isRingCentralError } from './ringcentral-error';
import { tokenResponseSchema, type TokenResponse } from './schemas';

/** Refresh when less than this is left: a sync in flight must not meet an expired token. */
export const REFRESH_BEFORE_EXPIRY_MS = 5 * 60_000;

const tokensSchema = z.object({
  serverUrl: z.string(),
  clientId: z.string(),
  accessToken: z.string(),
  refreshToken: z.string(),
  expiresAt: z.number(),
  refreshExpiresAt: z.nullable(z.number()),
  /** Who signed in, for the Options page ("Signed in as …"). */
  name: z.string(),
  extensionNumber: z.optional(z.string()),
});
export type RingCentralTokens = z.infer<typeof tokensSchema>;

export const ringCentralTokens = defineStoredValue('ringcentralTokens', z.nullable(tokensSchema), () => null);

/** The stored tokens if they belong to this server and client id. */
export async function tokensFor(account: PhoneAccount): Promise<RingCentralTokens | null> {
  const tokens = await ringCentralTokens.get();
  return tokens && tokens.serverUrl === serverOrigin(account) && tokens.clientId === account.clientId ? tokens : null;
}

/** Posts a grant to the token endpoint: a public client (PKCE), so no client secret. */
export async function requestTokens(account: PhoneAccount, grant: Record<string, string>): Promise<TokenResponse> {
  const answer = await rcRequest(`${serverOrigin(account)}/restapi/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({ ...grant, client_id: account.clientId }),
  });
  const parsed = tokenResponseSchema.safeParse(answer);
  if (!parsed.success) throw new RingCentralError('rejected', 'RingCentral answered the sign-in with something unexpected.');
  return parsed.data;
}

export function tokensFromResponse(
  account: PhoneAccount,
  response: TokenResponse,
  who: Pick<RingCentralTokens, 'name' | 'extensionNumber'>,
  now = Date.now(),
): RingCentralTokens {
  return {
    serverUrl: serverOrigin(account),
    clientId: account.clientId,
    accessToken: response.access_token,
    refreshToken: response.refresh_token,
    expiresAt: now + response.expires_in * 1000,
    refreshExpiresAt: response.refresh_token_expires_in ? now + response.refresh_token_expires_in * 1000 : null,
    ...who,
  };
}

/**
 * A usable access token. `rejected` is the token RingCentral just refused with 401: it is
 * refreshed unless another context already replaced it.
 */
export async function accessToken(account: PhoneAccount, rejected?: string): Promise<string> {
  return await navigator.locks.request('ringcentral-tokens', async () => {
    const tokens = await tokensFor(account);
    if (!tokens) throw new RingCentralError('signedOut', 'Not signed in to RingCentral.');
    const stale = rejected === tokens.accessToken || tokens.expiresAt - Date.now() < REFRESH_BEFORE_EXPIRY_MS;
    if (!stale) return tokens.accessToken;
    try {
      const response = await requestTokens(account, { grant_type: 'refresh_token', refresh_token: tokens.refreshToken });
      const fresh = tokensFromResponse(account, response, { name: tokens.name, extensionNumber: tokens.extensionNumber });
      await ringCentralTokens.set(fresh);
      return fresh.accessToken;
    } catch (failure) {
      if (isRingCentralError(failure) && failure.code === 'signedOut') await ringCentralTokens.set(null);
      throw failure;
    }
  });
}
