/**
 * Redtail (docs/redtail.md): one call = one completed activity linked to the contact, plus an
 * activity note with the agent's note. The firm's partner key (Options) goes with every request,
 * with the user key that the user's name and password were exchanged for once.
 */
import { success, warning } from '../../protocol/return-message';
import { nationalSignificantNumber } from '../../phone/national-number';
import { defineConnector, type AuthHeader } from '../types';
import { redtailApi } from './api';
import { createCallLog } from './create-call-log';
import { findCallLogBySession } from './find-call-log-by-session';
import { clearRedtailCaches, findContact } from './find-contact';
import { redtailMetadata } from './metadata';
import { readActivity } from './read-activity';
import { logIn, NO_PARTNER_KEY, secretHeader, secretOf } from './redtail-auth';
import { callDates, categoryOf } from './to-activity';

const WEB = 'https://crm.redtailtechnology.com';

export const redtail = defineConnector({
  ...redtailMetadata,

  authHeader(credential): AuthHeader {
    return secretHeader(credential.kind === 'apiKey' ? credential.apiKey : credential.accessToken);
  },

  async getUserInfo({ authHeader, additionalInfo }) {
    const username = String(additionalInfo?.username ?? '').trim();
    if (!username) return { successful: false, returnMessage: warning('Enter your Redtail user name.', 3000) };
    // The form sends the password as the key and, for an App Connect server, as `additionalInfo.password` too.
    const password = typeof additionalInfo?.password === 'string' ? additionalInfo.password : secretOf(authHeader);
    const login = await logIn(username, password);
    if (login === 'noPartnerKey')
      return { successful: false, returnMessage: warning('Redtail needs the firm’s partner API key first.', 8000, NO_PARTNER_KEY) };
    if (login === 'refused') {
      const hint =
        'Check the user name and password you sign in to Redtail with. If they are right, ask your admin whether the partner API key in Options is still valid.';
      return { successful: false, returnMessage: warning('Redtail did not accept the user name and password.', 5000, hint) };
    }
    return {
      successful: true,
      // Only the user key is kept: the password is forgotten here.
      credential: { kind: 'apiKey', apiKey: login.userKey },
      platformUserInfo: {
        id: `${username}-redtail`,
        name: login.name,
        hostname: 'crm.redtailtechnology.com',
        timezoneOffset: null,
        platformAdditionalInfo: {},
      },
      returnMessage: success('Connected to Redtail.', 3000),
    };
  },

  async findContact({ user, authHeader, phoneNumber, isExtension }) {
    if (isExtension) return { successful: false, matchedContactInfo: [] };
    return findContact(await redtailApi(authHeader), user, phoneNumber);
  },

  async createContact({ authHeader, phoneNumber, newContactName }) {
    const [first = '', ...rest] = newContactName.trim().split(/\s+/);
    const national = await nationalSignificantNumber(phoneNumber);
    const digits = phoneNumber.replace(/\D/g, '');
    const phone = national
      ? { phone_type: 6, number: national, country_code: Number(digits.slice(0, digits.length - national.length)) }
      : { phone_type: 6, number: digits };
    const names = rest.length ? { first_name: first, last_name: rest.join(' ') } : { first_name: '', last_name: first };
    const { contact } = await (await redtailApi(authHeader)).createContact({ type: 'Crm::Contact::Individual', ...names, phones: [phone] });
    const name = `${contact.first_name ?? ''} ${contact.last_name ?? ''}`.trim();
    return { contactInfo: { id: contact.id, name }, returnMessage: success('Contact created.', 2000) };
  },

  async createCallLog(args) {
    return createCallLog(await redtailApi(args.authHeader), args);
  },

  async getCallLog({ authHeader, callLogId }) {
    return readActivity(await redtailApi(authHeader), callLogId);
  },

  async updateCallLog({ authHeader, existingCallLog, subject, startTime, duration, composedLogDetails }) {
    // Dates move only when the call's start is given (App Connect would move them to "now").
    await (
      await redtailApi(authHeader)
    ).updateActivity(existingCallLog.thirdPartyLogId, {
      description: composedLogDetails,
      ...(subject ? { subject } : {}),
      ...(startTime !== undefined ? callDates(startTime, duration) : {}),
    });
    return { updatedNote: composedLogDetails, returnMessage: success('Call log updated.', 2000) };
  },

  async upsertCallDisposition({ authHeader, existingCallLog, dispositions }) {
    const category = categoryOf(dispositions.category);
    if (category === undefined) return { logId: null };
    await (await redtailApi(authHeader)).updateActivity(existingCallLog.thirdPartyLogId, { category_id: category });
    return { logId: existingCallLog.thirdPartyLogId, returnMessage: success('Call log updated.', 2000) };
  },

  /** Redtail has no field for our session id: the core writes the Session Id item into every description. */
  sessionInBody: true,

  async unAuthorize({ user }) {
    // A user key cannot be revoked through the API (unverified): it is only forgotten.
    await clearRedtailCaches(user);
  },

  async findCallLogBySession(args) {
    return findCallLogBySession(await redtailApi(args.authHeader), args);
  },

  logUrl: (_user, logId) => `${WEB}/activities/${encodeURIComponent(logId)}`,
  contactUrl: (_user, contactId) => `${WEB}/contacts/${encodeURIComponent(contactId)}`,
});
