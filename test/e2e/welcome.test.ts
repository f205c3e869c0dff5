/**
 * First run: installing the built extension opens the welcome page in a tab by itself. It says
 * where to start and links to the options; screenshots light and dark; axe finds nothing serious.
 */
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import { OPTIONS_SIZE } from './support/open-page';
import { saveScreenshot, seriousViolations } from './support/page-checks';

let extension: LaunchedExtension;
let welcome: Page;

beforeAll(async () => {
  extension = await launchExtension();
  const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');
  welcome = extension.context.pages().find(isWelcome) ?? (await extension.context.waitForEvent('page', { predicate: isWelcome }));
  await welcome.setViewportSize(OPTIONS_SIZE);
  await welcome.waitForLoadState();
});

afterAll(async () => {
  await extension?.close();
});

describe('the welcome page', () => {
  it('opens on install and shows where to start', async () => {
    expect(welcome.url()).toBe(`chrome-extension://${extension.extensionId}/welcome.html`);
    await welcome.getByRole('heading', { name: 'Welcome to CRM Call Logger' }).waitFor();
    for (const step of ['Pin the icon', 'Open the side panel', 'Try a sample call', 'Connect your CRM and your phone']) {
      await welcome.getByRole('heading', { name: step }).waitFor();
    }
    expect(await welcome.getByRole('link', { name: 'Open the options' }).getAttribute('href')).toBe('./options.html');
    await welcome.getByRole('button', { name: 'Open the side panel' }).waitFor();
  });

  it('reads well light and dark, with no serious accessibility violation', async () => {
    await welcome.emulateMedia({ colorScheme: 'light' });
    await saveScreenshot(welcome, 'welcome-light', true);
    expect(await seriousViolations(welcome)).toEqual([]);
    await welcome.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(welcome, 'welcome-dark', true);
    expect(await seriousViolations(welcome)).toEqual([]);
  });

  it('opens only on install: a restart of the worker opens no second one', async () => {
    await extension.stopServiceWorker();
    await extension.api({ method: 'GET', path: '/backend' });
    expect(extension.context.pages().filter((p) => p.url().endsWith('/welcome.html'))).toHaveLength(1);
  });
});
