/**
 * The OAuth apps an operator set up (client id and token-exchange URL per CRM, none of it
 * secret: the client secret stays behind the exchange URL), and the start of a sign-in. A firm's
 * own app secret (docs/token-exchange.md) is written here but never read back to a page. Local
 * paths: the options page asks the worker, which alone writes `oauthApps` and the sign-in's
 * `state`, so the page needs no storage code and no schema of its own.
 */
import browser from 'webextension-polyfill';
import { createAuthorizeRequest } from '../../auth/oauth-request';
import { signOutIfEndpointsChange } from '../../auth/sign-out-oauth';
import { type OAuthApp, type OAuthAppView } from '../../protocol/schemas/oauth-app';
import { oauthAppsSetting } from '../../auth/oauth-settings';
import { connectors } from '../../connectors/registry';
import type { Connector } from '../../connectors/types';
import type { ApiResponse } from '../../protocol/envelope';
import { badRequest, ok } from '../../protocol/respond';
import { success, warning } from '../../protocol/return-message';
import type { RouteRequest } from '../../protocol/routes';

const oauthConnectors = (): Connector[] => Object.values(connectors).filter((connector) => connector.oauth);

/** `{ apps, redirectUris }` for every CRM that can sign in with OAuth; the redirect URI is what the app must allow. */
export async function getOAuthApps(): Promise<ApiResponse> {
  return ok({ successful: true, ...(await oauthAppsState()) });
}

async function oauthAppsState(): Promise<{ apps: Record<string, OAuthAppView>; redirectUris: Record<string, string> }> {
  const stored = await oauthAppsSetting.get();
  const apps: Record<string, OAuthAppView> = {};
  const redirectUris: Record<string, string> = {};
  for (const { id } of oauthConnectors()) {
    if (stored[id]) apps[id] = toView(stored[id]);
    redirectUris[id] = browser.identity.getRedirectURL(id);
  }
  return { apps, redirectUris };
}

export async function putOAuthApp({ body }: RouteRequest<'PUT /settings/oauthApps'>): Promise<ApiResponse> {
  const connector = oauthConnector(body.platform);
  if (!connector) return noOAuth(body.platform);
  const { [connector.id]: old, ...others } = await oauthAppsSetting.get();
  const app = body.app ? withStoredSecret(body.app, old, body.clearClientSecret === true) : null;
  // Signed out first: a renewal must never send the refresh token to an address it was not issued by.
  const signedOut = await signOutIfEndpointsChange(connector.id, old, app);
  await oauthAppsSetting.set(app ? { ...others, [connector.id]: app } : others);
  const message = app ? `OAuth app for ${connector.displayName} saved.` : `OAuth app for ${connector.displayName} removed.`;
  const returnMessage = signedOut
    ? warning(
        `${message} You were signed out of ${connector.displayName}.`,
        8000,
        body.app
          ? `Its token or revoke address changed: connect ${connector.displayName} again.`
          : `Its sign-in cannot be renewed without the app: connect with the ${connector.apiKeyLabel ?? 'API key'}.`,
      )
    : success(message);
  return ok({ successful: true, ...(await oauthAppsState()), returnMessage });
}

/** The URL to open with `identity.launchWebAuthFlow`; its redirect goes to `GET /oauth-callback`. */
export async function postOAuthSignIn({ body }: RouteRequest<'POST /oauth/signIn'>): Promise<ApiResponse> {
  const connector = oauthConnector(body.platform);
  if (!connector) return noOAuth(body.platform);
  if (!(await oauthAppsSetting.get())[connector.id]) {
    return ok({
      successful: false,
      returnMessage: warning(
        `Signing in with ${connector.displayName} is not set up in this browser.`,
        8000,
        `Enter the client id and token-exchange URL under "Advanced: OAuth app", or connect with the ${connector.apiKeyLabel ?? 'API key'}.`,
      ),
    });
  }
  const { url } = await createAuthorizeRequest(connector.id, browser.identity.getRedirectURL(connector.id), body.additionalInfo);
  return ok({ successful: true, authorizeUrl: url });
}

function toView({ clientSecret, ...app }: OAuthApp): OAuthAppView {
  return clientSecret ? { ...app, hasClientSecret: true } : app;
}

/**
 * The page never holds the stored secret, so an app saved without one keeps it, unless the page
 * asks to forget it, or the client id or token URL changed: a secret goes only to the token
 * endpoint of the client it was entered for.
 */
function withStoredSecret(next: OAuthApp, old: OAuthApp | undefined, clear: boolean): OAuthApp {
  if (next.clientSecret || clear || !old?.clientSecret) return next;
  return old.clientId === next.clientId && old.tokenUrl === next.tokenUrl ? { ...next, clientSecret: old.clientSecret } : next;
}

function oauthConnector(platform: string): Connector | undefined {
  return oauthConnectors().find((connector) => connector.id === platform);
}

function noOAuth(platform: string): ApiResponse {
  const names = oauthConnectors().map((connector) => connector.id);
  return badRequest(`"${platform}" does not sign in with OAuth.`, `OAuth apps can be set for: ${names.join(', ') || 'no CRM of this build'}.`);
}
