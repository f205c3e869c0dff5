/**
 * Ends an OAuth connection when its app's token or revoke address changes: the tokens were issued
 * through the old exchange, and the next renewal would hand the refresh token to the new address.
 * They are revoked at the old revoke URL (best effort) and forgotten; the user connects again.
 */
import type { OAuthApp } from '../protocol/schemas/oauth-app';
import { getConnection, removeConnection } from '../storage/connections';
import { revokeTokens } from './oauth-tokens';

/** True when `platform` had an OAuth connection that was ended. */
export async function signOutIfEndpointsChange(platform: string, before: OAuthApp | undefined, after: OAuthApp | null): Promise<boolean> {
  if (!before || (after && after.tokenUrl === before.tokenUrl && after.revokeUrl === before.revokeUrl)) return false;
  const connection = await getConnection(platform);
  if (connection?.credential.kind !== 'oauth') return false;
  if (before.revokeUrl) await revokeTokens(before.revokeUrl, connection.credential);
  await removeConnection(platform);
  return true;
}
