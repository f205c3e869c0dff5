/** What the host's parts share: the frame, what the worker said last, and how to tell the user. */
import type { Connection } from '../../protocol/api-answers';
import type { ConnectorMetadata } from '../../protocol/crm-shapes';
import type { ReturnMessage } from '../../protocol/return-message';
import type { DialerSettings } from '../../protocol/schemas/dialer';
import { metadataFor } from '../sidepanel/panel-api';
import type { WidgetFrame } from './widget-frame';

export interface HostContext {
  frame: WidgetFrame;
  connection: Connection | null;
  settings: DialerSettings;
  /** Labels shown on a call's row while it is not logged ("Not logged: several contacts match"). */
  statuses: Map<string, string>;
  /** The sessions the widget asked about last: matched again when the Phone view shows (the Calls view may have logged them). */
  seen: Set<string>;
}

export function crmOf(context: HostContext): { connection: Connection; metadata: ConnectorMetadata } | undefined {
  return context.connection ? { connection: context.connection, metadata: metadataFor(context.connection) } : undefined;
}

const LEVELS = { success: 'info', warning: 'warning', error: 'danger' } as const;

/** A worker's message as the widget's own alert (`/custom-alert-message`); auto-log successes stay quiet. */
export function alertInWidget(context: HostContext, message: ReturnMessage | null | undefined, quietSuccess = false): void {
  if (!message?.message || (quietSuccess && message.messageType === 'success')) return;
  context.frame.post({
    type: 'rc-adapter-message-request',
    requestId: crypto.randomUUID(),
    path: '/custom-alert-message',
    body: { message: message.message, level: LEVELS[message.messageType], ttl: message.ttl, details: message.details },
    alertMessage: message.message,
    alertLevel: LEVELS[message.messageType],
    ttl: message.ttl,
  });
}

/** Asks the widget to read these calls' logged state again (`/callLogger/match`). */
export function refreshMatch(context: HostContext, sessionIds: string[]): void {
  context.frame.post({ type: 'rc-adapter-trigger-call-logger-match', sessionIds });
}
