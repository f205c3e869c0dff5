/** Wires the router to `runtime.onMessage` in the service worker. */
import browser, { type Runtime } from 'webextension-polyfill';
import { autoLogSession } from '../backends/auto-log-session';
import { currentBackend } from '../backends/current-backend';
import { refreshBadge } from '../logging/auto-log/unlogged-badge';
import { CALLS_CHANGED } from '../protocol/api-answers-browser';
import { isApiMessage } from '../protocol/envelope';
import { createApiRouter } from './router';

/**
 * A page of this very extension: same id and a URL under its own origin, in a tab or not. Having
 * a tab proves nothing: a content script runs in a web page's tab, and this extension has none
 * (test/e2e/security.test.ts checks the manifest), so a sender from a web page is refused. Other
 * extensions reach `onMessageExternal`, which nothing here listens to.
 */
export function isOwnSender(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const origin = browser.runtime.getURL('/');
  return sender.url?.startsWith(origin) === true;
}

/**
 * Requests after which the toolbar badge counts again. The count reads the call list, the message
 * list and both ledgers and sets the badge (about 1 ms of the worker's time), so it never runs on
 * a request's own path: it starts a moment after the answer, and the requests that come meanwhile
 * (a burst of logs) share that one count, which reads the newest state. GET /messages counts it
 * itself, from the read of the message ledger its reasons need (src/backends/browser/messages.ts).
 */
const CHANGES_BADGE = new Set([
  'POST /callLog',
  'POST /callLog/review',
  'POST /outbox/discard',
  'POST /messageLog',
  'POST /messageLog/retry',
  'POST /messageLog/discard',
]);

/**
 * Requests after which an open side panel reads its connection and its calls again: who the API
 * acts for (a CRM connected or left, the backend, an app or partner key that ended a sign-in) or
 * where the calls come from changed, usually from the options page beside it.
 */
const CHANGES_PAGES = new Set([
  'POST /apiKeyLogin',
  'GET /oauth-callback',
  'POST /oauth/signIn',
  'POST /unAuthorize',
  'PUT /backend',
  'PUT /settings/oauthApps',
  'PUT /settings/partnerKeys',
  'PUT /phoneAccount',
  'POST /phoneAccount/signInCallback',
  'POST /phoneAccount/signOut',
]);

export function startApi(): void {
  const handle = createApiRouter({ currentBackend, isOwnSender });
  // Returning undefined for other messages lets other listeners answer them.
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isApiMessage(message)) return undefined;
    const answer = handle(message, sender);
    const { method, path } = message as { method?: unknown; path?: unknown };
    const route = `${String(method)} ${String(path)}`;
    if (CHANGES_BADGE.has(route)) void answer.then(countBadgeSoon, countBadgeSoon);
    if (CHANGES_PAGES.has(route)) void answer.then(tellPages, tellPages);
    return answer;
  });
}

function tellPages(): void {
  void browser.runtime.sendMessage(CALLS_CHANGED).catch(() => undefined);
}

/** Short enough that a person sees no delay, long enough to gather a burst of logs into one count. */
const BADGE_AFTER_MS = 200;
let badgeWaiting = false;

function countBadgeSoon(): void {
  if (badgeWaiting) return;
  badgeWaiting = true;
  setTimeout(() => {
    badgeWaiting = false;
    void autoLogSession()
      .then(refreshBadge)
      .catch(() => undefined);
  }, BADGE_AFTER_MS);
}
