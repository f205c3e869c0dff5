/**
 * Shows a `returnMessage` as a toast for its `ttl`: role `status` for success (announced
 * politely), `alert` for warnings and errors (announced at once). The "what to do" details are
 * part of the toast. Hovering or focusing a toast holds it, so it can be read to the end.
 */
import type { ReturnMessage } from '../protocol/return-message';
import { h } from './dom';
import { t } from './i18n';
import { workerText } from './worker-text';

const MIN_TTL_MS = 1500;
/** More would cover the page the user is working in; the oldest gives way. */
const MAX_TOASTS = 3;

function region(): HTMLElement {
  return document.querySelector<HTMLElement>('.toasts') ?? document.body.appendChild(h('div', { class: 'toasts' }));
}

export function showToast(message: ReturnMessage | null | undefined): void {
  if (!message?.message) return;
  const hints = (message.details ?? []).flatMap((detail) => detail.items.map((item) => workerText(item.text)));
  const close = h('button', { type: 'button', class: 'toast-close', 'aria-label': t('common_dismiss') }, '×');
  const toast = h('div', { class: `toast toast-${message.messageType}`, role: message.messageType === 'success' ? 'status' : 'alert' });
  // The live region exists before its text arrives, so screen readers announce the text.
  const toasts = region();
  toasts.append(toast);
  while (toasts.children.length > MAX_TOASTS) toasts.firstElementChild?.remove();
  toast.append(h('p', { class: 'toast-message' }, workerText(message.message)), ...hints.map((hint) => h('p', { class: 'toast-hint' }, hint)), close);

  let timer: ReturnType<typeof setTimeout> | undefined;
  let held = false;
  const remove = () => toast.remove();
  const start = () => {
    clearTimeout(timer);
    if (!held) timer = setTimeout(remove, Math.max(message.ttl, MIN_TTL_MS));
  };
  const hold = (on: boolean) => () => {
    held = on;
    if (on) clearTimeout(timer);
    else start();
  };
  toast.addEventListener('mouseenter', hold(true));
  toast.addEventListener('mouseleave', hold(false));
  toast.addEventListener('focusin', hold(true));
  toast.addEventListener('focusout', hold(false));
  close.addEventListener('click', remove);
  start();
}

/** A toast for a failure the page found itself (the worker did not answer, a browser API threw). */
export function showProblem(message: string, hint: string): void {
  showToast({
    message,
    messageType: 'error',
    ttl: 8000,
    details: [{ title: t('common_what_to_do'), items: [{ id: '1', type: 'text', text: hint }] }],
  });
}
