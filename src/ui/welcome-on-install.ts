/** The first-run welcome: a tab with what the extension does and where to start, once, on install. */
import browser from 'webextension-polyfill';

export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
}
