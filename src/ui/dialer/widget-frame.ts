/**
 * The widget's iframe and the one channel to it. Only messages from that frame's window and
 * from the widget URL's origin are read; everything sent to it names that origin, never '*'
 * (Embeddable's docs post with '*'; the spec asks for better).
 */
import type { DialerSettings } from '../../protocol/schemas/dialer';
import { h } from '../dom';
import { t } from '../i18n';

export type WidgetMessage = Record<string, unknown> & { type: string };

export interface WidgetFrame {
  iframe: HTMLIFrameElement;
  origin: string;
  post(message: WidgetMessage): void;
  onMessage(listener: (message: WidgetMessage) => void): void;
}

/** The iframe `src`: Embeddable's documented URL parameters (docs/config/*.md). */
export function widgetSrc(settings: DialerSettings, redirectUri: string): string {
  const url = new URL(settings.widgetUrl);
  if (settings.clientId) {
    // A company's own app: the extension runs the sign-in (identity.launchWebAuthFlow), not the widget's popup.
    url.searchParams.set('clientId', settings.clientId);
    url.searchParams.set('appServer', new URL(settings.serverUrl).origin);
    url.searchParams.set('redirectUri', redirectUri);
    url.searchParams.set('disableLoginPopup', '1');
  }
  if (settings.autoLog) url.searchParams.set('defaultAutoLogCallEnabled', '1');
  return url.href;
}

export function createWidgetFrame(settings: DialerSettings, redirectUri: string): WidgetFrame {
  const src = widgetSrc(settings, redirectUri);
  const origin = new URL(src).origin;
  const iframe = h('iframe', {
    src,
    title: t('dialer_frame_title'),
    class: 'widget-frame',
    allow: 'microphone; autoplay; clipboard-read; clipboard-write',
  });
  const listeners: ((message: WidgetMessage) => void)[] = [];
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== iframe.contentWindow || event.origin !== origin) return;
    const data = event.data as unknown;
    if (typeof data !== 'object' || data === null || typeof (data as { type?: unknown }).type !== 'string') return;
    for (const listener of listeners) listener(data as WidgetMessage);
  });
  return {
    iframe,
    origin,
    post: (message) => iframe.contentWindow?.postMessage(message, origin),
    onMessage: (listener) => void listeners.push(listener),
  };
}
