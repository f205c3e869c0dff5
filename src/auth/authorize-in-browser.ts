/**
 * For an extension page (the options page): runs the CRM's sign-in in a browser window and
 * gives back the redirect URL with the code, to send to `GET /oauth-callback`. The redirect
 * URI is `https://<extension-id>.chromiumapp.org/<platform>`, which must be registered as a
 * callback URL of the OAuth app.
 */
import browser from 'webextension-polyfill';
import { createAuthorizeRequest } from './oauth-request';

export async function authorizeInBrowser(platform: string): Promise<string> {
  const { url } = await createAuthorizeRequest(platform, browser.identity.getRedirectURL(platform));
  return browser.identity.launchWebAuthFlow({ url, interactive: true });
}
