/**
 * Clio's OAuth endpoints (docs/clio.md, "Authentication"): the consent page, `POST /oauth/token`
 * with `client_id` and `client_secret` in the form (a confidential client; no PKCE documented),
 * refresh tokens that do not rotate and may be reused, and `POST /oauth/deauthorize`. Plus an
 * operator's exchange (`/exchange/token`) that adds the two and forwards, as docs/token-exchange.md says.
 */
import { randomUUID } from 'node:crypto';
import { firms } from './firm';
import type { FakeResponse } from './responses';

export const CLIENT_ID = 'fake-clio-client-id';
export const CLIENT_SECRET = 'fake-clio-client-secret';

const oauthError = (status: number, error: string, description: string): FakeResponse => ({
  status,
  body: { error, error_description: description },
});

export function tokenEndpoint(form: URLSearchParams): FakeResponse {
  if (form.get('client_id') !== CLIENT_ID || form.get('client_secret') !== CLIENT_SECRET)
    return oauthError(401, 'invalid_client', 'Client authentication failed');
  const grant = form.get('grant_type');
  if (grant === 'authorization_code') {
    for (const firm of firms.values()) {
      const issued = firm.codes.get(form.get('code') ?? '');
      if (!issued) continue;
      firm.codes.delete(form.get('code')!);
      firm.tokenGrants.push('authorization_code');
      if (issued.redirectUri !== form.get('redirect_uri')) return oauthError(400, 'invalid_grant', 'redirect_uri does not match');
      return { status: 200, body: firm.issueTokens() };
    }
    return oauthError(400, 'invalid_grant', 'Invalid authorization code');
  }
  if (grant === 'refresh_token') {
    for (const firm of firms.values()) {
      const refresh = form.get('refresh_token') ?? '';
      if (!firm.refreshTokens.has(refresh)) continue;
      firm.tokenGrants.push('refresh_token');
      if (firm.singleUseRefreshTokens) {
        firm.refreshTokens.delete(refresh);
        return { status: 200, body: firm.issueTokens() };
      }
      // Clio: a refresh token does not expire and stays usable; the answer carries no new one.
      const { refresh_token: _unused, ...tokens } = firm.issueTokens();
      return { status: 200, body: tokens };
    }
    return oauthError(400, 'invalid_grant', 'Invalid refresh token');
  }
  return oauthError(400, 'unsupported_grant_type', 'Unsupported grant type');
}

export function deauthorize(authorization: string | undefined, form: URLSearchParams): FakeResponse {
  const token = form.get('token') ?? '';
  if (authorization !== `Bearer ${token}`) return oauthError(401, 'invalid_token', 'The access token provided is invalid');
  for (const firm of firms.values()) if (firm.accessTokens.delete(token)) firm.tokenGrants.push('deauthorize');
  return { status: 200, body: {} };
}

/** The consent page, the user pressing "Allow" at once; which firm signs in is the test's `firm` parameter. */
export function authorizePage(query: Record<string, string>): FakeResponse {
  const firm = firms.get(Number(query.firm));
  if (!firm || query.response_type !== 'code' || query.client_id !== CLIENT_ID || !query.redirect_uri)
    return { status: 400, body: '<html><body><h1>Invalid OAuth request</h1></body></html>' };
  const code = `clio-code-${randomUUID()}`;
  firm.codes.set(code, { redirectUri: query.redirect_uri });
  const location = new URL(query.redirect_uri);
  location.searchParams.set('code', code);
  if (query.state) location.searchParams.set('state', query.state);
  return { status: 302, headers: { location: location.href } };
}
