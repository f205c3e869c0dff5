/**
 * Host permission for a server the user names: an App Connect server, or a CRM base-URL override
 * (a company proxy). The manifest declares such hosts optional; the browser grants one only on
 * a user gesture, so a page calls `requestHostAccess` from its click handler before it sends the
 * setting to the worker. The worker only checks it, to explain a request that failed for want
 * of it. Loopback hosts (local proxies, test servers) are granted at install.
 */
import browser from 'webextension-polyfill';
import { isHttpUrl } from './http-url';

/** The match pattern of a URL's host. Match patterns take no port, so it covers every port. */
export function hostPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

/**
 * Asks the user to let the extension reach the URL's host, unless it may already. False for a
 * URL that is not http(s): the worker then names the problem.
 */
export async function requestHostAccess(url: string): Promise<boolean> {
  if (!isHttpUrl(url)) return false;
  const origins = [hostPattern(url)];
  if (await browser.permissions.contains({ origins })) return true;
  return browser.permissions.request({ origins });
}

/** May the extension reach the URL's host? Unknown counts as yes (no false blame). */
export async function hasHostAccess(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [hostPattern(url)] });
  } catch {
    return true;
  }
}
