/**
 * Keeps an OAuth connection's access token fresh (docs/pipedrive.md, "Signing in"): renewed
 * when it expires within 2 minutes, or when the CRM answered 401 (only then for a connector whose
 * token merely opens a session, `oauth.refresh: 'whenNeeded'`). One renewal at a time per
 * account, across every request and extension page (a Web Lock named after platform and user);
 * whoever waited re-reads the stored tokens and finds them renewed. A refresh token the CRM may
 * accept only once is replaced in storage (with the new access token) before the lock is let go,
 * and the old one is kept when the answer names none. `invalid_grant` first re-reads the tokens
 * (another context may have won), then reports the grant `revoked`: the core ends the sign-in
 * (src/backends/local/end-sign-in.ts), as for every CRM.
 */
import { CrmError } from '../http/crm-error';
import { getConnector } from '../connectors/registry';
import type { Credential } from '../storage/connections';
import { getConnection, saveConnection, type Connection } from '../storage/connections';
import { oauthAppFor } from './oauth-settings';
import { tokenGrant, toCredential } from './oauth-tokens';

type OAuthCredential = Extract<Credential, { kind: 'oauth' }>;
type AccountKey = { platform: string; id: string };

export const REFRESH_BEFORE_MS = 2 * 60 * 1000;

const expiresSoon = (credential: OAuthCredential, now = Date.now()) =>
  credential.expiresAt !== undefined && credential.expiresAt - now < REFRESH_BEFORE_MS;

/**
 * The connection with a token that is good for at least two more minutes (API keys pass as they
 * are). A connector that renews `whenNeeded` gets its token as it is: it answers 401 when a login
 * needs a new one, and `renewOAuth` follows (docs/bullhorn.md, "When the token is renewed").
 */
export async function freshConnection(connection: Connection): Promise<Connection> {
  const { credential } = connection;
  if (credential.kind !== 'oauth' || !expiresSoon(credential)) return connection;
  if (getConnector(connection.user.platform)?.oauth?.refresh === 'whenNeeded') return connection;
  return renewOAuth(connection.user, credential.accessToken, false);
}

/**
 * Renews the tokens of `platform` unless someone already replaced `usedAccessToken`. `force`
 * renews a token that does not look expired (the CRM refused it with a 401).
 */
export async function renewOAuth(account: AccountKey, usedAccessToken: string, force: boolean): Promise<Connection> {
  const { platform } = account;
  return await navigator.locks.request(`oauth-refresh:${platform}:${account.id}`, async () => {
    const stored = await storedOAuth(account);
    const credential = stored.credential as OAuthCredential;
    const replaced = credential.accessToken !== usedAccessToken;
    if ((replaced || !force) && !expiresSoon(credential)) return stored;
    const app = await oauthAppFor(platform);
    if (!app?.tokenUrl || !credential.refreshToken) return revoke(platform);

    const flow = getConnector(platform)?.oauth?.flow;
    const result = await tokenGrant(app, { grant_type: 'refresh_token', refresh_token: credential.refreshToken }, flow);
    if (result.ok) {
      const renewed = { ...stored, credential: toCredential(result.tokens, credential.refreshToken) };
      await saveConnection(renewed);
      return renewed;
    }
    if (result.invalidGrant) {
      const again = await storedOAuth(account);
      if ((again.credential as OAuthCredential).refreshToken !== credential.refreshToken) return again;
      return revoke(platform);
    }
    // The token endpoint is down: keep the tokens; an access token that still works is used.
    if (credential.expiresAt !== undefined && credential.expiresAt > Date.now() && !force) return stored;
    throw new CrmError('unavailable', platform, 'The sign-in could not be renewed: the token service did not answer.', { status: result.status });
  });
}

async function storedOAuth({ platform, id }: AccountKey): Promise<Connection> {
  const stored = await getConnection(platform);
  // Another account connected meanwhile: this one's tokens are gone.
  if (stored?.credential.kind !== 'oauth' || stored.user.id !== id) throw new CrmError('revoked', platform, 'The sign-in is gone.');
  return stored;
}

function revoke(platform: string): never {
  throw new CrmError('revoked', platform, 'The sign-in expired or was revoked.', { status: 401 });
}
