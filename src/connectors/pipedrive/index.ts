/**
 * Pipedrive (docs/pipedrive.md): one call = one done "call" activity, linked to the person, the
 * person's organization and a deal or lead. API token (`x-api-token`) or OAuth (`Bearer`);
 * v2 endpoints wherever they exist.
 */
import { success } from '../../protocol/return-message';
import { defineConnector, type AuthHeader } from '../types';
import { type CrmUser } from '../../storage/connections';
import { hhmmDuration } from './activity-fields';
import { pipedriveApi } from './api';
import { baseUrlOf, loginBase } from './base-url';
import { clearPipedriveCaches, pipedriveCaches } from './caches';
import { createCallLog } from './create-call-log';
import { findCallLogBySession } from './find-call-log-by-session';
import { findContact } from './find-contact';
import { createMessageLog, findMessageLog, updateMessageLog } from './message-log';
import { pipedriveMetadata } from './metadata';
import { personNameOf } from './person-facts';
import { pipedriveId } from './to-activity';

function connect(user: CrmUser, authHeader: AuthHeader) {
  return { api: pipedriveApi(baseUrlOf(user), authHeader), caches: pipedriveCaches(user) };
}

export const pipedrive = defineConnector({
  ...pipedriveMetadata,

  authHeader(credential): AuthHeader {
    return credential.kind === 'apiKey' ? { 'x-api-token': credential.apiKey } : { authorization: `Bearer ${credential.accessToken}` };
  },

  async getUserInfo({ authHeader, hostname }) {
    const { firstCall, override } = loginBase(hostname);
    const me = await pipedriveApi(firstCall, authHeader).me();
    const companyHost = `${me.company_domain}.pipedrive.com`;
    return {
      successful: true,
      platformUserInfo: {
        id: `${me.id}-pipedrive`,
        name: me.name,
        hostname: companyHost,
        timezoneName: me.timezone_name ?? undefined,
        timezoneOffset: me.timezone_offset ?? null,
        platformAdditionalInfo: {
          companyId: me.company_id,
          companyName: me.company_name ?? '',
          companyDomain: me.company_domain,
          ...(override ? { baseUrl: override } : {}),
        },
      },
      returnMessage: success('Connected to Pipedrive.', 1000),
    };
  },

  async findContact({ user, authHeader, phoneNumber, isExtension }) {
    const { api, caches } = connect(user, authHeader);
    return findContact(api, caches, phoneNumber, isExtension);
  },

  async createContact({ user, authHeader, phoneNumber, newContactName }) {
    const { api, caches } = connect(user, authHeader);
    const person = await api.createPerson(newContactName.trim(), phoneNumber);
    const id = String(person.id);
    await Promise.all([caches.orgIds.setMany([[id, null]]), caches.names.setMany([[id, person.name]])]);
    return { contactInfo: { id: person.id, name: person.name }, returnMessage: success('Contact created.', 2000) };
  },

  async createCallLog(args) {
    const { api, caches } = connect(args.user, args.authHeader);
    return createCallLog(api, caches, args);
  },

  async getCallLog({ user, authHeader, callLogId }) {
    const { api, caches } = connect(user, authHeader);
    const activity = await api.activity(callLogId);
    const fullBody = activity.note ?? '';
    return {
      callLogInfo: {
        subject: activity.subject ?? '',
        fullBody,
        contactName: await personNameOf(api, caches, activity.person_id),
        dispositions: { deals: activity.deal_id ?? null, leads: activity.lead_id ?? null },
      },
    };
  },

  async updateCallLog({ user, authHeader, existingCallLog, subject, duration, composedLogDetails }) {
    const { api } = connect(user, authHeader);
    // Only what changed: deal, lead, type, due date and done stay as they are in Pipedrive.
    await api.updateActivity(existingCallLog.thirdPartyLogId, {
      note: composedLogDetails,
      ...(subject ? { subject } : {}),
      ...(duration ? { duration: hhmmDuration(duration) } : {}),
    });
    return { updatedNote: composedLogDetails, returnMessage: success('Call log updated.', 2000) };
  },

  async upsertCallDisposition({ user, authHeader, existingCallLog, dispositions }) {
    const { api } = connect(user, authHeader);
    // A deal wins over a lead (the form warns about it); v2 wants the other one cleared explicitly.
    const patch = dispositions.deals
      ? { deal_id: pipedriveId(dispositions.deals, 'deal'), lead_id: null }
      : dispositions.leads
        ? { lead_id: String(dispositions.leads), deal_id: null }
        : undefined;
    if (!patch) return { logId: null };
    await api.updateActivity(existingCallLog.thirdPartyLogId, patch);
    return { logId: existingCallLog.thirdPartyLogId, returnMessage: success('Call log updated.', 2000) };
  },

  async unAuthorize({ user }) {
    await clearPipedriveCaches(user);
  },

  // Pipedrive has no field for our session id: the note carries the session's line.
  sessionInBody: true,

  async findCallLogBySession(args) {
    const { api } = connect(args.user, args.authHeader);
    return findCallLogBySession(api, args);
  },

  async createMessageLog(args) {
    const { api, caches } = connect(args.user, args.authHeader);
    return createMessageLog(api, caches, args);
  },

  async updateMessageLog({ user, authHeader, logId, composedLogDetails }) {
    return updateMessageLog(connect(user, authHeader).api, logId, composedLogDetails);
  },

  async findMessageLog(args) {
    const { api, caches } = connect(args.user, args.authHeader);
    return findMessageLog(api, caches, args);
  },

  logUrl(user, logId) {
    return `https://${user.hostname}/activities/${encodeURIComponent(logId)}`;
  },

  contactUrl(user, contactId) {
    return `https://${user.hostname}/person/${encodeURIComponent(contactId)}`;
  },
});
