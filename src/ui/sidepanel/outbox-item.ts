/**
 * One change waiting in the outbox: what it is, why it waits (the CRM's last answer), when it
 * is tried next, and what a person can do — "Retry now", or "Discard" after a confirmation that
 * says what is lost. A paused change cannot be sent until the CRM is connected again, so it
 * offers Options instead of a retry that would fail.
 */
import browser from 'webextension-polyfill';
import type { OutboxEntry } from '../../protocol/api-answers';
import type { ConnectorMetadata } from '../../protocol/crm-shapes';
import type { RouteAnswer } from '../../protocol/routes';
import { callApi } from '../api-client';
import { whileBusy } from '../busy';
import { h, uid } from '../dom';
import { showToast } from '../toasts';
import { confirmInPlace } from './confirm-in-place';
import { LOG_STATE_LABELS } from './log-state';
import { operationLabel, waitingLine } from './outbox-text';

/** What to do about a change the CRM refused, when the CRM's answer did not say. */
const FAILED_HINT: Record<OutboxEntry['operation'], string> = {
  create: 'Fix what the CRM names and retry, open the call to log it again with other details, or discard it.',
  update: 'Fix what the CRM names and retry, or discard the change.',
  disposition: 'Fix what the CRM names and retry, or discard the change.',
};

export interface OutboxItemOptions {
  item: OutboxEntry;
  crmName: string;
  metadata: ConnectorMetadata | undefined;
  now: Date;
  /** After "Retry now" or "Discard" was answered (the caller reloads what it shows). */
  onDone(answer: OutboxAction, item: OutboxEntry): void;
}

/** The answer of "Retry now" or "Discard". */
export type OutboxAction = RouteAnswer<'POST /outbox/retry' | 'POST /outbox/discard'>;

export function outboxItem({ item, crmName, metadata, now, onDone }: OutboxItemOptions): HTMLLIElement {
  const whatId = uid('outbox-what');
  const who = item.contactName || 'Unknown contact';
  const actions = h('div', { class: 'actions' });
  const hint = item.lastError?.hint ?? (item.state === 'failed' ? FAILED_HINT[item.operation] : undefined);
  const element = h(
    'li',
    { class: `outbox-item outbox-${item.state}`, 'data-outbox-id': item.id ?? '', 'data-session-id': item.sessionId },
    h('p', { class: 'outbox-what', id: whatId }, h('strong', {}, who), ` · ${operationLabel(item, metadata?.callLogFields)}`),
    item.subject ? h('p', { class: 'outbox-subject' }, item.subject) : null,
    h(
      'p',
      { class: 'outbox-when' },
      h('span', { class: `call-state state-${item.state}` }, LOG_STATE_LABELS[item.state]),
      ` ${waitingLine(item, crmName, now)}`,
    ),
    item.lastError ? h('p', { class: 'outbox-why' }, item.lastError.message) : null,
    hint ? h('p', { class: 'hint' }, hint) : null,
    actions,
  );

  const act = (button: HTMLButtonElement, doing: string, route: 'POST /outbox/retry' | 'POST /outbox/discard') =>
    void whileBusy(button, doing, async () => {
      const answer = await callApi(route, { body: { id: item.id! } });
      showToast(answer.returnMessage);
      onDone(answer, item);
    });

  function showButtons(): void {
    const describedBy = { 'aria-describedby': whatId };
    const retry =
      item.state === 'paused'
        ? h('button', { type: 'button', ...describedBy, onclick: () => void browser.runtime.openOptionsPage() }, 'Open Options')
        : h('button', { type: 'button', class: 'primary', ...describedBy }, 'Retry now');
    if (item.state !== 'paused') retry.addEventListener('click', () => act(retry, 'Sending…', 'POST /outbox/retry'));
    const discard = h('button', { type: 'button', ...describedBy, onclick: confirmDiscard }, 'Discard');
    actions.replaceChildren(retry, discard);
  }

  function confirmDiscard(): void {
    // A create whose last answer was lost may already be in the CRM (docs/reliability.md, "The outbox").
    const consequence =
      item.operation !== 'create'
        ? `Discard this change? ${crmName} keeps the log as it was before.`
        : item.reconcile
          ? `Discard this log? ${crmName} may already have it: the answer to its last try was lost. Check ${crmName} before you log the call with ${who} again.`
          : `Discard this log? The call with ${who} will show as not logged, and you can log it again.`;
    confirmInPlace(actions, consequence, (yes) => act(yes, 'Discarding…', 'POST /outbox/discard'), showButtons);
  }

  showButtons();
  return element;
}
