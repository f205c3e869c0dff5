/**
 * Where a user's Insightly API is (docs/insightly.md, "Auth"): the API URL from User Settings → API
 * names the pod; only its origin is kept and `/v3.1` added. An `http:` URL is accepted only for a
 * loopback test server.
 */
import { CrmError } from '../../http/crm-error';
import type { CrmUser } from '../../storage/connections';

export function apiOrigin(apiUrl: string | undefined): string {
  let url: URL;
  try {
    url = new URL((apiUrl ?? '').trim());
  } catch {
    throw new CrmError('rejected', 'insightly', 'Enter the API URL shown in Insightly under User Settings → API.');
  }
  const insightly = url.protocol === 'https:' && /(^|\.)insightly\.com$/i.test(url.hostname);
  const loopback = /^https?:$/.test(url.protocol) && /^(127\.0\.0\.1|localhost)$/.test(url.hostname);
  if (!insightly && !loopback && url.protocol !== 'https:') {
    throw new CrmError('rejected', 'insightly', 'The Insightly API URL must start with https://.');
  }
  return url.origin;
}

export const baseUrlOf = (user: CrmUser): string => `${String(user.platformAdditionalInfo.apiUrl)}/v3.1`;

/** The web app lives next to the API: `api.na1.insightly.com` → `crm.na1.insightly.com` (unverified). */
export function webOrigin(user: CrmUser): string | null {
  return /^api\./.test(user.hostname) ? `https://${user.hostname.replace(/^api\./, 'crm.')}` : null;
}
