/**
 * Bullhorn's sign-in chain (docs/bullhorn.md, "Signing in"): `loginInfo` names the data centre;
 * the authorize page (here consenting at once) redirects with `code` and `state`; the token
 * endpoint takes its parameters in the query string (the documented form) or a form body, with
 * `client_id` and `client_secret`; access tokens live 10 minutes; a refresh token works once and
 * its answer carries the next one. Plus an operator's exchange (`/exchange/token`) that adds the
 * client's credentials and forwards in the query string, as docs/token-exchange.md says.
 */
import { randomUUID } from 'node:crypto';
import type { Account, FakeAnswer, FakeRequest } from '../small-fake/server';
import { nowOf, type BullhornState } from './seed';

type A = Account<BullhornState>;
export const ACCESS_TOKEN_SECONDS = 600;
const oauthError = (error: string, status = 400): FakeAnswer => ({ status, body: { error, error_description: error.replace(/_/g, ' ') } });

export function loginInfo(accounts: Map<string, A>, query: URLSearchParams, baseUrl: string): FakeAnswer {
  const account = [...accounts.values()].find((a) => a.state.username === query.get('username'));
  if (!account) return { status: 404, body: { errorMessage: 'Unknown username', errorCode: 404 } };
  account.state.loginInfoCalls += 1;
  return { status: 200, body: { oauthUrl: `${baseUrl}/oauth`, restUrl: `${baseUrl}/rest-services`, atsUrl: baseUrl } };
}

export function authorize(accounts: Map<string, A>, query: URLSearchParams): FakeAnswer {
  const account = [...accounts.values()].find((a) => a.state.clientId === query.get('client_id'));
  const redirect = query.get('redirect_uri') ?? '';
  if (!account || query.get('response_type') !== 'code' || !/^https:\/\//.test(redirect))
    return { status: 400, body: '<h1>Invalid OAuth request</h1>' };
  if (query.get('password')) return { status: 400, body: '<h1>This test never sends a password</h1>' };
  const code = `bh-code-${randomUUID()}`;
  account.state.codes[code] = redirect;
  const location = new URL(redirect);
  location.searchParams.set('code', code);
  if (query.get('state')) location.searchParams.set('state', query.get('state')!);
  return { status: 302, headers: { location: location.href } };
}

export function issue(account: A): { access_token: string; refresh_token: string; expires_in: number; token_type: string } {
  const access_token = `bh-at-${randomUUID()}`;
  const refresh_token = `bh-rt-${randomUUID()}`;
  account.state.accessTokens[access_token] = nowOf(account.state) + ACCESS_TOKEN_SECONDS * 1000;
  account.state.refreshTokens[refresh_token] = true;
  return { access_token, refresh_token, expires_in: ACCESS_TOKEN_SECONDS, token_type: 'Bearer' };
}

/** `POST /oauth/token`: parameters from the query string and, if any, a form body. */
export function token(accounts: Map<string, A>, request: FakeRequest): FakeAnswer {
  if (request.headers.authorization) return oauthError('invalid_client', 401);
  const params = new URLSearchParams(request.query);
  for (const [key, value] of new URLSearchParams(request.text)) params.set(key, value);
  const account = [...accounts.values()].find((a) => a.state.clientId === params.get('client_id'));
  if (!account || params.get('client_secret') !== account.state.clientSecret) return oauthError('invalid_client', 401);
  const s = account.state;
  if (params.get('grant_type') === 'authorization_code') {
    const redirect = s.codes[params.get('code') ?? ''];
    delete s.codes[params.get('code') ?? ''];
    if (!redirect || redirect !== params.get('redirect_uri')) return oauthError('invalid_grant');
    s.grants.push('authorization_code');
    return { status: 200, body: issue(account) };
  }
  if (params.get('grant_type') === 'refresh_token') {
    const refresh = params.get('refresh_token') ?? '';
    if (s.refreshTokens[refresh] !== true) {
      s.grants.push('refresh_token refused');
      return oauthError('invalid_grant');
    }
    s.refreshTokens[refresh] = false;
    s.grants.push('refresh_token');
    return { status: 200, body: issue(account) };
  }
  return oauthError('unsupported_grant_type');
}

/** The operator's endpoint: the extension's form, plus the client's id and secret, to the token URL's query string. */
export function exchange(accounts: Map<string, A>, request: FakeRequest): FakeAnswer {
  const form = new URLSearchParams(request.text);
  const account =
    [...accounts.values()].find((a) => form.get('code') && a.state.codes[form.get('code')!]) ??
    [...accounts.values()].find((a) => a.state.refreshTokens[form.get('refresh_token') ?? ''] !== undefined);
  if (!account) return oauthError('invalid_grant');
  form.set('client_id', account.state.clientId);
  form.set('client_secret', account.state.clientSecret);
  return token(accounts, { ...request, query: form, text: '', headers: {} });
}

/** The grant revoked in Bullhorn (an admin, a password change): no token of it works any more. */
export function revokeGrant(account: A): void {
  for (const key of Object.keys(account.state.refreshTokens)) account.state.refreshTokens[key] = false;
  // Kept, but dead: a login with one is refused as Bullhorn refuses it (and the test can count it).
  for (const key of Object.keys(account.state.accessTokens)) account.state.accessTokens[key] = 0;
  account.state.sessions = {};
}
