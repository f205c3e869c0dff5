/**
 * Clio Manage (docs/clio.md): one call = one PhoneCommunication between the user and the contact,
 * on the chosen matter, plus a time entry that bills the call (a setting). OAuth only (through an
 * operator's exchange or a firm's own app: docs/token-exchange.md); requests go to the region of
 * the user's Clio address.
 */
import { success } from '../../protocol/return-message';
import { defineConnector, type AuthHeader } from '../types';
import type { CrmUser } from '../../storage/connections';
import { clioApi } from './api';
import { createCallLog, matterOf } from './create-call-log';
import { deauthorize } from './deauthorize';
import { findCallLogBySession } from './find-call-log-by-session';
import { findContact } from './find-contact';
import { clioMetadata } from './metadata';
import { baseUrlOf, loginBase, signInAddress } from './region';
import { clioTimeEntrySetting } from './settings';
import { dayIn, startOf } from './to-communication';

const api = (user: CrmUser, authHeader: AuthHeader) => clioApi(baseUrlOf(user), authHeader);

export const clio = defineConnector({
  ...clioMetadata,

  // An API-key login takes a Clio access token as it is (Clio has no personal API key): tests, and tokens an admin issued.
  authHeader(credential): AuthHeader {
    return { authorization: `Bearer ${credential.kind === 'apiKey' ? credential.apiKey : credential.accessToken}` };
  },

  async getUserInfo({ authHeader, hostname, additionalInfo }) {
    const region = loginBase(signInAddress(hostname, additionalInfo));
    const me = await clioApi(region.base, authHeader).whoAmI();
    return {
      successful: true,
      platformUserInfo: {
        id: `${me.id}-clio`,
        name: me.name,
        hostname: region.hostname,
        timezoneName: me.time_zone ?? undefined,
        timezoneOffset: null,
        platformAdditionalInfo: region.override ? { baseUrl: region.override } : {},
      },
      returnMessage: success('Connected to Clio.', 1000),
    };
  },

  async findContact({ user, authHeader, phoneNumber, isExtension }) {
    return findContact(api(user, authHeader), phoneNumber, isExtension, await clioTimeEntrySetting.get());
  },

  async createContact({ user, authHeader, phoneNumber, newContactName, newContactType }) {
    const name = newContactName.trim();
    const [first, ...rest] = name.split(/\s+/);
    const names =
      newContactType === 'Company' ? { type: 'Company', name } : { type: 'Person', first_name: first, last_name: rest.join(' ') || undefined };
    const contact = await api(user, authHeader).createContact({
      ...names,
      phone_numbers: [{ name: 'Work', number: phoneNumber, default_number: true }],
    });
    return { contactInfo: { id: contact.id, name: contact.name }, returnMessage: success('Contact created.', 2000) };
  },

  async createCallLog(args) {
    return createCallLog(api(args.user, args.authHeader), args);
  },

  async getCallLog({ user, authHeader, callLogId }) {
    const communication = await api(user, authHeader).communication(callLogId);
    const contact = [...(communication.senders ?? []), ...(communication.receivers ?? [])].find((p) => p.type !== 'User');
    return {
      callLogInfo: {
        subject: communication.subject ?? '',
        fullBody: communication.body ?? '',
        contactName: contact?.name ?? 'Unknown',
        dispositions: { matters: communication.matter?.id ?? null },
      },
    };
  },

  async updateCallLog({ user, authHeader, existingCallLog, subject, startTime, duration, composedLogDetails }) {
    const clio = api(user, authHeader);
    const id = existingCallLog.thirdPartyLogId;
    const start = startTime === undefined ? undefined : startOf({ sessionId: existingCallLog.sessionId, startTime });
    await clio.updateCommunication(id, {
      body: composedLogDetails,
      ...(subject ? { subject } : {}),
      ...(start ? { received_at: start.toISOString() } : {}),
    });
    if (duration && (await clioTimeEntrySetting.get()).enabled) {
      const [entry] = (await clio.communication(id)).time_entries ?? [];
      const patch = {
        quantity: Math.round(duration),
        note: composedLogDetails,
        ...(start ? { date: dayIn(start, user.timezoneName ?? undefined) } : {}),
      };
      if (entry) await clio.updateTimeEntry(entry.id, patch);
    }
    return { updatedNote: composedLogDetails, returnMessage: success('Call log updated.', 2000) };
  },

  async upsertCallDisposition({ user, authHeader, existingCallLog, dispositions }) {
    const matterId = matterOf(dispositions);
    if (!matterId) return { logId: null };
    const clio = api(user, authHeader);
    await clio.updateCommunication(existingCallLog.thirdPartyLogId, { matter: { id: matterId } });
    return { logId: existingCallLog.thirdPartyLogId, returnMessage: success('Call log updated.', 2000) };
  },

  async unAuthorize({ user, authHeader }) {
    await deauthorize(baseUrlOf(user), authHeader);
  },

  async findCallLogBySession(args) {
    return findCallLogBySession(api(args.user, args.authHeader), args);
  },

  logUrl(user, _logId) {
    return `https://${user.hostname}/nc/#/communications`;
  },

  contactUrl(user, contactId) {
    return `https://${user.hostname}/nc/#/contacts/${encodeURIComponent(contactId)}`;
  },
});
