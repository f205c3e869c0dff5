import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_FLAGS, chromiumPath } from './scripts/chromium-path.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        // Service, composer, storage, router and connectors in a real Chromium page with real IndexedDB.
        resolve: { alias: { 'webextension-polyfill': here('./test/support/fake-browser.ts') } },
        // Pre-bundled up front: a dependency discovered mid-run makes Vite reload the test page.
        optimizeDeps: {
          include: [
            'idb',
            'ky',
            'zod/mini',
            'wxt/testing/fake-browser',
            'fast-check',
            'libphonenumber-js/min',
            'libphonenumber-js/examples.mobile.json',
            'axe-core',
          ],
        },
        test: {
          name: 'browser',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/structure/**', 'test/firefox/**'],
          globalSetup: ['test/fake-servers/global-setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_FLAGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // The folder rules of docs/architecture.md, read from the source files (no browser needed).
        test: { name: 'structure', include: ['test/structure/**/*.test.ts'], environment: 'node' },
      },
      {
        // The real built extension, loaded unpacked in headless Chromium and driven from its own pages.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts', 'test/fake-servers/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The Firefox build in stock Firefox ESR over WebDriver BiDi (docs/firefox.md).
        test: {
          name: 'firefox',
          include: ['test/firefox/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/firefox/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
