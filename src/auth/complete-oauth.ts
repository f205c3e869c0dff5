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

export type OAuthOutcome =
  { ok: true; credential: Credential; hostname?: string; additionalInfo?: Record<string, unknown> } | { ok: false; message: string; hint: string };

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
  // The implicit flow answers in the fragment; the others in the query.
  const implicit = connector.oauth.flow === 'implicit';
  const params = Object.fromEntries(implicit ? new URLSearchParams(url.hash.slice(1)) : url.searchParams) as Record<string, string | undefined>;
  const { code, state, error, access_token: accessToken, expires_in: expiresIn, ...rest } = params;
  // What else the CRM put in the redirect (NetSuite: `company`, `entity`, `role`), for the user-info call.
  // With the app's own URLs: a connector may learn its API host from them (a test server).
  const urls = { ...(app.tokenUrl ? { tokenUrl: app.tokenUrl } : {}), ...(app.authorizeUrl ? { authorizeUrl: app.authorizeUrl } : {}) };
  if (error || !(implicit ? accessToken : code) || !state) {
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
  // What the connect form asked for (a spreadsheet, say) goes with it.
  const additionalInfo = { ...rest, ...urls, ...pending.additionalInfo };

  if (implicit) {
    const tokens = { access_token: accessToken!, ...(expiresIn ? { expires_in: Number(expiresIn) } : {}) };
    return { ok: true, credential: toCredential(tokens), hostname, additionalInfo };
  }
  const form = { grant_type: 'authorization_code', code: code!, redirect_uri: pending.redirectUri };
  const result = await tokenGrant(app, pending.verifier ? { ...form, code_verifier: pending.verifier } : form, connector.oauth.flow);
  if (!result.ok) {
    return {
      ok: false,
      message: `${connector.displayName} did not accept the sign-in.`,
      hint: 'Start the sign-in again. If it keeps failing, the OAuth settings may be wrong.',
    };
  }
  // An explicit base URL override wins over the CRM's own api_domain (docs/pipedrive.md, "Base URL").
  const override = hostname && /^https?:\/\//i.test(hostname) ? hostname : undefined;
  return { ok: true, credential: toCredential(result.tokens), hostname: override ?? result.tokens.api_domain ?? hostname, additionalInfo };
}
