/**
 * A browser notification when auto-log left calls or conversations unlogged and no side panel is open to say so.
 * Off by default; the permission is optional and asked for when the user turns it on in Options.
 */
import browser from 'webextension-polyfill';

const WORDS = {
  calls: { title: 'Calls not logged', one: 'call', list: 'the call list' },
  conversations: { title: 'Messages not logged', one: 'conversation', list: 'the Messages view' },
};

export async function notifyUnlogged(count: number, kind: keyof typeof WORDS = 'calls'): Promise<void> {
  const words = WORDS[kind];
  if (!browser.notifications?.create || (await isPanelOpen())) return;
  await browser.notifications
    .create('auto-log-unlogged', {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: words.title,
      message: `${count} ${words.one}${count === 1 ? ' was' : 's were'} not logged automatically. Open ${words.list} to see why.`,
    })
    .catch(() => undefined);
}

async function isPanelOpen(): Promise<boolean> {
  const runtime = (globalThis as { chrome?: { runtime?: { getContexts?: (filter: object) => Promise<unknown[]> } } }).chrome?.runtime;
  if (!runtime?.getContexts) return false;
  return (await runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length > 0;
}
