/**
 * The Firefox build, for real: stock Firefox ESR loads `.output/firefox-mv2`; its sidebar page
 * lists the sample calls, one is logged into the Example CRM with clicks and read back through the
 * API and from the CRM's own database; the options page shows the connection. See docs/firefox.md.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type LaunchedFirefox } from './launch-firefox';

let firefox: LaunchedFirefox;
let panel: Page;

/** Waits for an element whose text is exactly `text` (or contains it) and clicks it. */
async function clickText(page: Page, selector: string, text: string): Promise<void> {
  const handle = await page.waitForFunction(
    (selector, text) => [...document.querySelectorAll<HTMLElement>(selector)].find((element) => element.textContent?.includes(text)),
    {},
    selector,
    text,
  );
  await (handle as unknown as { click(): Promise<void> }).click();
}

const waitForText = (page: Page, text: string) => page.waitForFunction((text) => document.body.innerText.includes(text), {}, text);

beforeAll(async () => {
  firefox = await launchFirefox();
  panel = await firefox.open('sidepanel.html');
});

afterAll(async () => {
  await firefox?.close();
});

describe('the Firefox build', () => {
  it('declares a sidebar, not a side panel, and shows the sample calls in it', async () => {
    const shape = await panel.evaluate(() => {
      const api = (globalThis as unknown as { browser: typeof chrome & { sidebarAction?: unknown } }).browser;
      const manifest = api.runtime.getManifest() as { sidebar_action?: { default_panel?: string }; side_panel?: unknown };
      return { panel: manifest.sidebar_action?.default_panel, sidePanel: 'side_panel' in manifest, sidebarAction: typeof api.sidebarAction };
    });
    expect(shape).toEqual({ panel: expect.stringMatching(/\/sidepanel\.html$/), sidePanel: false, sidebarAction: 'object' });
    await waitForText(panel, 'Whitfield Consulting');
    expect(await panel.$$eval('li', (items) => items.filter((item) => item.textContent?.includes('Not logged')).length)).toBe(7);
  });

  it('logs a sample call into the Example CRM and reads it back', async () => {
    await clickText(panel, 'button', 'Whitfield Consulting');
    await clickText(panel, 'label', 'Dana Whitfield');
    await panel.$eval('textarea', (note) => {
      (note as HTMLTextAreaElement).value = 'Logged from Firefox.';
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await clickText(panel, 'button[type="submit"]', 'Log call');
    await waitForText(panel, 'Call logged');

    const answer = await panel.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const query = { sessionIds: 'sample-1', requireDetails: 'true' };
      return (await api.runtime.sendMessage({ type: 'api', method: 'GET', path: '/callLog', query })) as { body: unknown };
    });
    expect(answer.body).toMatchObject({ successful: true, logs: [{ sessionId: 'sample-1', matched: true }] });

    const activities = await panel.evaluate(
      () =>
        new Promise<{ contactId: string; body: string }[]>((resolve, reject) => {
          const open = indexedDB.open('example-crm');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('activities').objectStore('activities').index('bySession').getAll('sample-1');
            request.onsuccess = () => (open.result.close(), resolve(request.result));
          };
        }),
    );
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({ contactId: 'c-1' });
    expect(activities[0]!.body).toContain('Logged from Firefox.');
  });

  it('runs the background’s start-up pass (storage.session through the promise API, not chrome.*)', async () => {
    const flag = await panel.waitForFunction(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      return (await api.storage.session.get('autoLogCaughtUp')).autoLogCaughtUp === true;
    });
    expect(await flag.jsonValue()).toBe(true);
  });

  it('opens the options page, connected to the Example CRM', async () => {
    const options = await firefox.open('options.html');
    await waitForText(options, 'Connected to Example CRM as Example CRM user.');
  });
});
