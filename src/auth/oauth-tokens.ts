/**
 * The OAuth token endpoint, through the operator's exchange proxy: code → tokens, refresh token
 * → tokens, revoke. Form-encoded as RFC 6749 (and Pipedrive) want it; tokens never reach a message.
 */
import ky, { isTimeoutError } from 'ky';
import * as z from 'zod/mini';
import type { OAuthFlow } from '../protocol/crm-shapes';
import type { OAuthApp } from '../protocol/schemas/oauth-app';
import type { Credential } from '../storage/connections';
import { httpTimeouts } from '../http/crm-client';
import { isRedirect } from '../http/redirect-guard';

const tokenResponse = z.object({
  access_token: z.string().check(z.minLength(1)),
  refresh_token: z.optional(z.string()),
  expires_in: z.optional(z.number()),
  /** Pipedrive: the company's API host. Other CRMs call it differently or not at all. */
  api_domain: z.optional(z.string()),
});
export type TokenResponse = z.infer<typeof tokenResponse>;

export type TokenResult = { ok: true; tokens: TokenResponse } | { ok: false; invalidGrant: boolean; status?: number };

export async function requestTokens(tokenUrl: string, form: Record<string, string>): Promise<TokenResult> {
  try {
    // The form holds a code or a refresh token: never carried along a redirect (src/http/redirect-guard.ts).
    const response = await ky.post(tokenUrl, {
      body: new URLSearchParams(form),
      retry: 0,
      throwHttpErrors: false,
      timeout: httpTimeouts.attemptMs,
      redirect: 'manual',
    });
    if (isRedirect(response)) return { ok: false, invalidGrant: false, status: response.status };
    const body: unknown = await response.json().catch(() => undefined);
    if (response.ok) {
      const parsed = tokenResponse.safeParse(body);
      return parsed.success ? { ok: true, tokens: parsed.data } : { ok: false, invalidGrant: false, status: response.status };
    }
    const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
    return { ok: false, invalidGrant: error === 'invalid_grant', status: response.status };
  } catch (failure) {
    if (isTimeoutError(failure) || failure instanceof TypeError) return { ok: false, invalidGrant: false };
    throw failure;
  }
}

/**
 * The one token request of every OAuth CRM (docs/token-exchange.md): through the operator's
 * exchange, which adds the client's credentials; straight to the CRM's token URL with the firm's
 * own app id and secret (`clientSecret` in the app, chosen in Options); or, for a public client
 * (`flow: 'pkce'`, NetSuite), naming itself with `client_id` and no secret.
 */
export async function tokenGrant(app: OAuthApp, form: Record<string, string>, flow?: OAuthFlow): Promise<TokenResult> {
  // The implicit flow has no token endpoint: nothing to ask.
  if (!app.tokenUrl) return { ok: false, invalidGrant: false };
  const client: Record<string, string> = app.clientSecret
    ? { client_id: app.clientId, client_secret: app.clientSecret }
    : flow === 'pkce'
      ? { client_id: app.clientId }
      : {};
  return requestTokens(app.tokenUrl, { ...form, ...client });
}

/** Best effort: a revoke that fails still ends with the tokens forgotten. */
export async function revokeTokens(revokeUrl: string, credential: Extract<Credential, { kind: 'oauth' }>): Promise<void> {
  const revoke = (token: string, hint: string) =>
    ky
      .post(revokeUrl, {
        body: new URLSearchParams({ token, token_type_hint: hint }),
        retry: 0,
        throwHttpErrors: false,
        timeout: httpTimeouts.attemptMs,
        redirect: 'manual',
      })
      .catch(() => undefined);
  // The refresh token first: revoking it uninstalls the app for the user (docs/pipedrive.md, "Signing in").
  if (credential.refreshToken) await revoke(credential.refreshToken, 'refresh_token');
  await revoke(credential.accessToken, 'access_token');
}

export function toCredential(tokens: TokenResponse, previousRefreshToken?: string, now = Date.now()): Extract<Credential, { kind: 'oauth' }> {
  return {
    kind: 'oauth',
    accessToken: tokens.access_token,
    // Whether refresh tokens rotate is not documented: keep the one returned, else the old one.
    refreshToken: tokens.refresh_token ?? previousRefreshToken,
    expiresAt: tokens.expires_in === undefined ? undefined : now + tokens.expires_in * 1000,
  };
}
