/**
 * Host permission for the App Connect server's origin. The manifest only declares it optional
 * (`optional_host_permissions`): the browser grants it on a user gesture, so the options page
 * calls `requestServerAccess` in its click handler, before it sends PUT /backend. The worker
 * only checks it, to explain a request that failed for want of it.
 */
import browser from 'webextension-polyfill';

/** The match pattern of the server's host. Match patterns take no port, so it covers every port. */
export function serverOriginPattern(serverUrl: string): string {
  const { protocol, hostname } = new URL(serverUrl);
  return `${protocol}//${hostname}/*`;
}

/**
 * Asks the user to let the extension reach the server. Call it straight from the click handler
 * (the browser needs the gesture), before PUT /backend. False for a URL that is not http(s):
 * PUT /backend then names the problem.
 */
export async function requestServerAccess(serverUrl: string): Promise<boolean> {
  let origins: string[];
  try {
    origins = [serverOriginPattern(serverUrl)];
  } catch {
    return false;
  }
  if (!/^https?:/.test(origins[0]!)) return false;
  return browser.permissions.request({ origins });
}

/** Does the extension hold host permission for the server? Unknown counts as yes (no false blame). */
export async function hasServerAccess(serverUrl: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [serverOriginPattern(serverUrl)] });
  } catch {
    return true;
  }
}
