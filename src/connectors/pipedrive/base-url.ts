/**
 * Where a Pipedrive company's API is (docs/pipedrive.md, "Base URL"): a base URL override given
 * at login (`http://127.0.0.1:7070` for tests and proxies) or OAuth's `api_domain`, else the
 * company host learned from users/me. The very first call, before that is known, goes to
 * api.pipedrive.com.
 */
import { CrmError } from '../../http/crm-error';
import { isCredentialUrl } from '../../protocol/http-url';
import type { CrmUser } from '../../storage/connections';

export const DEFAULT_API_BASE = 'https://api.pipedrive.com';

const COMPANY_HOST = /^https:\/\/[a-z0-9-]+\.pipedrive\.com$/i;

/**
 * Where the login's users/me goes, and the override to keep for every later call. A `hostname`
 * with a scheme is an override, unless it is just a company host (learned from users/me anyway);
 * a bare `<company>.pipedrive.com` is used for the first call; anything else is ignored.
 */
export function loginBase(hostname: string | undefined): { firstCall: string; override?: string } {
  const text = hostname?.trim();
  if (!text) return { firstCall: DEFAULT_API_BASE };
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    return { firstCall: /^[a-z0-9-]+\.pipedrive\.com$/i.test(text) ? `https://${text.toLowerCase()}` : DEFAULT_API_BASE };
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CrmError('rejected', 'pipedrive', `"${text}" is not a URL.`);
  }
  // The API token goes to this address: plain http only to this computer (src/protocol/http-url.ts).
  if (!isCredentialUrl(url.href)) {
    throw new CrmError('rejected', 'pipedrive', 'The Pipedrive address must start with https:// (http:// only for localhost, 127.0.0.1 or [::1]).');
  }
  return COMPANY_HOST.test(url.origin) ? { firstCall: url.origin } : { firstCall: url.origin, override: url.origin };
}

export function baseUrlOf(user: CrmUser): string {
  const override = user.platformAdditionalInfo.baseUrl;
  return typeof override === 'string' && override ? override : `https://${user.hostname}`;
}

/** The company whose caches and settings these are. */
export function companyOf(user: CrmUser): string {
  return String(user.platformAdditionalInfo.companyId ?? user.hostname);
}

/** The connected Pipedrive user's own id: `13570-pipedrive` → 13570. */
export function ownerIdOf(user: CrmUser): number {
  return Number(user.id.split('-')[0]);
}
