/**
 * How a sign-in ends when the CRM ends it, for every CRM (docs/connectors.md, "How a sign-in
 * ends"): a connector only reports `revoked` (a refused grant, Redtail's refused user key); here
 * the connection is forgotten as signed out by the CRM (GET /connection answers `signedOut`), the
 * account's outbox is paused until the user connects again, and an open side panel is told at
 * once, so it stops naming the CRM.
 */
import browser from 'webextension-polyfill';
import type { Connector, AuthHeader } from '../../connectors/types';
import { pauseAccount } from '../../logging/outbox/pause-account';
import { CALLS_CHANGED } from '../../protocol/api-answers-browser';
import { getConnection, removeConnection } from '../../storage/connections';

const sameHeader = (a: AuthHeader, b: AuthHeader) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
};

/**
 * Ends the sign-in that sent `refused`. Only that one: a user who connected the same account
 * again meanwhile, with a new key or grant, stays connected, and gets that sign-in's header back
 * (the refused request may go again with it). Another account connected meanwhile stays too; the
 * refused account's changes wait for it.
 */
export async function endSignIn(connector: Connector, user: { platform: string; id: string }, refused: AuthHeader): Promise<AuthHeader | undefined> {
  const stored = await getConnection(user.platform);
  const ours = stored?.user.id === user.id;
  if (ours) {
    const header = connector.authHeader(stored.credential);
    if (!sameHeader(header, refused)) return header;
    await removeConnection(user.platform, { revoked: true });
  }
  await pauseAccount(user.platform, user.id);
  // Requests racing on the same refusal find the connection gone already: the pages hear it once.
  if (ours) void browser.runtime.sendMessage(CALLS_CHANGED).catch(() => undefined);
  return undefined;
}
