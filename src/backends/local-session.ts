/**
 * The connected CRM user a local request acts for. A fresh install has connected nobody yet and
 * gets the Example CRM, so a new user can log a call at once; after a disconnect, nobody.
 */
import { getConnector } from '../connectors/registry';
import type { Connector } from '../connectors/types';
import type { CrmSession } from '../logging/crm-session';
import { getConnection, saveConnection, type Connection } from '../storage/connections';
import { activeCrmSetting, DEFAULT_PLATFORM } from '../storage/settings';

const DEFAULT_KEY = 'example-crm';

export async function openCrmSession(): Promise<CrmSession | undefined> {
  const { platform } = await activeCrmSetting.get();
  const connector = platform ? getConnector(platform) : undefined;
  if (!platform || !connector) return undefined;
  const connection = (await getConnection(platform)) ?? (platform === DEFAULT_PLATFORM ? await connectDefault(connector) : undefined);
  if (!connection) return undefined;
  return { connector, user: connection.user, authHeader: connector.authHeader(connection.credential) };
}

/** The session of a given account, for work done in the background (the outbox). */
export async function sessionForAccount(platform: string, userId: string): Promise<CrmSession | undefined> {
  const connector = getConnector(platform);
  const connection = await getConnection(platform);
  if (!connector || connection?.user.id !== userId) return undefined;
  return { connector, user: connection.user, authHeader: connector.authHeader(connection.credential) };
}

async function connectDefault(connector: Connector): Promise<Connection | undefined> {
  const credential = { kind: 'apiKey' as const, apiKey: DEFAULT_KEY };
  const info = await connector.getUserInfo({ authHeader: connector.authHeader(credential) });
  if (!info.platformUserInfo) return undefined;
  const connection = { user: { ...info.platformUserInfo, platform: connector.id }, credential };
  await saveConnection(connection);
  return connection;
}
