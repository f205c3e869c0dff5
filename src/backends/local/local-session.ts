/**
 * The connected CRM user a local request acts for. A fresh install has connected nobody yet and
 * gets the Example CRM, so a new user can log a call at once; after a disconnect, nobody.
 */
import { freshConnection, renewOAuth } from '../../auth/refresh-oauth';
import { isCrmError } from '../../http/crm-error';
import { pauseAccount } from '../../logging/outbox/pause-account';
import { getConnector } from '../../connectors/registry';
import type { Connector } from '../../connectors/types';
import type { CrmSession } from '../../logging/crm-session';
import { getConnection, saveConnection, type Connection } from '../../storage/connections';
import { activeCrmSetting, DEFAULT_PLATFORM } from '../../storage/settings';

const DEFAULT_KEY = 'example-crm';

export async function openCrmSession(): Promise<CrmSession | undefined> {
  return (await openSession())?.session;
}

/**
 * Runs `work` for the connected user. An OAuth token the CRM refused (401) is renewed once and
 * the work runs once more: a 401 was not processed, and the core keeps nothing for a failed try.
 */
export async function withCrmSession<T>(work: (session: CrmSession) => Promise<T>): Promise<T | undefined> {
  const opened = await openSession();
  if (!opened) return undefined;
  const { session, credential } = opened;
  try {
    return await work(session);
  } catch (failure) {
    const refusedToken = isCrmError(failure) && failure.code === 'unauthorized' && failure.options.status === 401;
    if (!refusedToken || credential.kind !== 'oauth') throw failure;
    const renewed = await pausedIfRevoked(session.user, renewOAuth(session.user, credential.accessToken, true));
    return await work({ ...session, user: renewed.user, authHeader: session.connector.authHeader(renewed.credential) });
  }
}

/** The session of a given account, for work done in the background (the outbox). */
export async function sessionForAccount(platform: string, userId: string): Promise<CrmSession | undefined> {
  const connector = getConnector(platform);
  const stored = await getConnection(platform);
  if (!connector || stored?.user.id !== userId) return undefined;
  const { user, credential } = await pausedIfRevoked(stored.user, freshConnection(stored));
  return { connector, user, authHeader: connector.authHeader(credential) };
}

async function openSession(): Promise<{ session: CrmSession; credential: Connection['credential'] } | undefined> {
  const { platform } = await activeCrmSetting.get();
  const connector = platform ? getConnector(platform) : undefined;
  if (!platform || !connector) return undefined;
  const stored = (await getConnection(platform)) ?? (platform === DEFAULT_PLATFORM ? await connectDefault(connector) : undefined);
  if (!stored) return undefined;
  // An OAuth token about to expire is renewed here, where the session's headers are made.
  const { user, credential } = await pausedIfRevoked(stored.user, freshConnection(stored));
  return { session: { connector, user, authHeader: connector.authHeader(credential) }, credential };
}

async function connectDefault(connector: Connector): Promise<Connection | undefined> {
  const credential = { kind: 'apiKey' as const, apiKey: DEFAULT_KEY };
  const info = await connector.getUserInfo({ authHeader: connector.authHeader(credential) });
  if (!info.platformUserInfo) return undefined;
  const connection = { user: { ...info.platformUserInfo, platform: connector.id }, credential };
  await saveConnection(connection);
  return connection;
}

/** A grant the CRM refused (`invalid_grant`) ended the sign-in: that account's outbox waits for a new one. */
async function pausedIfRevoked(user: { platform: string; id: string }, renewal: Promise<Connection>): Promise<Connection> {
  try {
    return await renewal;
  } catch (failure) {
    if (isCrmError(failure) && failure.code === 'revoked') await pauseAccount(user.platform, user.id);
    throw failure;
  }
}
