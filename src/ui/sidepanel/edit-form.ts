/**
 * A logged call, pre-filled from `GET /callLog?requireDetails=true`: Subject, Note and the
 * connector's fields can be changed ("Save changes" = PATCH /callLog, then PUT /callDisposition
 * only when a field changed), and a link opens the record in the CRM when the connector has one.
 */
import type { CallRecord } from '../../protocol/call-record';
import type { Connection } from '../../protocol/api-answers';
import type { ConnectorMetadata, ContactInfo } from '../../protocol/crm-shapes';
import { callApi } from '../api-client';
import { whileBusy } from '../busy';
import { h, uid } from '../dom';
import { partyNumber } from '../format-call';
import { createFieldErrors } from '../field-errors';
import { showToast } from '../toasts';
import { callSummary, labelled } from './call-summary';
import { createLogFields } from './log-fields';
import { findContacts } from './panel-api';
import { t } from '../i18n';

export interface EditFormOptions {
  call: CallRecord;
  connection: Connection;
  metadata: ConnectorMetadata;
  onSaved(): void;
}

export function editForm({ call, connection, metadata, onSaved }: EditFormOptions): HTMLElement {
  const body = h(
    'div',
    { class: 'edit-body' },
    h('p', { class: 'hint' }, h('progress', { 'aria-label': t('edit_loading') }), ' ', t('edit_loading_dots')),
  );
  void load();

  async function load(): Promise<void> {
    const answer = await callApi('GET /callLog', { query: { sessionIds: call.sessionId, requireDetails: 'true' } });
    const entry = answer.logs?.[0];
    if (!answer.successful || !entry?.matched || !entry.logData) {
      showToast(answer.returnMessage);
      body.replaceChildren(h('p', { class: 'hint' }, t('edit_unreadable', connection.displayName)));
      return;
    }
    const { logData } = entry;
    const initial = logData.dispositions ?? {};
    const fields = createLogFields(metadata.callLogFields, initial);
    fields.setContact(await contactFor(logData.contactName));
    const subject = h('input', { id: uid('subject'), type: 'text', maxlength: 500, value: logData.subject });
    const note = h('textarea', { id: uid('note'), rows: 6, maxlength: 100_000 });
    note.value = logData.note;
    const save = h('button', { type: 'submit', class: 'primary' }, t('edit_save'));
    const link = entry.logUrl
      ? h('a', { href: entry.logUrl, target: '_blank', rel: 'noopener noreferrer', class: 'crm-link' }, t('edit_open_in', connection.displayName))
      : null;
    const form = h(
      'form',
      { class: 'log-form', novalidate: true },
      h('p', { class: 'logged-contact' }, h('span', { class: 'hint' }, t('contact_legend'), ' '), logData.contactName ?? t('edit_unknown')),
      labelled(t('form_subject'), subject),
      labelled(t('form_note'), note),
      fields.element,
      h('div', { class: 'actions' }, save, link),
    );
    const errors = createFieldErrors();
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      errors.clear();
      void whileBusy(save, t('common_saving'), async () => {
        const updated = await callApi('PATCH /callLog', { body: { sessionId: call.sessionId, subject: subject.value.trim(), note: note.value } });
        showToast(updated.successful ? updated.returnMessage : errors.fromAnswer(updated, { subject, note }));
        if (!updated.successful) return;
        // A field set back to "None" is sent as null, so the CRM clears it.
        const dispositions = { ...Object.fromEntries(Object.keys(initial).map((key) => [key, null])), ...fields.values() };
        if (changed(initial, dispositions))
          showToast((await callApi('PUT /callDisposition', { body: { sessionId: call.sessionId, dispositions } })).returnMessage);
        onSaved();
      });
    });
    body.replaceChildren(form);
  }

  /** The logged contact's field options (its deals), found again by its name among the number's contacts. */
  async function contactFor(name: string | undefined): Promise<ContactInfo | undefined> {
    const party = partyNumber(call);
    if (!party || !metadata.callLogFields.some((field) => field.contactDependent)) return undefined;
    const found = (await findContacts(connection.platform, party.number, party.isExtension)).contact ?? [];
    const matched = found.filter((contact) => !contact.isNewContact);
    return matched.find((contact) => contact.name === name) ?? (matched.length === 1 ? matched[0] : undefined);
  }

  return h('div', {}, callSummary(call), body);
}

function changed(before: Record<string, unknown>, after: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].some((key) => String(before[key] ?? '') !== String(after[key] ?? ''));
}
