/**
 * A call in "needs review": its create may have reached the CRM, but the answer was lost and the
 * CRM cannot be searched for it, so the extension will not send it again by itself (that could
 * log it twice). A person looks in the CRM and says what they found: it is there (with the
 * record's id, so later edits go to it), or it is not (the call can be logged again).
 */
import { whileBusy } from '../busy';
import { h, uid } from '../dom';
import { createFieldErrors } from '../field-errors';
import { showToast } from '../toasts';
import { callSummary, labelled } from './call-summary';
import type { Connection } from '../../protocol/api-answers';
import type { CallRecord } from '../../protocol/call-record';
import { callApi } from '../api-client';
import { t } from '../i18n';

export interface ReviewPanelOptions {
  call: CallRecord;
  connection: Connection;
  /** The person settled it: `logged` = it is in the CRM; otherwise it can be logged again. */
  onSettled(logged: boolean): void;
}

export function reviewPanel({ call, connection, onSettled }: ReviewPanelOptions): HTMLElement {
  const crm = connection.displayName;
  const hintId = uid('record-id-hint');
  const recordId = h('input', { id: uid('record-id'), type: 'text', autocomplete: 'off', maxlength: 128, 'aria-describedby': hintId });
  const found = h('button', { type: 'submit', class: 'primary' }, t('review_found', crm));
  const notFound = h('button', { type: 'button' }, t('review_not_found'));
  const form = h(
    'form',
    { class: 'log-form review', novalidate: true },
    h('h3', {}, t('review_found_question', crm)),
    labelled(t('review_record_id', crm), recordId),
    h('p', { class: 'hint', id: hintId }, t('review_record_id_hint')),
    h('div', { class: 'actions' }, found),
  );

  const errors = createFieldErrors();
  async function settle(button: HTMLButtonElement, logId: string | undefined): Promise<void> {
    await whileBusy(button, t('common_saving'), async () => {
      const answer = await callApi('POST /callLog/review', { body: logId ? { sessionId: call.sessionId, logId } : { sessionId: call.sessionId } });
      showToast(answer.successful ? answer.returnMessage : errors.fromAnswer(answer, { logId: recordId }));
      if (answer.successful) onSettled(logId !== undefined);
    });
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    errors.clear();
    const logId = recordId.value.trim();
    if (!logId) return errors.mark(recordId, t('review_enter_id', crm));
    void settle(found, logId);
  });
  notFound.addEventListener('click', () => void settle(notFound, undefined));

  return h(
    'div',
    {},
    callSummary(call),
    h('p', { class: 'notice' }, t('review_notice', crm)),
    h('p', {}, t('review_look', crm)),
    form,
    h('h3', { class: 'review-other' }, t('review_not_in', crm)),
    h('div', { class: 'actions' }, notFound),
  );
}
