/**
 * The widget's log page (`rc-adapter-update-call-log-page`), in Embeddable's page schema
 * (docs/integration/custom-call-log-page.md): the contact choice, the title, the note, and the
 * connected CRM's own fields from its metadata (Pipedrive: deal, lead). The saved form comes
 * back as `/callLogger` with `triggerType: 'logForm'`.
 */
import type { CallLogField, ConnectorMetadata, ContactInfo } from '../../protocol/crm-shapes';
import { defaultSubject, otherParty } from './log-info';
import type { WidgetCall } from './widget-schemas';
import { t } from '../i18n';
import { workerText } from '../worker-text';

export const NEW_CONTACT = 'createNewContact';

export interface LogPageInput {
  call: WidgetCall;
  crmName: string;
  metadata: ConnectorMetadata;
  contacts: ContactInfo[];
  /** The form so far (a contact picked, a title edited), or an existing log's values. */
  formData: Record<string, unknown>;
  mode: 'createLog' | 'editLog';
}

type Property = Record<string, unknown>;

export function buildLogPage({ call, crmName, metadata, contacts, formData, mode }: LogPageInput) {
  const chosenId = String(formData.contact ?? contacts[0]?.id ?? NEW_CONTACT);
  const chosen = contacts.find((contact) => String(contact.id) === chosenId);
  const creating = chosenId === NEW_CONTACT;
  const name = chosen?.name ?? (formData.newContactName as string | undefined) ?? otherParty(call).name ?? otherParty(call).phoneNumber ?? 'Unknown'; // i18n-ignore: goes into the CRM's subject
  const properties: Record<string, Property> = {};
  const uiSchema: Record<string, Property> = { submitButtonOptions: { submitText: t('common_save') } };
  const hidden = (key: string) => (uiSchema[key] = { 'ui:widget': 'hidden' });

  if (mode === 'createLog' && contacts.length !== 1) {
    const text = contacts.length ? t('dialer_page_several') : t('dialer_page_none');
    properties.warning = { type: 'string', description: text };
    uiSchema.warning = { 'ui:field': 'admonition', 'ui:severity': 'warning' };
  }
  Object.assign(properties, contactProperties(contacts, metadata, mode === 'createLog'));
  if (mode === 'editLog') uiSchema.contact = { 'ui:disabled': true };
  if (!creating) (hidden('newContactName'), hidden('newContactType'));
  properties.activityTitle = { title: t('dialer_page_title'), type: 'string' };
  properties.note = { title: t('form_note'), type: 'string' };
  uiSchema.note = { 'ui:widget': 'textarea', 'ui:placeholder': t('dialer_page_note_placeholder') };

  const defaults: Record<string, unknown> = {};
  for (const field of metadata.callLogFields) {
    const built = fieldProperty(field, chosen);
    properties[field.const] = built.property;
    if (built.ui) uiSchema[field.const] = built.ui;
    if (built.default !== undefined) defaults[field.const] = built.default;
  }
  properties.triggerType = { type: 'string' };
  hidden('triggerType');

  return {
    title: t('messages_log_to', crmName),
    schema: { type: 'object', required: creating ? ['contact', 'activityTitle', 'newContactName'] : ['contact', 'activityTitle'], properties },
    uiSchema,
    formData: {
      ...defaults,
      activityTitle: defaultSubject(call, name),
      note: '',
      newContactType: metadata.contactTypes[0],
      ...formData,
      contact: chosenId,
      triggerType: mode,
    },
  };
}

function fieldProperty(field: CallLogField, contact: ContactInfo | undefined): { property: Property; ui?: Property; default?: unknown } {
  switch (field.type) {
    case 'selection': {
      const choices = (field.contactDependent ? contact?.additionalInfo?.[field.const] : undefined) ?? [];
      const oneOf = [...choices.map((option) => ({ const: String(option.const), title: option.title })), { const: 'none', title: t('fields_none') }];
      return { property: { title: workerText(field.title), type: 'string', oneOf }, default: oneOf[0]!.const };
    }
    case 'warning':
      return { property: { title: workerText(field.title), type: 'string' }, ui: { 'ui:field': 'admonition', 'ui:severity': 'warning' } };
    case 'checkbox':
      return { property: { title: workerText(field.title), type: 'boolean' }, default: false };
    default:
      return { property: { title: workerText(field.title), type: 'string' } };
  }
}

/** The CRM fields of a saved form, as `additionalSubmission`: 'none' and the warnings left out. */
export function additionalSubmission(metadata: ConnectorMetadata, formData: Record<string, unknown>): Record<string, unknown> {
  const fields = metadata.callLogFields.filter((field) => field.type !== 'warning');
  return Object.fromEntries(
    fields.flatMap((field) =>
      formData[field.const] === undefined || formData[field.const] === 'none' ? [] : [[field.const, formData[field.const]]],
    ),
  );
}

/** The contact part of a log page (calls and messages): the matched contacts, or a new one's name and type. */
export function contactProperties(contacts: readonly ContactInfo[], metadata: ConnectorMetadata, offerNew: boolean): Record<string, Property> {
  const options = contacts.map((contact) => ({
    const: String(contact.id),
    title: contact.name,
    description: `${workerText(contact.type ?? 'contact')} - ${contact.id}`,
  }));
  return {
    contact: {
      title: t('contact_legend'),
      type: 'string',
      oneOf: offerNew ? [...options, { const: NEW_CONTACT, title: t('dialer_page_create_new') }] : options,
    },
    newContactName: { title: t('dialer_page_new_name'), type: 'string' },
    newContactType: {
      title: t('dialer_page_type'),
      type: 'string',
      oneOf: metadata.contactTypes.map((type) => ({ const: type, title: workerText(type) })),
    },
  };
}
