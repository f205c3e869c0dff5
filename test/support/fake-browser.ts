/**
 * Browser-mode tests run in a plain page where the real webextension-polyfill throws, so
 * `webextension-polyfill` is aliased here, to WXT's in-memory fake of the extension APIs.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The fake has no identity API; this is the shape of Chrome's redirect URL for the extension.
fakeBrowser.identity.getRedirectURL = (path?: string) => `https://${fakeBrowser.runtime.id}.chromiumapp.org/${path ?? ''}`;

export default fakeBrowser;
