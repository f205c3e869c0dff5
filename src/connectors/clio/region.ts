/**
 * Where a Clio user's API is (docs/clio.md, "Region"): each region is its own Clio, and a token
 * from one is refused by another. The login names the user's Clio address: a region host
 * (`app.clio.com`, `eu.app.clio.com`, `au.app.clio.com`, `ca.app.clio.com`) or a base URL override
 * (a test server, a proxy: `http://127.0.0.1:7070`), kept for every later call.
 */
import { CrmError } from '../../http/crm-error';
import { isCredentialUrl } from '../../protocol/http-url';
import type { CrmUser } from '../../storage/connections';

export const REGION_HOSTS = ['app.clio.com', 'eu.app.clio.com', 'au.app.clio.com', 'ca.app.clio.com'] as const;

export function loginBase(hostname: string | undefined): { base: string; hostname: string; override?: string } {
  const text = hostname?.trim().toLowerCase().replace(/\/+$/, '') ?? '';
  const bare = text.replace(/^https:\/\//, '');
  if (!text) return { base: 'https://app.clio.com', hostname: 'app.clio.com' };
  if ((REGION_HOSTS as readonly string[]).includes(bare)) return { base: `https://${bare}`, hostname: bare };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CrmError(
      'rejected',
      'clio',
      `"${hostname}" is not a Clio address: use app.clio.com, eu.app.clio.com, au.app.clio.com or ca.app.clio.com.`,
    );
  }
  // The token goes to this address: plain http only to this computer (src/protocol/http-url.ts).
  if (!isCredentialUrl(url.href)) throw new CrmError('rejected', 'clio', 'The Clio address must start with https:// (http:// only for localhost).');
  return { base: url.origin, hostname: url.host, override: url.origin };
}

/**
 * The address of an OAuth sign-in, which names none in Options: the region whose consent page
 * issued the token (the app's authorize URL: a region's host, or a test server's origin), else the
 * US. An address the login names itself wins.
 */
export function signInAddress(hostname: string | undefined, additionalInfo: Record<string, unknown> | undefined): string | undefined {
  const authorizeUrl = additionalInfo?.authorizeUrl;
  if (hostname?.trim() || typeof authorizeUrl !== 'string') return hostname;
  try {
    const url = new URL(authorizeUrl);
    return (REGION_HOSTS as readonly string[]).includes(url.host) ? url.host : url.origin;
  } catch {
    return hostname;
  }
}

export function baseUrlOf(user: CrmUser): string {
  const override = user.platformAdditionalInfo.baseUrl;
  return typeof override === 'string' && override ? override : `https://${user.hostname}`;
}

/** The connected Clio user's own id: `12345-clio` → 12345 (a number in request bodies). */
export function clioUserIdOf(user: CrmUser): number {
  return Number(user.id.split('-')[0]);
}
