/** Wires the router to `runtime.onMessage` in the service worker. */
import browser, { type Runtime } from 'webextension-polyfill';
import { currentBackend } from '../backends/current-backend';
import { isApiMessage } from '../protocol/envelope';
import { createApiRouter } from './router';

/** A page or content script of this very extension: same id, and an extension page or a tab. */
export function isOwnSender(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const origin = browser.runtime.getURL('/');
  return sender.url?.startsWith(origin) === true || sender.tab !== undefined;
}

export function startApi(): void {
  const handle = createApiRouter({ currentBackend, isOwnSender });
  // Returning undefined for other messages lets other listeners answer them.
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    isApiMessage(message) ? handle(message, sender) : undefined,
  );
}
