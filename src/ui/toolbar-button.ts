/**
 * The toolbar button opens the call list: Chrome's side panel (which the browser opens itself
 * once told to), Firefox's sidebar (toggled on click, which counts as the user's gesture).
 */
import browser from 'webextension-polyfill';

export function openPanelFromToolbar(): void {
  if (typeof chrome !== 'undefined' && chrome.sidePanel) {
    void chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return;
  }
  const button = browser.action ?? browser.browserAction;
  const sidebar = (browser as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
  if (button && sidebar) button.onClicked.addListener(() => void sidebar.toggle());
}
