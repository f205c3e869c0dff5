/**
 * Click-to-dial between the side panel's views without one importing the other: a number is
 * handed to whichever dialer listens in this page (src/ui/dialer/), by a DOM event.
 */
import { h } from './dom';
import { formatNumber } from './phone-format';
import { t } from './i18n';

const DIAL = 'crm-call-logger:dial';

/** Whether a dialer is running in this page (the Phone view is on). */
export function dialerIsOn(): boolean {
  return document.documentElement.dataset.dialer === 'on';
}

export function markDialer(on: boolean): void {
  document.documentElement.dataset.dialer = on ? 'on' : 'off';
}

export function requestDial(phoneNumber: string): void {
  document.dispatchEvent(new CustomEvent(DIAL, { detail: phoneNumber }));
}

export function onDialRequest(listener: (phoneNumber: string) => void): void {
  document.addEventListener(DIAL, (event) => listener(String((event as CustomEvent<unknown>).detail)));
}

/** "Call +1 415…": dials through the Phone view; nothing when the dialer is off. */
export function dialButton(phoneNumber: string | undefined): HTMLButtonElement | null {
  if (!phoneNumber || !dialerIsOn()) return null;
  return h('button', { type: 'button', class: 'dial', onclick: () => requestDial(phoneNumber) }, t('dial_call', formatNumber(phoneNumber)));
}
