/**
 * The dialer: RingCentral Embeddable hosted in the side panel (docs/dialer.md). Its settings are
 * a local path (GET|PUT /settings/dialer); the note typed during a live call is kept per session
 * by the worker (PUT /callLog/note) until the call is logged.
 */
import * as z from 'zod/mini';
import { httpUrl, parseUrl } from '../http-url';
import { RINGCENTRAL_SERVER } from './phone-account';
import { MAX_NOTE, requiredText, text } from './common';

/** Embeddable's public app (docs/integration/new-latest-uri.md of ringcentral/ringcentral-embeddable). */
export const EMBEDDABLE_APP_URL = 'https://apps.ringcentral.com/integration/ringcentral-embeddable/latest/app.html';

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * The frame origins the extension's CSP allows (wxt.config.ts): Embeddable's own, and this
 * machine for a self-hosted or test widget. A widget URL elsewhere would show a blank frame, so
 * the setting refuses it.
 */
export const DIALER_FRAME_SOURCES = ['https://apps.ringcentral.com', ...LOOPBACK_HOSTS.flatMap((host) => [`http://${host}:*`, `https://${host}:*`])];

export function isAllowedWidgetUrl(value: string): boolean {
  const url = parseUrl(value);
  if (!url) return false;
  if (LOOPBACK_HOSTS.includes(url.hostname)) return url.protocol === 'http:' || url.protocol === 'https:';
  return url.protocol === 'https:' && url.origin === 'https://apps.ringcentral.com';
}

export const contactPopChoices = ['ring', 'answer', 'off'] as const;

export const dialerSettingsSchema = z.object({
  enabled: z._default(z.boolean(), false),
  widgetUrl: z._default(
    z
      .string()
      .check(
        z.maxLength(2048),
        z.refine(isAllowedWidgetUrl, 'must be on https://apps.ringcentral.com, or an http(s) URL on this machine (127.0.0.1, localhost)'),
      ),
    EMBEDDABLE_APP_URL,
  ),
  /** A company's own RingCentral app; empty: the widget's built-in app, which signs in in its own popup. */
  clientId: z._default(text(256), ''),
  serverUrl: z._default(httpUrl, RINGCENTRAL_SERVER),
  /** Open the caller's CRM contact when a call rings, when it is answered, or never. */
  contactPop: z._default(z.enum(contactPopChoices), 'ring'),
  /** Open the log form when a call ends (after logging it, when auto-log is on). */
  logFormAtHangUp: z._default(z.boolean(), false),
  /** Mirror of the widget's "Auto log calls" toggle. */
  autoLog: z._default(z.boolean(), false),
});

export type DialerSettings = z.infer<typeof dialerSettingsSchema>;

export const callNoteBody = z.object({ sessionId: requiredText(128), note: text(MAX_NOTE) });
export const callNoteQuery = z.object({ sessionId: requiredText(128) });
export const contactUrlQuery = z.object({ contactId: requiredText(128), contactType: z.optional(text(64)) });
