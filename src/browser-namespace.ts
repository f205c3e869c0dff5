/**
 * What `import browser from 'webextension-polyfill'` is in the built extension (wxt.config.ts
 * resolves the import here). Chrome 148 and later and Firefox have `browser.*` themselves, with
 * promises and promise-returning `runtime.onMessage` listeners, and on them the polyfill returns
 * that namespace untouched: its wrapper for older Chrome is never run, only shipped (9.6 kB in
 * every bundle). The manifest asks for Chrome 148 (docs/architecture.md, "The browser namespace").
 * Tests keep their own alias (vitest.config.ts), WXT's fake browser.
 */
import type Browser from 'webextension-polyfill';

const namespace = (globalThis as unknown as { browser?: typeof Browser }).browser;
if (!namespace?.runtime?.id) throw new Error('CRM Call Logger needs Chrome 148 or later, or Firefox.');

export default namespace;
