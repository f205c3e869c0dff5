/**
 * Insightly (docs/insightly.md): one call = one Event linked to the contact or lead, and for a
 * contact optionally to an organisation, opportunity and project. API key as HTTP Basic user name;
 * the user's API URL names the pod.
 */
import { success, warning } from '../../protocol/return-message';
import type { CrmUser } from '../../storage/connections';
import { defineConnector, type AuthHeader } from '../types';
import { insightlyApi } from './api';
import { apiOrigin, baseUrlOf, webOrigin } from './base-url';
import { clearInsightlyCaches, insightlyCaches } from './caches';
import { createCallLog } from './create-call-log';
import { findCallLogBySession } from './find-call-log-by-session';
import { findContact, idOf, nameOf } from './find-contact';
import { toInsightlyTime } from './insightly-time';
import { insightlyMetadata } from './metadata';
import { readEvent, setLinks } from './read-event';

const connect = (user: CrmUser, authHeader: AuthHeader) => ({ api: insightlyApi(baseUrlOf(user), authHeader), caches: insightlyCaches(user) });

export const insightly = defineConnector({
  ...insightlyMetadata,

  authHeader(credential): AuthHeader {
    // The key is the user name and the password is empty.
    return { authorization: `Basic ${btoa(`${credential.kind === 'apiKey' ? credential.apiKey : credential.accessToken}:`)}` };
  },

  async getUserInfo({ authHeader, hostname, additionalInfo }) {
    const origin = apiOrigin(hostname || String(additionalInfo?.apiUrl ?? ''));
    const me = await insightlyApi(`${origin}/v3.1`, authHeader).me();
    return {
      successful: true,
      platformUserInfo: {
        id: `${me.USER_ID}-insightly`,
        name: `${me.FIRST_NAME ?? ''} ${me.LAST_NAME ?? ''}`.trim(),
        hostname: new URL(origin).host,
        // A Windows zone name; the log times are written in UTC, so it is only shown.
        timezoneName: me.TIMEZONE_ID ?? undefined,
        timezoneOffset: null,
        platformAdditionalInfo: { apiUrl: origin },
      },
      returnMessage: success('Connected to Insightly.', 1000),
    };
  },

  async findContact({ user, authHeader, phoneNumber, overridingFormat, isExtension }) {
    if (isExtension) return { successful: false, matchedContactInfo: [] };
    const { api, caches } = connect(user, authHeader);
    return findContact(api, caches, phoneNumber, overridingFormat);
  },

  async createContact({ user, authHeader, phoneNumber, newContactName, newContactType }) {
    const type = newContactType.toLowerCase();
    if (type !== 'contact' && type !== 'lead')
      return { contactInfo: null, returnMessage: warning('Choose Contact or Lead for the new record.', 3000) };
    const { api, caches } = connect(user, authHeader);
    const [first = '', ...rest] = newContactName.trim().split(/\s+/);
    const created = await api.createPerson(type === 'lead' ? 'Leads' : 'Contacts', {
      PHONE: phoneNumber,
      FIRST_NAME: first,
      LAST_NAME: rest.join(' ') || 'Lead',
    });
    await caches.names.setMany([[`${type === 'lead' ? 'Lead' : 'Contact'}:${idOf(created)}`, nameOf(created)]]);
    return { contactInfo: { id: idOf(created), name: nameOf(created) }, returnMessage: success('Contact created.', 2000) };
  },

  async createCallLog(args) {
    return createCallLog(connect(args.user, args.authHeader).api, args);
  },

  async getCallLog({ user, authHeader, callLogId }) {
    const { api, caches } = connect(user, authHeader);
    return readEvent(api, caches, callLogId);
  },

  async updateCallLog({ user, authHeader, existingCallLog, subject, startTime, duration, composedLogDetails }) {
    const { api } = connect(user, authHeader);
    // A partial PUT: the dates move only when the call's start is given.
    await api.updateEvent({
      EVENT_ID: Number(existingCallLog.thirdPartyLogId),
      DETAILS: composedLogDetails,
      ...(subject ? { TITLE: subject } : {}),
      ...(startTime !== undefined ? { START_DATE_UTC: toInsightlyTime(startTime), END_DATE_UTC: toInsightlyTime(startTime, duration ?? 0) } : {}),
    });
    return { updatedNote: composedLogDetails, returnMessage: success('Call log updated.', 2000) };
  },

  async upsertCallDisposition({ user, authHeader, existingCallLog, dispositions }) {
    const changed = await setLinks(connect(user, authHeader).api, existingCallLog.thirdPartyLogId, dispositions);
    return changed ? { logId: existingCallLog.thirdPartyLogId, returnMessage: success('Call log updated.', 2000) } : { logId: null };
  },

  /** Insightly has no field for our session id: the core writes the Session Id item into every body. */
  sessionInBody: true,

  async unAuthorize({ user }) {
    await clearInsightlyCaches(user);
  },

  async findCallLogBySession(args) {
    return findCallLogBySession(connect(args.user, args.authHeader).api, args);
  },

  logUrl(user, logId) {
    const web = webOrigin(user);
    return web ? `${web}/list/Event/?blade=/details/Event/${encodeURIComponent(logId)}` : null;
  },

  contactUrl(user, contactId, contactType) {
    const web = webOrigin(user);
    const type = contactType.toLowerCase() === 'lead' ? 'Lead' : 'Contact';
    return web ? `${web}/list/${type}/?blade=/details/${type}/${encodeURIComponent(contactId)}` : null;
  },
});
