/**
 * The form that logs a call: Contact, Subject (a default per direction, following the chosen
 * contact until the user edits it), Note, the connector's fields, "Log call". A new contact is
 * created first, then the call is logged to it.
 */
import type { CallRecord } from '../../protocol/call-record';
import { contactParty } from '../../protocol/contact-party';
import type { ConnectorMetadata } from '../../protocol/crm-shapes';
import type { Connection } from '../../protocol/api-answers';
import type { RouteAnswer } from '../../protocol/routes';
import { callSubject } from '../../protocol/call-subject';
import { whileBusy } from '../busy';
import { h, uid } from '../dom';
import { createFieldErrors } from '../field-errors';
import { partyNumber } from '../format-call';
import { showToast } from '../toasts';
import { callSummary, labelled } from './call-summary';
import { createContactChoice, type ContactChoice } from './contact-choice';
import { createLogFields } from './log-fields';
import { createContact, createLog, findContacts } from './panel-api';
import { t } from '../i18n';
import { workerText } from '../worker-text';

export interface LogFormOptions {
  call: CallRecord;
  connection: Connection;
  metadata: ConnectorMetadata;
  /** The one contact that has the call's number: the list shows its name from now on. */
  onMatched(contactName: string): void;
  onLogged(answer: RouteAnswer<'POST /callLog'>, contactName: string): void;
}

export function logForm({ call, connection, metadata, onMatched, onLogged }: LogFormOptions): HTMLElement {
  const fields = createLogFields(metadata.callLogFields);
  const subject = h('input', { id: uid('subject'), type: 'text', maxlength: 500, value: callSubject(call) });
  const note = h('textarea', { id: uid('note'), rows: 5, maxlength: 100_000 });
  const contactSlot = h(
    'div',
    { class: 'contact-slot' },
    h('p', { class: 'hint' }, h('progress', { 'aria-label': t('log_finding') }), ' ', t('log_finding_dots')),
  );
  const submit = h('button', { type: 'submit', class: 'primary', disabled: true }, t('call_log_call'));
  let subjectEdited = false;
  let choice: ContactChoice | undefined;
  const errors = createFieldErrors();
  subject.addEventListener('input', () => (subjectEdited = true));

  const form = h(
    'form',
    { class: 'log-form', novalidate: true },
    contactSlot,
    labelled(t('form_subject'), subject),
    labelled(t('form_note'), note),
    fields.element,
    h('div', { class: 'actions' }, submit),
  );
  void loadContacts();

  async function loadContacts(): Promise<void> {
    const party = partyNumber(call);
    if (!party) {
      contactSlot.replaceChildren(h('p', { class: 'hint' }, t('log_no_number')));
      return;
    }
    const answer = await findContacts(connection.platform, party.number, party.isExtension);
    showToast(answer.returnMessage);
    if (!answer.successful) {
      contactSlot.replaceChildren(h('p', { class: 'hint' }, workerText(answer.returnMessage?.message ?? t('log_lookup_failed'))));
      return;
    }
    choice = createContactChoice(answer.contact ?? [], metadata.contactTypes, contactParty(call)?.name?.trim() ?? '');
    choice.onChange((contact) => {
      fields.setContact(contact);
      if (!subjectEdited) subject.value = callSubject(call, contact?.name);
    });
    const first = choice.chosen()?.existing;
    if (first) onMatched(first.name);
    fields.setContact(first);
    if (first && !subjectEdited) subject.value = callSubject(call, first.name);
    contactSlot.replaceChildren(choice.element);
    submit.disabled = false;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    errors.clear();
    const chosen = choice?.chosen();
    const radio = choice?.element.querySelector<HTMLInputElement>('input[type="radio"]');
    if (!chosen) return void (radio && errors.mark(radio, t('log_choose_contact'), choice!.element));
    const newName = form.querySelector<HTMLInputElement>('.new-contact input');
    if (chosen.create && !chosen.create.name) return void (newName && errors.mark(newName, t('log_enter_name')));
    void whileBusy(submit, t('log_logging'), async () => {
      let contact = chosen.existing && { id: chosen.existing.id, name: chosen.existing.name, type: chosen.existing.type };
      if (chosen.create) {
        const created = await createContact(connection.platform, partyNumber(call)!.number, chosen.create.name, chosen.create.type);
        showToast(created.successful ? created.returnMessage : errors.fromAnswer(created, newName ? { newContactName: newName } : {}));
        if (!created.successful || !created.contact) return;
        contact = { ...created.contact, type: chosen.create.type };
      }
      const answer = await createLog({
        call,
        contact: contact!,
        subject: subject.value.trim(),
        note: note.value,
        additionalSubmission: fields.values(),
      });
      showToast(answer.successful ? answer.returnMessage : errors.fromAnswer(answer, { 'logInfo.customSubject': subject, note }));
      onLogged(answer, contact!.name);
    });
  });
  return h('div', {}, callSummary(call), form);
}
