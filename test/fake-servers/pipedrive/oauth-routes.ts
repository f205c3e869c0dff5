/**
 * Pipedrive's OAuth token and revoke endpoints (docs/pipedrive.md, "Signing in"), which need the
 * app's client secret as HTTP Basic auth, and an operator's token-exchange proxy in front of
 * them: the extension calls the proxy, which adds the secret the extension must never hold.
 */
import { createHash, randomUUID } from 'node:crypto';
import { companies } from './company';
import type { FakeResponse } from './responses';

export const CLIENT_ID = 'fake-client-id';
const CLIENT_SECRET = 'fake-client-secret';
export const BASIC = `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}`;

const oauthError = (status: number, error: string, description: string): FakeResponse => ({
  status,
  body: { error, error_description: description },
});

export function tokenEndpoint(authorization: string | undefined, form: URLSearchParams, apiDomain: string): FakeResponse {
  if (authorization !== BASIC) return oauthError(401, 'invalid_client', 'Client authentication failed');
  const grant = form.get('grant_type');
  if (grant === 'authorization_code') {
    const code = form.get('code') ?? '';
    for (const company of companies.values()) {
      const issued = company.codes.get(code);
      if (!issued) continue;
      company.codes.delete(code);
      company.tokenGrants.push('authorization_code');
      if (issued.redirectUri !== form.get('redirect_uri')) return oauthError(400, 'invalid_grant', 'redirect_uri does not match');
      // PKCE (RFC 7636, S256), as an exchange that supports it checks it.
      const verifier = form.get('code_verifier') ?? '';
      if (issued.codeChallenge && createHash('sha256').update(verifier).digest('base64url') !== issued.codeChallenge) {
        return oauthError(400, 'invalid_grant', 'code_verifier does not match');
      }
      return { status: 200, body: { ...company.issueTokens(issued.expiresIn), api_domain: apiDomain } };
    }
    return oauthError(400, 'invalid_grant', 'Invalid authorization code');
  }
  if (grant === 'refresh_token') {
    const refresh = form.get('refresh_token') ?? '';
    for (const company of companies.values()) {
      if (!company.refreshTokens.delete(refresh)) {
        if (company.issuedRefreshTokens.has(refresh)) company.tokenGrants.push('refresh_token refused');
        continue;
      }
      company.tokenGrants.push('refresh_token');
      // The refresh token rotates: the old one is spent, the new one comes with the answer.
      return { status: 200, body: { ...company.issueTokens(), api_domain: apiDomain } };
    }
    return oauthError(400, 'invalid_grant', 'Invalid refresh token');
  }
  return oauthError(400, 'unsupported_grant_type', 'Unsupported grant type');
}

export function revokeEndpoint(authorization: string | undefined, form: URLSearchParams): FakeResponse {
  if (authorization !== BASIC) return oauthError(401, 'invalid_client', 'Client authentication failed');
  const token = form.get('token') ?? '';
  for (const company of companies.values()) {
    if (company.refreshTokens.delete(token) || company.accessTokens.delete(token)) company.tokenGrants.push(`revoke ${form.get('token_type_hint')}`);
  }
  return { status: 200, body: {} };
}

/**
 * Pipedrive's consent page, with the user pressing "Allow and install" at once: a redirect to
 * the app's redirect URI with a code and the state. Which company signs in is the test's
 * `company` parameter (a real user is signed in to theirs).
 */
export function authorizePage(query: Record<string, string>): FakeResponse {
  const company = companies.get(Number(query.company));
  const redirect = query.redirect_uri;
  if (!company || query.client_id !== CLIENT_ID || !redirect)
    return { status: 400, body: '<html><body><h1>Invalid OAuth request</h1></body></html>' };
  const code = `code-${randomUUID()}`;
  company.codes.set(code, { redirectUri: redirect, expiresIn: 3600, codeChallenge: query.code_challenge });
  const location = new URL(redirect);
  location.searchParams.set('code', code);
  if (query.state) location.searchParams.set('state', query.state);
  return { status: 302, headers: { location: location.href } };
}
