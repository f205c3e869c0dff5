/** GET /implementedInterfaces: which connector operations a platform offers. */
import { connectorIds, getConnector } from '../../../connectors/registry';
import type { Connector } from '../../../connectors/types';
import { activeCrmSetting } from '../../../storage/settings';
import type { ApiResponse } from '../../../protocol/envelope';
import { badRequest, ok } from '../../../protocol/respond';
import type { RouteRequest } from '../../../protocol/routes';

const INTERFACES = [
  'getUserInfo',
  'findContact',
  'createContact',
  'createCallLog',
  'getCallLog',
  'updateCallLog',
  'upsertCallDisposition',
  'unAuthorize',
  'findCallLogBySession',
  'createMessageLog',
  'updateMessageLog',
] as const satisfies readonly (keyof Connector)[];

export async function implementedInterfaces({ query }: RouteRequest<'GET /implementedInterfaces'>): Promise<ApiResponse> {
  const platform = query.platform ?? (await activeCrmSetting.get()).platform;
  const connector = platform ? getConnector(platform) : undefined;
  if (!connector) {
    return badRequest(`Unknown CRM platform "${platform ?? ''}".`, `Choose one of: ${connectorIds.join(', ')}.`);
  }
  return ok(Object.fromEntries(INTERFACES.map((name) => [name, typeof connector[name] === 'function'])));
}
