/**
 * The CRM session auto-log acts for: the connected user of this browser's own backend. Through an
 * App Connect server auto-log does nothing (that server has its own server-side logging).
 */
import { backendSetting } from './backend-setting';
import { openCrmSession } from './local/local-session';
import type { CrmSession } from '../logging/crm-session';

export async function autoLogSession(): Promise<CrmSession | undefined> {
  return (await backendSetting.get()).kind === 'local' ? await openCrmSession() : undefined;
}
