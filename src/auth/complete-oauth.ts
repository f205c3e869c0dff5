/**
 * The end of an OAuth sign-in (`GET /oauth-callback`): checks the redirect came from a sign-in
 * this extension started, exchanges the code through the operator's endpoint, and hands the
 * tokens to the connector's user-info call. The caller stores the connection.
 */
import type { Connector } from '../connectors/types';
import type { Credential } from '../storage/connections';
import { takePendingSignIn } from './oauth-request';
import { oauthAppFor } from './oauth-settings';
import { tokenGrant, toCredential } from './oauth-tokens';

export type OAuthOutcome = { ok: true; credential: Credential; hostname?: string } | { ok: false; message: string; hint: string };

export async function exchangeCallback(connector: Connector, callbackUri: string, hostname?: string): Promise<OAuthOutcome> {
  const app = await oauthAppFor(connector.id);
  if (!connector.oauth || !app) {
    return {
      ok: false,
      message: `${connector.displayName} cannot sign in with OAuth in this browser yet.`,
      hint: 'Connect it with an API key in Options, or ask your admin for the OAuth settings.',
    };
  }
  let url: URL;
  try {
    url = new URL(callbackUri);
  } catch {
    return { ok: false, message: 'The sign-in answer is not a URL.', hint: 'Start the sign-in again from Options.' };
  }
  const { code, state, error } = Object.fromEntries(url.searchParams) as Record<string, string | undefined>;
  if (error || !code || !state) {
    return {
      ok: false,
      message: `${connector.displayName} did not sign you in${error ? ` (${error.slice(0, 80)})` : ''}.`,
      hint: 'Start the sign-in again and choose "Allow".',
    };
  }
  const pending = await takePendingSignIn(state, connector.id);
  if (!pending)
    return { ok: false, message: 'This sign-in was not started here, or it took too long.', hint: 'Start the sign-in again from Options.' };
  // The answer must come back where this sign-in asked it to: a code delivered anywhere else was not meant for us.
  if (`${url.origin}${url.pathname}` !== pending.redirectUri) {
    return { ok: false, message: 'The sign-in answer does not belong to this sign-in.', hint: 'Start the sign-in again from Options.' };
  }

  const form = { grant_type: 'authorization_code', code, redirect_uri: pending.redirectUri };
  const result = await tokenGrant(app, pending.verifier ? { ...form, code_verifier: pending.verifier } : form);
  if (!result.ok) {
    return {
      ok: false,
      message: `${connector.displayName} did not accept the sign-in.`,
      hint: 'Start the sign-in again. If it keeps failing, the OAuth settings may be wrong.',
    };
  }
  // An explicit base URL override wins over the CRM's own api_domain (docs/pipedrive.md, "Base URL").
  const override = hostname && /^https?:\/\//i.test(hostname) ? hostname : undefined;
  return { ok: true, credential: toCredential(result.tokens), hostname: override ?? result.tokens.api_domain ?? hostname };
}
