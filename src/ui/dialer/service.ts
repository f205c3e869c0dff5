/**
 * The third-party service the host registers in the widget (`rc-adapter-register-third-party-service`,
 * Embeddable docs: integration/index.md, address-book.md, call-logging.md, custom-call-log-page.md, message-logging.md).
 */
import type { Connection } from '../../protocol/api-answers';

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
  const crm = connection?.displayName ?? 'your CRM';
  return {
    name: SERVICE_NAME,
    displayName: connection?.displayName ?? SERVICE_NAME,
    info: `Logs calls to ${crm} from your browser`,
    authorizationPath: PATHS.authorize,
    authorizedTitle: 'Disconnect',
    unauthorizedTitle: 'Connect',
    authorized: connection !== null,
    authorizedAccount: connection?.name ?? '',
    contactMatchPath: PATHS.contactMatch,
    contactMatchTtl: 7 * DAY_MS,
    contactNoMatchTtl: 5 * 60_000,
    viewMatchedContactPath: PATHS.contactView,
    callLoggerPath: PATHS.callLogger,
    callLoggerTitle: `Log to ${crm}`,
    callLogEntityMatcherPath: PATHS.entityMatch,
    callLogPageInputChangedEventPath: PATHS.inputChanged,
    callLoggerAutoSettingLabel: `Log calls to ${crm} automatically`,
    callLoggerAutoLogOnCallSync: true,
    callLoggerHideEditLogButton: false,
    // The message logger (integration/message-logging.md): SMS, voicemail and fax, by conversation-day.
    messageLoggerPath: PATHS.messageLogger,
    messageLoggerTitle: `Log to ${crm}`,
    messageLogEntityMatcherPath: PATHS.messageMatch,
    messageLoggerAutoSettingLabel: `Log messages to ${crm} automatically`,
  };
}

/** A key that changes when anything the registration shows changes: then the host registers again. */
export function registrationKey(connection: Connection | null): string {
  return JSON.stringify(connection && [connection.platform, connection.name, connection.displayName, connection.serverUrl ?? '']);
}
