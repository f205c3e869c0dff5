/** POST /apiKeyLogin, GET /oauth-callback, POST /unAuthorize: connecting and disconnecting a CRM. */
import { exchangeCallback } from '../../../auth/complete-oauth';
import { oauthAppFor } from '../../../auth/oauth-settings';
import { revokeTokens } from '../../../auth/oauth-tokens';
import { isCrmError } from '../../../http/crm-error';
import { connectorIds, getConnector } from '../../../connectors/registry';
import type { Connector } from '../../../connectors/types';
import type { Credential } from '../../../storage/connections';
import type { CrmSession } from '../../../logging/crm-session';
import { accountOf, forgetRefusals } from '../../../logging/auto-log/outcomes';
import { resumeAccount } from '../../../logging/outbox/pause-account';
import { wakeOutbox } from '../../../logging/outbox/wake-outbox';
import { getConnection, removeConnection, saveConnection } from '../../../storage/connections';
import { activeCrmSetting } from '../../../storage/settings';
import type { ApiResponse } from '../../../protocol/envelope';
import { badRequest, ok } from '../../../protocol/respond';
import { success, warning } from '../../../protocol/return-message';
import type { RouteRequest } from '../../../protocol/routes';
import { signedOutAccount } from '../signed-out-account';

export async function apiKeyLogin({ body }: RouteRequest<'POST /apiKeyLogin'>): Promise<ApiResponse> {
  const connector = getConnector(body.platform);
  if (!connector) return unknownPlatform(body.platform);
  return connect(connector, { kind: 'apiKey', apiKey: body.apiKey }, body.hostname, body.additionalInfo);
}

export async function oauthCallback({ query }: RouteRequest<'GET /oauth-callback'>): Promise<ApiResponse> {
  const connector = getConnector(query.platform);
  if (!connector) return unknownPlatform(query.platform);
  const outcome = await exchangeCallback(connector, query.callbackUri, query.hostname);
  if (!outcome.ok) return ok({ successful: false, returnMessage: warning(outcome.message, 5000, outcome.hint) });
  return connect(connector, outcome.credential, outcome.hostname, outcome.additionalInfo);
}

/** Checks the credential with the CRM's user-info call, then stores the user and makes the CRM the active one. */
async function connect(
  connector: Connector,
  credential: Credential,
  hostname?: string,
  additionalInfo?: Record<string, unknown>,
): Promise<ApiResponse> {
  const couldNotConnect = ok({
    successful: false,
    returnMessage: warning(
      'Could not load user information',
      3000,
      `Check the key and that it may read user information in ${connector.displayName}.`,
    ),
  });
  try {
    const info = await connector.getUserInfo({ authHeader: connector.authHeader(credential), hostname, additionalInfo });
    if (!info.successful || !info.platformUserInfo) return ok({ successful: false, returnMessage: info.returnMessage });
    const user = { ...info.platformUserInfo, platform: connector.id };
    await saveConnection({ user, credential: info.credential ?? credential });
    await activeCrmSetting.set({ platform: connector.id });
    // Changes that waited for this account to be connected again can go now.
    if ((await resumeAccount(user.platform, user.id)) > 0) wakeOutbox(Date.now());
    await forgetRefusals(accountOf(user.platform, user.id));
    return ok({ successful: true, name: user.name, returnMessage: info.returnMessage });
  } catch (failure) {
    if (isCrmError(failure)) return couldNotConnect;
    throw failure;
  }
}

export async function unAuthorize(_request: RouteRequest<'POST /unAuthorize'>, session: CrmSession): Promise<ApiResponse> {
  const { connector, user, authHeader } = session;
  await connector.unAuthorize?.({ user, authHeader });
  const { credential } = (await getConnection(user.platform)) ?? {};
  const revokeUrl = (await oauthAppFor(user.platform))?.revokeUrl;
  if (credential?.kind === 'oauth' && revokeUrl) await revokeTokens(revokeUrl, credential);
  await removeConnection(user.platform);
  await activeCrmSetting.set({ platform: null });
  return ok({ successful: true, returnMessage: success(`Logged out of ${connector.displayName}`, 1000) });
}

/** GET /connection: who the API acts for (an addition to App Connect's paths, for the UI). */
export async function connection(_request: RouteRequest<'GET /connection'>, session: CrmSession | undefined): Promise<ApiResponse> {
  if (!session) return ok({ successful: true, connection: null, ...(await signedOutByCrm()) });
  const { connector, user } = session;
  return ok({
    successful: true,
    connection: { platform: connector.id, displayName: connector.displayName, name: user.name, hostname: user.hostname },
  });
}

function unknownPlatform(platform: string): ApiResponse {
  return badRequest(`Unknown CRM platform "${platform}".`, `Choose one of: ${connectorIds.join(', ')}.`);
}

/** The chosen CRM whose sign-in the CRM itself ended: the pages say so, and to connect again. */
async function signedOutByCrm(): Promise<{ signedOut?: { platform: string; displayName: string } }> {
  const ended = await signedOutAccount();
  return ended ? { signedOut: { platform: ended.platform, displayName: ended.displayName } } : {};
}
