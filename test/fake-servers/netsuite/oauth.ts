/**
 * NetSuite OAuth 2.0 for a public client (docs/netsuite.md, "Signing in"): the authorize page
 * (which here consents at once) redirects with `code`, `state`, `entity`, `company` and `role`; the
 * token endpoint wants `client_id` and the PKCE verifier (S256) instead of a secret; refresh
 * tokens rotate; access tokens last 60 minutes.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Account, FakeAnswer, FakeRequest } from '../small-fake/server';
import type { NetsuiteState } from './seed';

type A = Account<NetsuiteState>;
const oauthError = (error: string, status = 400): FakeAnswer => ({ status, body: { error } });

export function authorize(accounts: Map<string, A>, query: URLSearchParams): FakeAnswer {
  const account = [...accounts.values()].find((a) => a.state.clientId === query.get('client_id'));
  const redirect = query.get('redirect_uri') ?? '';
  const state = query.get('state') ?? '';
  if (!account || query.get('response_type') !== 'code' || !/^https:\/\//.test(redirect))
    return { status: 400, body: '<h1>Invalid login attempt</h1>' };
  if (state.length < 24 || state.length > 1024) return { status: 400, body: '<h1>Invalid state</h1>' };
  if (!(query.get('scope') ?? '').split(' ').includes('rest_webservices')) return { status: 400, body: '<h1>Invalid scope</h1>' };
  if (query.get('code_challenge_method') !== 'S256' || !query.get('code_challenge'))
    return { status: 400, body: '<h1>PKCE required for a public client</h1>' };
  const code = `code-${randomUUID()}`;
  account.state.codes[code] = { redirectUri: redirect, challenge: query.get('code_challenge')! };
  const location = new URL(redirect);
  for (const [key, value] of Object.entries({ state, role: '3', entity: account.state.employee.id, company: account.state.account, code }))
    location.searchParams.set(key, value);
  return { status: 302, headers: { location: location.href } };
}

export function token(accounts: Map<string, A>, request: FakeRequest): FakeAnswer {
  if (request.headers.authorization) return oauthError('invalid_client', 401);
  const form = new URLSearchParams(request.text);
  const account = [...accounts.values()].find((a) => a.state.clientId === form.get('client_id'));
  if (!account) return oauthError('invalid_client', 401);
  const s = account.state;
  if (form.get('grant_type') === 'authorization_code') {
    const issued = s.codes[form.get('code') ?? ''];
    delete s.codes[form.get('code') ?? ''];
    if (!issued || issued.redirectUri !== form.get('redirect_uri')) return oauthError('invalid_grant');
    const challenge = createHash('sha256')
      .update(form.get('code_verifier') ?? '')
      .digest('base64url');
    if (challenge !== issued.challenge) return oauthError('invalid_grant');
    s.grants.push('authorization_code');
    s.refuseRefresh = false;
    return issue(account);
  }
  if (form.get('grant_type') === 'refresh_token') {
    const index = s.refreshTokens.indexOf(form.get('refresh_token') ?? '');
    if (index === -1 || s.refuseRefresh) return oauthError('invalid_grant');
    s.refreshTokens.splice(index, 1);
    s.grants.push('refresh_token');
    return issue(account);
  }
  return oauthError('unsupported_grant_type');
}

export function revoke(accounts: Map<string, A>, request: FakeRequest): FakeAnswer {
  const tokenText = new URLSearchParams(request.text).get('token') ?? '';
  for (const { state } of accounts.values()) {
    state.refreshTokens = state.refreshTokens.filter((t) => t !== tokenText);
    state.accessTokens = state.accessTokens.filter((t) => t !== tokenText);
  }
  return { status: 200, body: {} };
}

function issue(account: A): FakeAnswer {
  const access = `ns-at-${account.id}-${randomUUID()}`;
  const refresh = `ns-rt-${randomUUID()}`;
  account.state.accessTokens.push(access);
  account.state.refreshTokens.push(refresh);
  return { status: 200, body: { access_token: access, refresh_token: refresh, expires_in: 3600, token_type: 'bearer' } };
}
