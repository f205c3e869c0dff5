/**
 * A browser notification when auto-log left calls unlogged and no side panel is open to say so.
 * Off by default; the permission is optional and asked for when the user turns it on in Options.
 */
import browser from 'webextension-polyfill';

export async function notifyUnlogged(count: number): Promise<void> {
  if (!browser.notifications?.create || (await isPanelOpen())) return;
  await browser.notifications
    .create('auto-log-unlogged', {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: 'Calls not logged',
      message: `${count} call${count === 1 ? ' was' : 's were'} not logged automatically. Open the call list to see why.`,
    })
    .catch(() => undefined);
}

async function isPanelOpen(): Promise<boolean> {
  const runtime = (globalThis as { chrome?: { runtime?: { getContexts?: (filter: object) => Promise<unknown[]> } } }).chrome?.runtime;
  if (!runtime?.getContexts) return false;
  return (await runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length > 0;
}
