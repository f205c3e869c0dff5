/**
 * The first-run page's one action: open the call list. Chrome opens its side panel only in the
 * click's own turn (a user gesture), so the window is known before the click; Firefox toggles
 * its sidebar the same way.
 */
import { $ } from '../dom';

type PanelBrowser = {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  windows?: { getCurrent(): Promise<{ id?: number }> };
};
type SidebarBrowser = { sidebarAction?: { open(): Promise<void> } };

export function mountWelcome(): void {
  const chromeApi = (globalThis as { chrome?: PanelBrowser }).chrome;
  const firefoxApi = (globalThis as { browser?: SidebarBrowser }).browser;
  let windowId: number | undefined;
  void chromeApi?.windows?.getCurrent().then((w) => (windowId = w.id));
  $('#open-panel').addEventListener('click', () => {
    if (firefoxApi?.sidebarAction) return void firefoxApi.sidebarAction.open();
    if (chromeApi?.sidePanel && windowId !== undefined) return void chromeApi.sidePanel.open({ windowId }).catch(openInTab);
    openInTab();
  });
}

/** Where no side panel can be opened from here: the same list in a tab. */
function openInTab(): void {
  window.open('./sidepanel.html', '_blank');
}
