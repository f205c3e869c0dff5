/**
 * The start of an OAuth sign-in: the authorize URL with a fresh `state`, remembered in storage
 * so the callback can prove it answers a sign-in this extension started (and which redirect
 * URI it used). A state is good for one use, for ten minutes.
 */
import * as z from 'zod/mini';
import { getConnector } from '../connectors/registry';
import { defineStoredValue } from '../storage/stored-value';
import { oauthAppFor } from './oauth-settings';

const TTL_MS = 10 * 60 * 1000;

const pendingSignIns = defineStoredValue(
  'oauthPending',
  z.record(
    z.string(),
    z.object({
      platform: z.string(),
      redirectUri: z.string(),
      createdAt: z.number(),
      codeVerifier: z.optional(z.string()),
      additionalInfo: z.optional(z.record(z.string(), z.unknown())),
    }),
  ),
  () => ({}),
);

export async function createAuthorizeRequest(
  platform: string,
  redirectUri: string,
  additionalInfo?: Record<string, unknown>,
): Promise<{ url: string; state: string }> {
  const app = await oauthAppFor(platform);
  const oauth = getConnector(platform)?.oauth;
  const authorizeUrl = app?.authorizeUrl ?? oauth?.authorizeUrl;
  if (!app || !authorizeUrl) throw new Error(`OAuth is not set up for ${platform}.`);
  const state = randomText(16);
  // PKCE (RFC 7636): the verifier stays in the worker's storage; only its hash goes out.
  const codeVerifier = oauth?.flow === 'pkce' ? randomText(32) : undefined;
  const now = Date.now();
  const live = Object.entries(await pendingSignIns.get()).filter(([, entry]) => now - entry.createdAt < TTL_MS);
  await pendingSignIns.set(
    Object.fromEntries([
      ...live,
      [state, { platform, redirectUri, createdAt: now, ...(codeVerifier ? { codeVerifier } : {}), ...(additionalInfo ? { additionalInfo } : {}) }],
    ]),
  );
  const url = new URL(authorizeUrl);
  if (oauth?.flow && oauth.flow !== 'code') url.searchParams.set('response_type', oauth.flow === 'implicit' ? 'token' : 'code');
  url.searchParams.set('client_id', app.clientId);
  url.searchParams.set('redirect_uri', redirectUri);
  if (oauth?.scope) url.searchParams.set('scope', oauth.scope);
  url.searchParams.set('state', state);
  if (codeVerifier) {
    url.searchParams.set('code_challenge', await s256(codeVerifier));
    url.searchParams.set('code_challenge_method', 'S256');
  }
  return { url: url.href, state };
}

/** The sign-in `state` belongs to, consumed; undefined when it is unknown, used or too old. */
export async function takePendingSignIn(
  state: string,
  platform: string,
): Promise<{ redirectUri: string; codeVerifier?: string; additionalInfo?: Record<string, unknown> } | undefined> {
  const all = await pendingSignIns.get();
  const entry = all[state];
  if (!entry) return undefined;
  const { [state]: _used, ...rest } = all;
  await pendingSignIns.set(rest);
  return entry.platform === platform && Date.now() - entry.createdAt < TTL_MS
    ? { redirectUri: entry.redirectUri, codeVerifier: entry.codeVerifier, additionalInfo: entry.additionalInfo }
    : undefined;
}

function randomText(bytes: number): string {
  return [...crypto.getRandomValues(new Uint8Array(bytes))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function s256(verifier: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  return btoa(String.fromCharCode(...digest))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
