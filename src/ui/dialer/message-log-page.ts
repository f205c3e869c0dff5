/**
 * The widget's message log page (`rc-adapter-update-messages-log-page`), in the same page schema
 * as the call log page (log-page.ts): which contact the conversation goes to, or a new one. The
 * saved form comes back as `/messageLogger` with `triggerType: 'logForm'` and `formData.contact`.
 */
import type { ConnectorMetadata, ContactInfo } from '../../protocol/crm-shapes';
import { contactProperties, NEW_CONTACT } from './log-page';
import type { WidgetConversation } from './message-schemas';
import { t } from '../i18n';

export function buildMessageLogPage(input: {
  conversation: WidgetConversation;
  crmName: string;
  metadata: ConnectorMetadata;
  contacts: ContactInfo[];
}) {
  const { conversation, crmName, metadata, contacts } = input;
  const first = conversation.correspondents?.[0];
  const properties: Record<string, Record<string, unknown>> = {};
  const uiSchema: Record<string, Record<string, unknown>> = { submitButtonOptions: { submitText: t('common_save') } };
  if (contacts.length !== 1) {
    const text = contacts.length ? t('dialer_messages_several') : t('dialer_messages_none');
    properties.warning = { type: 'string', description: text };
    uiSchema.warning = { 'ui:field': 'admonition', 'ui:severity': 'warning' };
  }
  Object.assign(properties, contactProperties(contacts, metadata, true));
  properties.triggerType = { type: 'string' };
  uiSchema.triggerType = { 'ui:widget': 'hidden' };
  return {
    title: t('messages_log_to', crmName),
    schema: { type: 'object', required: ['contact'], properties },
    uiSchema,
    formData: {
      contact: String(contacts[0]?.id ?? NEW_CONTACT),
      newContactName: first?.name ?? first?.phoneNumber ?? '',
      newContactType: metadata.contactTypes[0],
      triggerType: 'createLog',
    },
  };
}
