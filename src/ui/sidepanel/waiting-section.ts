/**
 * "Waiting to be logged": the account's changes in the outbox, above the calls, failed and
 * paused ones first (they need a person). A burst of hundreds must not bury the call list, so
 * only the first few are shown until the user asks for all. Signed out by the CRM, it says how
 * many calls wait for the user to connect again.
 */
import { h } from '../dom';
import { outboxItem, type OutboxItemOptions } from './outbox-item';
import type { OutboxEntry } from '../../protocol/api-answers';
import { formatInteger, t, tn } from '../i18n';

const SHOWN_AT_FIRST = 5;
const NEEDS_A_PERSON: Record<OutboxEntry['state'], number> = { failed: 0, paused: 1, pending: 2 };

export interface WaitingModel extends Omit<OutboxItemOptions, 'item'> {
  items: OutboxEntry[];
  showAll: boolean;
  onShowAll(): void;
}

export function renderWaiting(section: HTMLElement, { items, showAll, onShowAll, ...options }: WaitingModel): void {
  section.hidden = items.length === 0;
  if (!items.length) {
    section.replaceChildren();
    return;
  }
  const sorted = [...items].sort((a, b) => NEEDS_A_PERSON[a.state] - NEEDS_A_PERSON[b.state] || (a.id ?? 0) - (b.id ?? 0));
  const shown = showAll ? sorted : sorted.slice(0, SHOWN_AT_FIRST);
  const more = sorted.length - shown.length;
  const calls = new Set(items.map((item) => item.sessionId)).size;
  section.replaceChildren(
    h('h2', { id: 'waiting-heading' }, t('call_waiting'), ' ', h('span', { class: 'badge' }, formatInteger(items.length))),
    options.signedOut ? h('p', { class: 'hint waiting-signed-out' }, tn('waiting_signed_out', calls, options.crmName)) : '',
    h(
      'ul',
      { class: 'outbox', 'aria-labelledby': 'waiting-heading' },
      shown.map((item) => outboxItem({ ...options, item })),
    ),
    more > 0 ? h('button', { type: 'button', class: 'link', onclick: onShowAll }, t('waiting_show_all', sorted.length)) : '',
  );
}
