/**
 * The partner key a firm's admin enters for a CRM that wants one on every request (Redtail's;
 * src/connectors/partner-keys.ts). Written here, never read back to a page: GET answers
 * `hasPartnerKey`, a PUT without a key keeps the stored one. A new API root signs the CRM's user
 * out, so that a user key never goes to an address it was not issued by; so does forgetting the
 * key, which every request needs.
 */
import { connectors } from '../../connectors/registry';
import type { Connector } from '../../connectors/types';
import { partnerKeysSetting, type PartnerKey } from '../../connectors/partner-keys';
import { getConnection, removeConnection } from '../../storage/connections';
import type { ApiResponse } from '../../protocol/envelope';
import { badRequest, ok } from '../../protocol/respond';
import { success, warning } from '../../protocol/return-message';
import type { RouteRequest } from '../../protocol/routes';

const keyedConnectors = (): Connector[] => Object.values(connectors).filter((connector) => connector.partnerKey);

export async function getPartnerKeys(): Promise<ApiResponse> {
  return ok({ successful: true, keys: await views() });
}

export async function putPartnerKey({ body }: RouteRequest<'PUT /settings/partnerKeys'>): Promise<ApiResponse> {
  const connector = keyedConnectors().find((c) => c.id === body.platform);
  if (!connector)
    return badRequest(
      `"${body.platform}" takes no partner key.`,
      `Partner keys are set for: ${keyedConnectors()
        .map((c) => c.id)
        .join(', ')}.`,
    );
  const { [connector.id]: old = {}, ...others } = await partnerKeysSetting.get();
  const next: PartnerKey = {
    ...(body.clearPartnerKey ? {} : { partnerKey: body.partnerKey ?? old.partnerKey }),
    ...(body.apiRoot ? { apiRoot: body.apiRoot.replace(/\/+$/, '') } : {}),
  };
  await partnerKeysSetting.set({ ...others, [connector.id]: next });
  const rootChanged = (old.apiRoot ?? '') !== (next.apiRoot ?? '');
  const signedOut = (rootChanged || !next.partnerKey) && (await getConnection(connector.id)) !== undefined;
  if (signedOut) await removeConnection(connector.id);
  const saved = next.partnerKey ? `${connector.displayName} partner key saved.` : `${connector.displayName} partner key removed.`;
  const returnMessage = signedOut
    ? warning(
        `${saved} You were signed out of ${connector.displayName}.`,
        8000,
        `Connect ${connector.displayName} again with your user name and password.`,
      )
    : success(saved);
  return ok({ successful: true, keys: await views(), returnMessage });
}

async function views(): Promise<Record<string, { hasPartnerKey: boolean; apiRoot: string }>> {
  const stored = await partnerKeysSetting.get();
  return Object.fromEntries(
    keyedConnectors().map(({ id, partnerKey }) => [
      id,
      { hasPartnerKey: Boolean(stored[id]?.partnerKey), apiRoot: stored[id]?.apiRoot ?? partnerKey!.defaultApiRoot },
    ]),
  );
}
