/**
 * The chosen CRM whose sign-in the CRM itself ended (a refused renewal), while no CRM is
 * connected: Options says so, and that user's changes, paused in the outbox until the CRM is
 * connected again, stay listed and can be discarded (nothing is sent, so no session is needed).
 */
import { getConnector } from '../../connectors/registry';
import type { LedgerAccount } from '../../logging/outbox/outbox-actions';
import { crmSignOut } from '../../storage/connections';
import { activeCrmSetting } from '../../storage/settings';

export interface SignedOutAccount {
  platform: string;
  displayName: string;
  /** The ledger account whose changes wait; absent for a sign-out marked before it was recorded. */
  account?: LedgerAccount;
}

export async function signedOutAccount(): Promise<SignedOutAccount | undefined> {
  const { platform } = await activeCrmSetting.get();
  const connector = platform ? getConnector(platform) : undefined;
  const ended = platform ? await crmSignOut(platform) : undefined;
  if (!platform || !connector || !ended) return undefined;
  return { platform, displayName: connector.displayName, ...(ended.userId ? { account: { platform, userId: ended.userId } } : {}) };
}
