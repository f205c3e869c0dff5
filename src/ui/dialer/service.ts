/**
 * The third-party service the host registers in the widget (`rc-adapter-register-third-party-service`,
 * Embeddable docs: integration/index.md, address-book.md, call-logging.md, custom-call-log-page.md, message-logging.md).
 */
import type { Connection } from '../../protocol/api-answers';
import { t } from '../i18n';

/** The service id, and the `type` of every contact we return: fixed, so switching CRMs orphans no cached match. */
export const SERVICE_NAME = 'CRM Call Logger';

export const PATHS = {
  authorize: '/authorize',
  contactMatch: '/contacts/match',
  contactView: '/contacts/view',
  callLogger: '/callLogger',
  entityMatch: '/callLogger/match',
  inputChanged: '/callLogger/inputChanged',
  messageLogger: '/messageLogger',
  messageMatch: '/messageLogger/match',
} as const;

const DAY_MS = 24 * 3600_000;

export function serviceFor(connection: Connection | null) {
  const crm = connection?.displayName ?? t('dialer_your_crm');
  return {
    name: SERVICE_NAME,
    displayName: connection?.displayName ?? SERVICE_NAME,
    info: t('dialer_service_info', crm),
    authorizationPath: PATHS.authorize,
    authorizedTitle: t('crm_disconnect'),
    unauthorizedTitle: t('crm_connect'),
    authorized: connection !== null,
    authorizedAccount: connection?.name ?? '',
    contactMatchPath: PATHS.contactMatch,
    contactMatchTtl: 7 * DAY_MS,
    contactNoMatchTtl: 5 * 60_000,
    viewMatchedContactPath: PATHS.contactView,
    callLoggerPath: PATHS.callLogger,
    callLoggerTitle: t('messages_log_to', crm),
    callLogEntityMatcherPath: PATHS.entityMatch,
    callLogPageInputChangedEventPath: PATHS.inputChanged,
    callLoggerAutoSettingLabel: t('dialer_auto_label', crm),
    callLoggerAutoLogOnCallSync: true,
    callLoggerHideEditLogButton: false,
    // The message logger (integration/message-logging.md): SMS, voicemail and fax, by conversation-day.
    messageLoggerPath: PATHS.messageLogger,
    messageLoggerTitle: t('messages_log_to', crm),
    messageLogEntityMatcherPath: PATHS.messageMatch,
    messageLoggerAutoSettingLabel: t('dialer_messages_auto_label', crm),
  };
}

/** A key that changes when anything the registration shows changes: then the host registers again. */
export function registrationKey(connection: Connection | null): string {
  return JSON.stringify(connection && [connection.platform, connection.name, connection.displayName, connection.serverUrl ?? '']);
}
