/** GET and PUT /backend: which backend answers the API. Always answered here, never forwarded. */
import { probeAppConnectServer } from '../remote/probe';
import { readJwtIdentity } from '../remote/identity';
import { getRemoteConnection, saveRemoteConnection } from '../../storage/remote-connections';
import { backendSetting } from '../backend-setting';
import type { ApiResponse } from '../../protocol/envelope';
import { badRequest, ok } from '../../protocol/respond';
import { success } from '../../protocol/return-message';
import type { RouteRequest } from '../../protocol/routes';

export async function getBackend(): Promise<ApiResponse> {
  return ok({ successful: true, backend: await backendSetting.get() });
}

export async function putBackend({ body }: RouteRequest<'PUT /backend'>): Promise<ApiResponse> {
  if (body.kind === 'local') {
    await backendSetting.set(body);
    return ok({ successful: true, backend: body, returnMessage: success('Calls are logged from this browser.') });
  }
  const refused = await probeAppConnectServer(body.serverUrl);
  if (refused) return refused;
  const { jwtToken, ...setting } = body;
  if (jwtToken) {
    const kept = await keepGivenJwt(setting.serverUrl, jwtToken);
    if (kept) return kept;
  }
  await backendSetting.set(setting);
  const connected = await getRemoteConnection(setting.serverUrl);
  const returnMessage = success(
    `Calls are logged through the App Connect server at ${new URL(setting.serverUrl).origin}.`,
    3000,
    connected ? undefined : 'Now connect your CRM in Options: the server keeps the CRM login.',
  );
  return ok({ successful: true, backend: setting, returnMessage });
}

/** A JWT handed over with the setting (an admin's setup) becomes the server's login. */
async function keepGivenJwt(serverUrl: string, jwtToken: string): Promise<ApiResponse | undefined> {
  const identity = readJwtIdentity(jwtToken);
  if (!identity?.platform) {
    return badRequest('jwtToken is not a login token of an App Connect server.', 'Leave it out and connect your CRM in Options instead.');
  }
  const { userId, platform } = identity;
  await saveRemoteConnection(serverUrl, { jwtToken, platform, userId, name: userId, hostname: '' });
  return undefined;
}
