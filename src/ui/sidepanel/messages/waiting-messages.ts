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
import { formatNextTry } from '../outbox-text';

const KIND_WORDS = { SMS: 'SMS', Voicemail: 'Voicemail', Fax: 'Fax' } as const;

/** Loads the waiting days into `section` (hidden when none); `onDone` after a retry or a discard. */
export async function showWaitingMessages(section: HTMLElement, crmName: string, onDone: () => void): Promise<WaitingMessageLog[]> {
  const answer: RouteAnswer<'GET /messageLog/waiting'> = await callApi('GET /messageLog/waiting');
  const items = answer.items ?? [];
  section.hidden = items.length === 0;
  section.replaceChildren(
    ...(items.length
      ? [
          h('h2', { id: 'message-waiting-heading' }, 'Waiting to be logged ', h('span', { class: 'badge' }, items.length)),
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
  const who = item.contactName || 'Unknown contact';
  const count = `${item.messageCount} message${item.messageCount === 1 ? '' : 's'}`;
  const what = `${KIND_WORDS[item.kind]} · ${item.operation === 'create' ? 'new log' : 'added to its log'} · ${count}`;
  const when = formatNextTry(item.nextAttemptAt, new Date());
  const tries = item.attempt > 0 ? ` · tried ${item.attempt} time${item.attempt === 1 ? '' : 's'}` : '';
  const actions = h('div', { class: 'actions' });
  const key = { conversationLogId: item.conversationLogId, contactId: item.contactId };
  const act = (button: HTMLButtonElement, doing: string, route: 'POST /messageLog/retry' | 'POST /messageLog/discard') =>
    void whileBusy(button, doing, async () => {
      const answer = await callApi(route, { body: key });
      showToast(answer.returnMessage);
      onDone();
    });

  function showButtons(): void {
    const retry = h('button', { type: 'button', class: 'primary', 'aria-describedby': whatId }, 'Retry now');
    retry.addEventListener('click', () => act(retry, 'Sending…', 'POST /messageLog/retry'));
    actions.replaceChildren(retry, h('button', { type: 'button', 'aria-describedby': whatId, onclick: confirmDiscard }, 'Discard'));
  }

  function confirmDiscard(): void {
    const consequence =
      item.operation === 'append'
        ? `Discard these ${count}? ${crmName} keeps the log as it is, without them.`
        : item.reconcile
          ? `Discard this log? ${crmName} may already have it: the answer to its last try was lost. Check ${crmName} before you log these messages with ${who} again.`
          : `Discard this log? The conversation with ${who} will show as not logged, and you can log it again.`;
    confirmInPlace(actions, consequence, (yes) => act(yes, 'Discarding…', 'POST /messageLog/discard'), showButtons);
  }

  showButtons();
  return h(
    'li',
    { class: 'outbox-item outbox-pending', 'data-conversation-log-id': item.conversationLogId },
    h('p', { class: 'outbox-what', id: whatId }, h('strong', {}, who), ` · ${what}`),
    h('p', { class: 'outbox-when' }, when === 'now' ? 'Sending now' : `Next try ${when}`, tries),
    item.lastError ? h('p', { class: 'outbox-why' }, item.lastError.message) : null,
    item.lastError?.hint ? h('p', { class: 'hint' }, item.lastError.hint) : null,
    actions,
  );
}
