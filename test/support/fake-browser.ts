/**
 * Browser-mode tests run in a plain page where the real webextension-polyfill throws, so
 * `webextension-polyfill` is aliased here, to WXT's in-memory fake of the extension APIs.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import english from '../../public/_locales/en/messages.json';

// The fake has no identity API; this is the shape of Chrome's redirect URL for the extension.
fakeBrowser.identity.getRedirectURL = (path?: string) => `https://${fakeBrowser.runtime.id}.chromiumapp.org/${path ?? ''}`;

// Pages read their text from the English catalogue, as Chrome's i18n does in an English browser.
const catalogue: Record<string, { message: string } | undefined> = english;
fakeBrowser.i18n.getMessage = (key: string, substitutions?: string | string[]) => {
  const values = [substitutions ?? []].flat();
  return (catalogue[key]?.message ?? '').replace(/\$(\d)|\$\$/g, (all, n?: string) => (n ? (values[Number(n) - 1] ?? '') : '$'));
};
fakeBrowser.i18n.getUILanguage = () => 'en-US';

export default fakeBrowser;

// The extension serves the files of public/ at its own origin; here Vite serves them at the page's.
const extensionOrigin = fakeBrowser.runtime.getURL('/');
const pageFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  pageFetch(typeof input === 'string' && input.startsWith(extensionOrigin) ? `/${input.slice(extensionOrigin.length)}` : input, init);
