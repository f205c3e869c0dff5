/**
 * The start of an OAuth sign-in: the authorize URL with a fresh `state`, remembered in storage
 * so the callback can prove it answers a sign-in this extension started (and which redirect
 * URI it used). A state is good for one use, for ten minutes. PKCE (RFC 7636, S256) goes with
 * every sign-in unless the operator's app says its exchange refuses it (`pkce: false`): an
 * authorization server ignores parameters it does not know (RFC 6749, 3.1), so a code stolen on
 * its way back is worthless without the verifier wherever the exchange checks it.
 */
import * as z from 'zod/mini';
import { getConnector } from '../connectors/registry';
import { defineStoredValue } from '../storage/stored-value';
import { oauthAppFor } from './oauth-settings';
import { challengeOf, randomText } from '../http/pkce';

const TTL_MS = 10 * 60 * 1000;

const pendingSignIns = defineStoredValue(
  'oauthPending',
  z.record(
    z.string(),
    z.object({
      platform: z.string(),
      redirectUri: z.string(),
      createdAt: z.number(),
      verifier: z.optional(z.string()),
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
  const state = [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  // No PKCE for the implicit flow: its token comes back in the redirect, there is no code to protect.
  const verifier = app.pkce === false || oauth?.flow === 'implicit' ? undefined : randomText(32);
  const now = Date.now();
  const live = Object.entries(await pendingSignIns.get()).filter(([, entry]) => now - entry.createdAt < TTL_MS);
  await pendingSignIns.set(
    Object.fromEntries([...live, [state, { platform, redirectUri, createdAt: now, verifier, ...(additionalInfo ? { additionalInfo } : {}) }]]),
  );
  const url = new URL(authorizeUrl);
  if (oauth?.flow && oauth.flow !== 'code') url.searchParams.set('response_type', oauth.flow === 'implicit' ? 'token' : 'code');
  for (const [name, value] of Object.entries(oauth?.authorizeParams ?? {})) url.searchParams.set(name, value);
  url.searchParams.set('client_id', app.clientId);
  url.searchParams.set('redirect_uri', redirectUri);
  if (oauth?.scope) url.searchParams.set('scope', oauth.scope);
  url.searchParams.set('state', state);
  if (verifier) {
    url.searchParams.set('code_challenge', await challengeOf(verifier));
    url.searchParams.set('code_challenge_method', 'S256');
  }
  return { url: url.href, state };
}

/** The sign-in `state` belongs to, consumed; undefined when it is unknown, used or too old. */
export async function takePendingSignIn(
  state: string,
  platform: string,
): Promise<{ redirectUri: string; verifier?: string; additionalInfo?: Record<string, unknown> } | undefined> {
  const all = await pendingSignIns.get();
  const entry = all[state];
  if (!entry) return undefined;
  const { [state]: _used, ...rest } = all;
  await pendingSignIns.set(rest);
  const live = entry.platform === platform && Date.now() - entry.createdAt < TTL_MS;
  return live ? { redirectUri: entry.redirectUri, verifier: entry.verifier, additionalInfo: entry.additionalInfo } : undefined;
}
