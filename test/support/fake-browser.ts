/**
 * Browser-mode tests run in a plain page where the real webextension-polyfill throws, so
 * `webextension-polyfill` is aliased here, to WXT's in-memory fake of the extension APIs.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export default fakeBrowser;
