/**
 * Stock Firefox ESR driven over WebDriver BiDi by puppeteer-core (no driver, no browser download),
 * with the built add-on installed at a fixed moz-extension:// address. See docs/firefox.md.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const GECKO_ID = 'crm-call-logger@crm-call-logger.invalid';
/** Preset through `extensions.webextensions.uuids`, so the pages have a known address. */
export const EXTENSION_UUID = '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7';
const ADD_ON_DIR = fileURLToPath(new URL('../../.output/firefox-mv2', import.meta.url));

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  // A missing Firefox fails the suite, never skips it: CI machines can apt-get it.
  if (!existsSync(path)) {
    throw new Error(`Firefox not found at ${path}: run scripts/ensure-firefox.sh (apt-get install firefox-esr) or set FIREFOX_PATH.`);
  }
  return path;
}

export interface LaunchedFirefox {
  browser: Browser;
  open(file: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<LaunchedFirefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxPath(),
    headless: true,
    // Without it a BiDi session may not open moz-extension: pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }) },
  });
  try {
    await browser.installExtension(ADD_ON_DIR);
  } catch (failure) {
    await browser.close();
    throw failure;
  }
  return {
    browser,
    async open(file) {
      const page = await browser.newPage();
      page.setDefaultTimeout(10_000);
      // page.goto() never settles on a moz-extension: URL; BiDi's own navigate returns once loaded.
      const frame = page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> } };
      await frame.browsingContext.navigate(`moz-extension://${EXTENSION_UUID}/${file}`, 'complete');
      return page;
    },
    close: () => browser.close(),
  };
}
