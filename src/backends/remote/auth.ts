/**
 * Connecting a CRM through an App Connect server: POST /apiKeyLogin and GET /oauth-callback are
 * forwarded, and the JWT the server returns is kept in extension storage for that server. The
 * answer to the page is the local one: `{ successful, name, returnMessage }`, never the JWT.
 */
import * as z from 'zod/mini';
import type { ApiResponse } from '../../protocol/envelope';
import { badRequest, failure, ok } from '../../protocol/respond';
import { success, warning } from '../../protocol/return-message';
import type { RouteRequest } from '../../protocol/routes';
import { connectorMetadata } from '../../connectors/metadata';
import { forgetRemoteConnection, getRemoteConnection, saveRemoteConnection } from '../../storage/remote-connections';
import { readJwtIdentity } from './identity';
import { askServer } from './reply';
import { loginAnswer, toReturnMessage } from './schemas';
import type { RemoteServer, RemoteSession } from './session';

export function displayNameOf(platform: string): string {
  return Object.hasOwn(connectorMetadata, platform) ? connectorMetadata[platform as keyof typeof connectorMetadata].displayName : platform;
}

export async function remoteApiKeyLogin(server: RemoteServer, { body }: RouteRequest<'POST /apiKeyLogin'>): Promise<ApiResponse> {
  const { platform, apiKey, hostname, additionalInfo } = body;
  const asked = await askServer(
    server,
    undefined,
    { method: 'POST', path: '/apiKeyLogin', body: { platform, apiKey, hostname, additionalInfo } },
    loginAnswer,
    'connecting',
  );
  return asked.ok ? keepLogin(server, asked.body, platform, hostname) : asked.response;
}

/** A failed OAuth exchange is a 200 with only a returnMessage. */
const oauthAnswer = z.union([loginAnswer, z.looseObject({ returnMessage: z.optional(z.unknown()) })]);

export async function remoteOauthCallback(server: RemoteServer, { query }: RouteRequest<'GET /oauth-callback'>): Promise<ApiResponse> {
  const { platform, callbackUri, hostname } = query;
  // The server reads the platform from the callback's `state`; a callback without one gets ours.
  const hasState = /[?&]state=/.test(callbackUri);
  const asked = await askServer(
    server,
    undefined,
    { method: 'GET', path: '/oauth-callback', query: { callbackUri, hostname, state: hasState ? undefined : `platform=${platform}` } },
    oauthAnswer,
    'connecting',
  );
  if (!asked.ok) return asked.response;
  if ('jwtToken' in asked.body && typeof asked.body.jwtToken === 'string')
    return keepLogin(server, asked.body as z.infer<typeof loginAnswer>, platform, hostname);
  return failure(
    200,
    toReturnMessage(asked.body.returnMessage) ?? warning(`Could not connect ${displayNameOf(platform)}.`, 5000, 'Sign in again from Options.'),
  );
}

async function keepLogin(server: RemoteServer, answer: z.infer<typeof loginAnswer>, requested: string, hostname = ''): Promise<ApiResponse> {
  const identity = readJwtIdentity(answer.jwtToken);
  const platform = identity?.platform ?? requested;
  const name = answer.name ?? '';
  await saveRemoteConnection(server.serverUrl, {
    jwtToken: answer.jwtToken,
    platform,
    // A server whose JWT cannot be read still gets a stable name for its user in the ledger.
    userId: identity?.userId ?? `${platform}:${name}`,
    name,
    hostname,
  });
  return ok({
    successful: true,
    name,
    returnMessage: toReturnMessage(answer.returnMessage) ?? success(`Connected to ${displayNameOf(platform)}.`, 1000),
  });
}

/** Forwards the logout, then forgets the JWT; kept only when the server could not be told. */
export async function remoteUnAuthorize(session: RemoteSession): Promise<ApiResponse> {
  const { serverUrl, connection } = session;
  const asked = await askServer(session, connection.jwtToken, { method: 'POST', path: '/unAuthorize' }, z.unknown(), 'logging out');
  if (!asked.ok && asked.outcomeUnknown) return asked.response;
  await forgetRemoteConnection(serverUrl);
  // The server answers the bare returnMessage (newer ones may wrap it in `{ successful, returnMessage }`).
  const said = asked.ok
    ? (toReturnMessage(asked.body) ?? toReturnMessage((asked.body as { returnMessage?: unknown } | null)?.returnMessage))
    : undefined;
  return ok({ successful: true, returnMessage: said ?? success(`Logged out of ${displayNameOf(connection.platform)}`, 1000) });
}

/** GET /connection: whom the server acts for, from what was kept at login. */
export async function remoteConnection(server: RemoteServer): Promise<ApiResponse> {
  const connection = await getRemoteConnection(server.serverUrl);
  if (!connection) return ok({ successful: true, connection: null });
  const { platform, name, hostname } = connection;
  return ok({ successful: true, connection: { platform, displayName: displayNameOf(platform), name, hostname, serverUrl: server.serverUrl } });
}

export function noPlatform(): ApiResponse {
  return badRequest('Which CRM? Not connected to one through the App Connect server.', 'Name the platform, or connect a CRM in Options first.');
}
