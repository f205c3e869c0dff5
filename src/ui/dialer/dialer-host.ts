/**
 * The host of the widget: answers its requests, registers the service once the widget has
 * started (its first `rc-login-status-notify`; a registration sent on the iframe's load is
 * lost) and again when the CRM connection changes, mirrors its auto-log toggle to the worker,
 * and runs its sign-in. It keeps nothing durable: the worker does.
 */
import browser from 'webextension-polyfill';
import type { RouteAnswer } from '../../protocol/routes';
import type { DialerSettings } from '../../protocol/schemas/dialer';
import { callApi } from '../api-client';
import { onDialRequest } from '../dial-event';
import { handleCallLogger, handleInputChanged } from './call-logger';
import { watchCalls, type LiveCallView } from './call-watch';
import { matchContacts } from './contact-match';
import { matchCallLogs } from './entity-match';
import { handleMessageLogger } from './message-logger';
import { matchMessageLogs } from './message-match';
import { refreshMatch, type HostContext } from './host-context';
import { PATHS, registrationKey, serviceFor } from './service';
import { createWidgetFrame } from './widget-frame';
import { answerWidgetRequests } from './widget-requests';
import { signInForWidget } from './widget-sign-in';
import { createSharedSignIn } from './shared-sign-in';
import { contactViewBody } from './widget-schemas';

const CONNECTION_CHECK_MS = 15_000;

export function startDialerHost(
  settings: DialerSettings,
  redirectUri: string,
  phone: RouteAnswer<'GET /phoneAccount'>,
  view: LiveCallView & { showDialer(): void },
): { iframe: HTMLIFrameElement; refreshMatch(): void } {
  const frame = createWidgetFrame(settings, redirectUri);
  const shared = createSharedSignIn(frame, settings, phone);
  const context: HostContext = { frame, connection: null, settings, statuses: new Map(), seen: new Set() };
  let started = false;
  let registered: string | undefined;

  async function register(): Promise<void> {
    const answer = await callApi('GET /connection');
    context.connection = answer.connection ?? null;
    const key = registrationKey(context.connection);
    if (!started || key === registered) return;
    registered = key;
    frame.post({ type: 'rc-adapter-register-third-party-service', service: serviceFor(context.connection) });
  }

  answerWidgetRequests(frame, {
    [PATHS.contactMatch]: {
      handle: (body) => matchContacts(body, (phoneNumbers) => frame.post({ type: 'rc-adapter-trigger-contact-match', phoneNumbers })),
      fallback: {},
    },
    [PATHS.entityMatch]: { handle: (body) => matchCallLogs(context, body), fallback: {} },
    [PATHS.callLogger]: { handle: (body) => handleCallLogger(context, body), fallback: 'ok' },
    [PATHS.inputChanged]: { handle: (body) => handleInputChanged(context, body), fallback: 'ok' },
    [PATHS.messageLogger]: { handle: (body) => handleMessageLogger(context, body), fallback: 'ok' },
    [PATHS.messageMatch]: { handle: matchMessageLogs, fallback: {} },
    [PATHS.contactView]: { handle: (body) => (void viewContact(body), 'ok'), fallback: 'ok' },
    [PATHS.authorize]: { handle: () => (void browser.runtime.openOptionsPage(), 'ok'), fallback: 'ok' },
  });
  const onCall = watchCalls(context, view);
  frame.onMessage((message) => {
    signInForWidget(frame, message, shared);
    if (message.type === 'rc-login-status-notify') {
      started = true;
      void register();
    } else if (message.type === 'rc-callLogger-auto-log-notify' && typeof message.autoLog === 'boolean') {
      context.settings = { ...context.settings, autoLog: message.autoLog };
      void callApi('PUT /settings/dialer', { body: context.settings });
    } else onCall(message);
  });
  onDialRequest((phoneNumber) => {
    view.showDialer();
    frame.post({ type: 'rc-adapter-new-call', phoneNumber, toCall: true });
  });
  // The CRM may be connected or changed in Options meanwhile: register again when it was.
  window.addEventListener('focus', () => void register());
  setInterval(() => document.visibilityState === 'visible' && void register(), CONNECTION_CHECK_MS);
  return { iframe: frame.iframe, refreshMatch: () => context.seen.size > 0 && refreshMatch(context, [...context.seen]) };
}

async function viewContact(body: unknown): Promise<void> {
  const { id, type } = contactViewBody.parse(body);
  const answer = await callApi('GET /contactUrl', { query: { contactId: String(id), contactType: type } });
  if (answer.url) await browser.tabs.create({ url: answer.url });
}
