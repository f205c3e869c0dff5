/**
 * "Waiting to be logged" above the conversations: the days whose messages wait in the message
 * ledger to be sent again (GET /messageLog/waiting), with the CRM's last answer, the next try,
 * "Retry now" and "Discard" (after a confirmation that says what is lost), as the calls' list
 * (../waiting-section.ts, ../outbox-item.ts) shows the call outbox.
 */
import type { RouteAnswer } from '../../../protocol/routes';
import type { WaitingMessageLog } from '../../../protocol/message-answers';
import { callApi } from '../../api-client';
import { whileBusy } from '../../busy';
import { h, uid } from '../../dom';
import { showToast } from '../../toasts';
import { confirmInPlace } from '../confirm-in-place';
import { nextTryLine } from '../outbox-text';
import { t, tn } from '../../i18n';
import { workerText } from '../../worker-text';
import { KIND_LABELS } from './conversation-state';

/** Loads the waiting days into `section` (hidden when none); `onDone` after a retry or a discard. */
export async function showWaitingMessages(section: HTMLElement, crmName: string, onDone: () => void): Promise<WaitingMessageLog[]> {
  const answer: RouteAnswer<'GET /messageLog/waiting'> = await callApi('GET /messageLog/waiting');
  const items = answer.items ?? [];
  section.hidden = items.length === 0;
  section.replaceChildren(
    ...(items.length
      ? [
          h('h2', { id: 'message-waiting-heading' }, t('call_waiting'), ' ', h('span', { class: 'badge' }, items.length)),
          h(
            'ul',
            { class: 'outbox', 'aria-labelledby': 'message-waiting-heading' },
            items.map((item) => waitingItem(item, crmName, onDone)),
          ),
        ]
      : []),
  );
  return items;
}

function waitingItem(item: WaitingMessageLog, crmName: string, onDone: () => void): HTMLLIElement {
  const whatId = uid('message-waiting');
  const who = item.contactName || t('outbox_unknown_contact');
  const count = tn('messages_count', item.messageCount);
  const what = [t(KIND_LABELS[item.kind]!), t(item.operation === 'create' ? 'messages_waiting_new_log' : 'messages_waiting_added'), count].join(
    ' · ',
  );
  const actions = h('div', { class: 'actions' });
  const key = { conversationLogId: item.conversationLogId, contactId: item.contactId };
  const act = (button: HTMLButtonElement, doing: string, route: 'POST /messageLog/retry' | 'POST /messageLog/discard') =>
    void whileBusy(button, doing, async () => {
      const answer = await callApi(route, { body: key });
      showToast(answer.returnMessage);
      onDone();
    });

  function showButtons(): void {
    const retry = h('button', { type: 'button', class: 'primary', 'aria-describedby': whatId }, t('outbox_retry'));
    retry.addEventListener('click', () => act(retry, t('outbox_sending'), 'POST /messageLog/retry'));
    actions.replaceChildren(retry, h('button', { type: 'button', 'aria-describedby': whatId, onclick: confirmDiscard }, t('outbox_discard')));
  }

  function confirmDiscard(): void {
    const consequence =
      item.operation === 'append'
        ? t('messages_discard_append', count, crmName)
        : item.reconcile
          ? t('messages_discard_lost', crmName, who)
          : t('messages_discard_log', who);
    confirmInPlace(actions, consequence, (yes) => act(yes, t('outbox_discarding'), 'POST /messageLog/discard'), showButtons);
  }

  showButtons();
  return h(
    'li',
    { class: 'outbox-item outbox-pending', 'data-conversation-log-id': item.conversationLogId },
    h('p', { class: 'outbox-what', id: whatId }, h('strong', {}, who), ` · ${what}`),
    h('p', { class: 'outbox-when' }, nextTryLine(item, new Date())),
    item.lastError ? h('p', { class: 'outbox-why' }, workerText(item.lastError.message)) : null,
    item.lastError?.hint ? h('p', { class: 'hint' }, workerText(item.lastError.hint)) : null,
    actions,
  );
}
