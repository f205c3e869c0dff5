/**
 * Sign in with RingCentral: authorization code with PKCE. The worker makes the verifier and the
 * state and keeps them in storage (the worker may stop while the user types a password); the
 * page runs `identity.launchWebAuthFlow` with the URL and hands back the redirect URL, which
 * the worker checks and exchanges. The code is useless without the verifier, which never
 * leaves the worker, and the tokens never leave it either.
 */
import browser from 'webextension-polyfill';
import * as z from 'zod/mini';
import { defineStoredValue } from '../../storage/stored-value';
import { type PhoneAccount } from '../../protocol/schemas/phone-account';
import { serverOrigin } from '../phone-account';
import { rcRequest } from './rc-request';
import { RingCentralError } from './ringcentral-error';
import { requestTokens, ringCentralTokens, tokensFromResponse, type RingCentralTokens } from './rc-tokens';
import { extensionInfoSchema } from './schemas';
import { challengeOf, randomText } from '../../http/pkce';

const pendingSchema = z.object({ state: z.string(), verifier: z.string(), redirectUri: z.string(), serverUrl: z.string(), clientId: z.string() });
const pendingSignIn = defineStoredValue('ringcentralSignIn', z.nullable(pendingSchema), () => null);

export function redirectUri(): string {
  return browser.identity.getRedirectURL('ringcentral');
}

/** Starts a sign-in: the URL of RingCentral's sign-in page for `identity.launchWebAuthFlow`. */
export async function startSignIn(account: PhoneAccount): Promise<string> {
  const verifier = randomText(48);
  const state = randomText(24);
  const pending = { state, verifier, redirectUri: redirectUri(), serverUrl: serverOrigin(account), clientId: account.clientId };
  await pendingSignIn.set(pending);
  const url = new URL('/restapi/oauth/authorize', pending.serverUrl);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: account.clientId,
    redirect_uri: pending.redirectUri,
    state,
    code_challenge: await challengeOf(verifier),
    code_challenge_method: 'S256',
  }).toString();
  return url.href;
}

/** Finishes a sign-in with the URL RingCentral redirected to; stores and returns the tokens. */
export async function finishSignIn(account: PhoneAccount, callbackUri: string): Promise<RingCentralTokens> {
  const pending = await pendingSignIn.get();
  if (!pending || pending.serverUrl !== serverOrigin(account) || pending.clientId !== account.clientId) {
    throw new RingCentralError('rejected', 'This sign-in was not started here, or the RingCentral settings changed since.');
  }
  const callback = new URL(callbackUri);
  const params = callback.searchParams;
  if (`${callback.origin}${callback.pathname}` !== pending.redirectUri || params.get('state') !== pending.state) {
    throw new RingCentralError('rejected', 'The answer from RingCentral does not belong to this sign-in.');
  }
  await pendingSignIn.set(null);
  const code = params.get('code');
  if (!code) {
    const reason = params.get('error_description') ?? params.get('error') ?? 'no code was given';
    throw new RingCentralError('rejected', `RingCentral did not sign you in: ${reason.slice(0, 200)}.`);
  }
  const response = await requestTokens(account, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: pending.redirectUri,
    code_verifier: pending.verifier,
  });
  const who = extensionInfoSchema.safeParse(
    await rcRequest(`${pending.serverUrl}/restapi/v1.0/account/~/extension/~`, {
      headers: { authorization: `Bearer ${response.access_token}`, accept: 'application/json' },
    }),
  );
  const tokens = tokensFromResponse(account, response, {
    name: (who.success && who.data.name) || 'RingCentral user',
    extensionNumber: who.success ? who.data.extensionNumber : undefined,
  });
  await ringCentralTokens.set(tokens);
  return tokens;
}

/** Forgets the tokens, and asks RingCentral to revoke them (best effort: the user is leaving). */
export async function signOut(): Promise<void> {
  const tokens = await ringCentralTokens.get();
  await ringCentralTokens.set(null);
  if (!tokens) return;
  await fetch(`${tokens.serverUrl}/restapi/oauth/revoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token: tokens.refreshToken, client_id: tokens.clientId }),
    signal: AbortSignal.timeout(5000),
    redirect: 'manual',
  }).catch(() => undefined);
}
