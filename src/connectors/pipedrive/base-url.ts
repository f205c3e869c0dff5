/**
 * Where a Pipedrive company's API is (pipedrive.md 3): a base URL override given at login
 * (`http://127.0.0.1:7070` for tests and proxies) or OAuth's `api_domain`, else the company
 * host learned from users/me. The very first call, before that is known, goes to api.pipedrive.com.
 */
import { CrmError } from '../errors';
import type { CrmUser } from '../types';

export const DEFAULT_API_BASE = 'https://api.pipedrive.com';

/** A `hostname` with a scheme is an override; a bare Pipedrive host is used as is; anything else is ignored. */
export function baseUrlFromLogin(hostname: string | undefined): string | undefined {
  const text = hostname?.trim();
  if (!text) return undefined;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return /^[a-z0-9-]+\.pipedrive\.com$/i.test(text) ? `https://${text.toLowerCase()}` : undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CrmError('rejected', 'pipedrive', `"${text}" is not a URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CrmError('rejected', 'pipedrive', 'The Pipedrive address must start with https:// (or http:// for a local test server).');
  }
  return url.origin;
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
