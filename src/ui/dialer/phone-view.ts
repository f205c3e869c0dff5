/**
 * The "Phone" view: RingCentral Embeddable beside "Calls" in the side panel, or alone in its own
 * window (an extension page in a popup window, for a browser where the side panel cannot ask for
 * the microphone). With the dialer off in Options, nothing of it shows.
 */
import './dialer.css';
import browser from 'webextension-polyfill';
import type { RouteAnswer } from '../../protocol/routes';
import type { DialerSettings } from '../../protocol/schemas/dialer';
import { h } from '../dom';
import { startDialerHost } from './dialer-host';
import { createLiveCallArea } from './live-call';
import { viewTabs } from '../sidepanel/view-tabs';
import { t } from '../i18n';

export function mountPhoneView(
  root: HTMLElement,
  settings: DialerSettings,
  redirectUri: string,
  phone: RouteAnswer<'GET /phoneAccount'>,
  { inWindow = false } = {},
): void {
  // Calls logged in the Calls view meanwhile show as logged in the widget too.
  const tabs = inWindow ? undefined : viewTabs();
  tabs?.enable('phone');
  tabs?.onShown('phone', () => host.refreshMatch());
  const live = createLiveCallArea();
  const host = startDialerHost(settings, redirectUri, phone, { ...live, showDialer: () => tabs?.show('phone') });
  const iframe = host.iframe;
  const heading = h('h1', { id: 'phone-heading' }, t('panel_tab_phone'));
  const popOut = inWindow ? null : h('button', { type: 'button', onclick: () => void openInWindow(iframe, frameHolder) }, t('dialer_open_window'));
  const frameHolder = h('div', { class: 'widget-holder' }, iframe);
  root.replaceChildren(h('header', { class: 'bar' }, heading, popOut), frameHolder, live.element);
}

/** One softphone at a time: the panel's widget goes away while the window has it. */
async function openInWindow(iframe: HTMLIFrameElement, holder: HTMLElement): Promise<void> {
  await browser.windows.create({ url: browser.runtime.getURL('/dialer.html'), type: 'popup', width: 400, height: 760 });
  iframe.remove();
  const back = h('button', { type: 'button', onclick: () => location.reload() }, t('dialer_show_here'));
  holder.replaceChildren(h('p', { class: 'hint' }, t('dialer_in_window')), back);
}
