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
        test: {
          name: 'browser',
          include: ['test/**/*.test.ts'],
          globalSetup: ['test/fake-servers/ringcentral/global-setup.ts'],
          exclude: ['test/e2e/**'],
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
        // The real built extension, loaded unpacked in headless Chromium and driven from its own pages.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts', 'test/fake-servers/ringcentral/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
