/**
 * The connected CRM user a local request acts for. A fresh install has connected nobody yet and
 * gets the Example CRM, so a new user can log a call at once; after a disconnect, nobody.
 */
import { freshConnection, renewOAuth } from '../../auth/refresh-oauth';
import { isCrmError } from '../../http/crm-error';
import { guardedSession } from '../../logging/guarded-session';
import { getConnector } from '../../connectors/registry';
import type { AuthHeader, Connector } from '../../connectors/types';
import type { CrmSession } from '../../logging/crm-session';
import { getConnection, saveConnection, type Connection } from '../../storage/connections';
import { activeCrmSetting, DEFAULT_PLATFORM } from '../../storage/settings';
import { endSignIn } from './end-sign-in';

const DEFAULT_KEY = 'example-crm';

export async function openCrmSession(): Promise<CrmSession | undefined> {
  const { platform } = await activeCrmSetting.get();
  const connector = platform ? getConnector(platform) : undefined;
  if (!platform || !connector) return undefined;
  const stored = (await getConnection(platform)) ?? (platform === DEFAULT_PLATFORM ? await connectDefault(connector) : undefined);
  return stored ? sessionOf(connector, stored) : undefined;
}

/**
 * Runs `work` for the connected user. An OAuth token the CRM refused (401) is renewed once and
 * the refused request sent again; a sign-in the CRM ended is ended (src/logging/guarded-session.ts).
 */
export async function withCrmSession<T>(work: (session: CrmSession) => Promise<T>): Promise<T | undefined> {
  const session = await openCrmSession();
  return session ? work(session) : undefined;
}

/** The session of a given account, for work done in the background (the outbox). */
export async function sessionForAccount(platform: string, userId: string): Promise<CrmSession | undefined> {
  const connector = getConnector(platform);
  const stored = await getConnection(platform);
  if (!connector || stored?.user.id !== userId) return undefined;
  return sessionOf(connector, stored);
}

/**
 * The session's headers, with a token about to expire renewed first, and a refused one renewed
 * once; a sign-in the CRM ended (`revoked`, from a connector or a renewal) ends in `endSignIn`.
 */
async function sessionOf(connector: Connector, stored: Connection): Promise<CrmSession> {
  const ended = (refused: AuthHeader) => endSignIn(connector, stored.user, refused);
  const { user, credential } = await endedIfRevoked(freshConnection(stored), () => ended(connector.authHeader(stored.credential)));
  const session = { connector, user, authHeader: connector.authHeader(credential) };
  if (credential.kind !== 'oauth') return guardedSession(session, { ended });
  const renew = async () => connector.authHeader((await renewOAuth(user, credential.accessToken, true)).credential);
  return guardedSession(session, { renew, ended });
}

async function connectDefault(connector: Connector): Promise<Connection | undefined> {
  const credential = { kind: 'apiKey' as const, apiKey: DEFAULT_KEY };
  const info = await connector.getUserInfo({ authHeader: connector.authHeader(credential) });
  if (!info.platformUserInfo) return undefined;
  const connection = { user: { ...info.platformUserInfo, platform: connector.id }, credential };
  await saveConnection(connection);
  return connection;
}

/** A renewal before the session opens: a refused grant ends the sign-in it belonged to. */
async function endedIfRevoked(renewal: Promise<Connection>, ended: () => Promise<unknown>): Promise<Connection> {
  try {
    return await renewal;
  } catch (failure) {
    if (isCrmError(failure) && failure.code === 'revoked') await ended();
    throw failure;
  }
}
