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
import { logStateLabel } from './log-state';
import { operationLabel, waitingLine } from './outbox-text';
import { t, type MessageKey } from '../i18n';
import { workerText } from '../worker-text';

/** What to do about a change the CRM refused, when the CRM's answer did not say. */
const FAILED_HINT: Record<OutboxEntry['operation'], MessageKey> = {
  create: 'outbox_hint_create',
  update: 'outbox_hint_change',
  disposition: 'outbox_hint_change',
};

export interface OutboxItemOptions {
  item: OutboxEntry;
  crmName: string;
  metadata: ConnectorMetadata | undefined;
  now: Date;
  /** The CRM ended the sign-in: nothing can be sent until it is connected again; a discard still can be made. */
  signedOut?: boolean;
  /** After "Retry now" or "Discard" was answered (the caller reloads what it shows). */
  onDone(answer: OutboxAction, item: OutboxEntry): void;
}

/** The answer of "Retry now" or "Discard". */
export type OutboxAction = RouteAnswer<'POST /outbox/retry' | 'POST /outbox/discard'>;

export function outboxItem({ item, crmName, metadata, now, signedOut = false, onDone }: OutboxItemOptions): HTMLLIElement {
  const whatId = uid('outbox-what');
  const who = item.contactName || t('outbox_unknown_contact');
  const actions = h('div', { class: 'actions' });
  const hint = item.lastError?.hint ? workerText(item.lastError.hint) : item.state === 'failed' ? t(FAILED_HINT[item.operation]) : undefined;
  const element = h(
    'li',
    { class: `outbox-item outbox-${item.state}`, 'data-outbox-id': item.id ?? '', 'data-session-id': item.sessionId },
    h('p', { class: 'outbox-what', id: whatId }, h('strong', {}, who), ` · ${operationLabel(item, metadata?.callLogFields)}`),
    item.subject ? h('p', { class: 'outbox-subject' }, item.subject) : null,
    h(
      'p',
      { class: 'outbox-when' },
      h('span', { class: `call-state state-${item.state}` }, logStateLabel(item.state)),
      ` ${waitingLine(item, crmName, now)}`,
    ),
    item.lastError ? h('p', { class: 'outbox-why' }, workerText(item.lastError.message)) : null,
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
    const waitsForSignIn = item.state === 'paused' || signedOut;
    const retry = waitsForSignIn
      ? h('button', { type: 'button', ...describedBy, onclick: () => void browser.runtime.openOptionsPage() }, t('outbox_open_options'))
      : h('button', { type: 'button', class: 'primary', ...describedBy }, t('outbox_retry'));
    if (!waitsForSignIn) retry.addEventListener('click', () => act(retry, t('outbox_sending'), 'POST /outbox/retry'));
    const discard = h('button', { type: 'button', ...describedBy, onclick: confirmDiscard }, t('outbox_discard'));
    actions.replaceChildren(retry, discard);
  }

  function confirmDiscard(): void {
    // A create whose last answer was lost may already be in the CRM (docs/reliability.md, "The outbox").
    const consequence =
      item.operation !== 'create'
        ? t('outbox_discard_change', crmName)
        : item.reconcile
          ? t('outbox_discard_lost', crmName, who)
          : signedOut
            ? t('outbox_discard_signed_out', crmName, who)
            : t('outbox_discard_log', who);
    confirmInPlace(actions, consequence, (yes) => act(yes, t('outbox_discarding'), 'POST /outbox/discard'), showButtons);
  }

  showButtons();
  return element;
}
