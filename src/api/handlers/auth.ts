/** POST /apiKeyLogin, GET /oauth-callback, POST /unAuthorize: connecting and disconnecting a CRM. */
import { isCrmError } from '../../connectors/errors';
import { connectorIds, getConnector } from '../../connectors/registry';
import type { CrmSession } from '../../logging/crm-session';
import { resumeAccount } from '../../logging/outbox/pause-account';
import { wakeOutbox } from '../../logging/outbox/wake-outbox';
import { removeConnection, saveConnection } from '../../storage/connections';
import { activeCrmSetting } from '../../storage/settings';
import type { ApiResponse } from '../envelope';
import { badRequest, ok } from '../respond';
import { success, warning } from '../return-message';
import type { RouteRequest } from '../routes';

export async function apiKeyLogin({ body }: RouteRequest<'POST /apiKeyLogin'>): Promise<ApiResponse> {
  const connector = getConnector(body.platform);
  if (!connector) return unknownPlatform(body.platform);
  const credential = { kind: 'apiKey' as const, apiKey: body.apiKey };
  const couldNotConnect = ok({
    successful: false,
    returnMessage: warning('Could not load user information', 3000, `Check the key and that it may read user information in ${connector.displayName}.`),
  });
  try {
    const info = await connector.getUserInfo({
      authHeader: connector.authHeader(credential),
      hostname: body.hostname,
      additionalInfo: body.additionalInfo,
    });
    if (!info.successful || !info.platformUserInfo) return ok({ successful: false, returnMessage: info.returnMessage });
    const user = { ...info.platformUserInfo, platform: connector.id };
    await saveConnection({ user, credential });
    await activeCrmSetting.set({ platform: connector.id });
    // Changes that waited for this account to be connected again can go now.
    if ((await resumeAccount(user.platform, user.id)) > 0) wakeOutbox(Date.now());
    return ok({ successful: true, name: user.name, returnMessage: info.returnMessage });
  } catch (failure) {
    if (isCrmError(failure)) return couldNotConnect;
    throw failure;
  }
}

export async function oauthCallback({ query }: RouteRequest<'GET /oauth-callback'>): Promise<ApiResponse> {
  const connector = getConnector(query.platform);
  if (!connector) return unknownPlatform(query.platform);
  return badRequest(
    `${connector.displayName} cannot sign in with OAuth in this browser.`,
    'Connect it with an API key in Options, or log through an App Connect server.',
  );
}

export async function unAuthorize(_request: RouteRequest<'POST /unAuthorize'>, session: CrmSession): Promise<ApiResponse> {
  const { connector, user, authHeader } = session;
  await connector.unAuthorize?.({ user, authHeader });
  await removeConnection(user.platform);
  await activeCrmSetting.set({ platform: null });
  return ok({ successful: true, returnMessage: success(`Logged out of ${connector.displayName}`, 1000) });
}

/** GET /connection: who the API acts for (an addition to App Connect's paths, for the UI). */
export async function connection(_request: RouteRequest<'GET /connection'>, session: CrmSession | undefined): Promise<ApiResponse> {
  if (!session) return ok({ successful: true, connection: null });
  const { connector, user } = session;
  return ok({
    successful: true,
    connection: { platform: connector.id, displayName: connector.displayName, name: user.name, hostname: user.hostname },
  });
}

function unknownPlatform(platform: string): ApiResponse {
  return badRequest(`Unknown CRM platform "${platform}".`, `Choose one of: ${connectorIds.join(', ')}.`);
}
