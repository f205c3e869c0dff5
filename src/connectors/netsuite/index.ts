/**
 * NetSuite (docs/netsuite.md): one call = one completed Phone Call record, its times in the user's
 * zone, signed in with OAuth 2.0 as a public client with PKCE against the customer's own
 * integration record (no secret anywhere, no SuiteApp).
 */
import { CrmError } from '../../http/crm-error';
import { success } from '../../protocol/return-message';
import type { CrmUser } from '../../storage/connections';
import { defineConnector, type AuthHeader } from '../types';
import { netsuiteApi } from './api';
import { clearNetsuiteCaches, netsuiteCaches } from './caches';
import { callTimes } from './call-times';
import { createCallLog, externalIdOf, withinBudget } from './create-call-log';
import { findContact } from './find-contact';
import { netsuiteMetadata } from './metadata';
import { employeeRow } from './schemas';
import { idLiteral } from './suiteql';

const connect = (user: CrmUser, authHeader: AuthHeader) => ({
  api: netsuiteApi(String(user.platformAdditionalInfo.restOrigin), authHeader),
  caches: netsuiteCaches(user),
});

export const netsuite = defineConnector({
  ...netsuiteMetadata,

  authHeader(credential): AuthHeader {
    return { authorization: `Bearer ${credential.kind === 'oauth' ? credential.accessToken : credential.apiKey}` };
  },

  /** After the sign-in: NetSuite's redirect names the account (`company`) and the user (`entity`). */
  async getUserInfo({ authHeader, additionalInfo }) {
    const account = String(additionalInfo?.company ?? '')
      .toLowerCase()
      .replace(/_/g, '-');
    const entity = String(additionalInfo?.entity ?? '');
    if (!account || !/^\d+$/.test(entity)) {
      throw new CrmError('rejected', 'netsuite', 'Missing required NetSuite parameters (entity or company). Please try reconnecting to NetSuite.');
    }
    // The REST host is where the token came from: the account's own, or a test server.
    const restOrigin = new URL(String(additionalInfo?.tokenUrl ?? `https://${account}.suitetalk.api.netsuite.com`)).origin;
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const [me] = await netsuiteApi(restOrigin, authHeader).suiteql(
      `SELECT id, firstname, lastname, entityid, email, subsidiary FROM employee WHERE id = ${idLiteral(entity)}`,
      employeeRow,
      1,
    );
    return {
      successful: true,
      platformUserInfo: {
        id: `${entity}-${account}-netsuite`,
        name: [me?.firstname, me?.lastname].filter(Boolean).join(' ') || me?.entityid || `NetSuite user ${entity}`,
        hostname: `${account}.app.netsuite.com`,
        // NetSuite reads call times in the user's preference zone; without the SuiteApp it cannot be read, so this browser's zone is used.
        timezoneName: timeZone,
        timezoneOffset: null,
        platformAdditionalInfo: {
          accountId: account,
          restOrigin,
          email: me?.email ?? '',
          subsidiaryId: me?.subsidiary ?? null,
          oneWorldEnabled: Boolean(me?.subsidiary),
        },
      },
      // Said at once: a zone other than the user's NetSuite preference would shift every call in NetSuite's calendar.
      returnMessage: success(
        'Connected to NetSuite.',
        8000,
        `Call times are written in ${timeZone}, this browser's time zone. Set the same zone in NetSuite (Home → Set Preferences).`,
      ),
    };
  },

  async findContact({ user, authHeader, phoneNumber, isExtension }) {
    if (isExtension) return { successful: false, matchedContactInfo: [] };
    const { api, caches } = connect(user, authHeader);
    return findContact(api, caches, phoneNumber);
  },

  async createContact() {
    // Creating NetSuite contacts needs a company and, on OneWorld, a subsidiary: not done from the browser yet.
    throw new CrmError('rejected', 'netsuite', 'Create the contact in NetSuite, then look the number up again.');
  },

  async createCallLog(args) {
    const { api, caches } = connect(args.user, args.authHeader);
    return createCallLog(api, caches, args);
  },

  async getCallLog({ user, authHeader, callLogId }) {
    const call = await connect(user, authHeader).api.phoneCall(callLogId);
    const transaction = call.transaction?.id;
    const kind = /^opp/i.test(call.transaction?.refName ?? '') ? 'opportunity' : 'salesorder';
    return {
      callLogInfo: {
        subject: call.title ?? '',
        fullBody: call.message ?? '',
        contactName: call.contact?.refName ?? call.company?.refName ?? 'Unknown',
        dispositions: transaction ? { [kind]: transaction } : {},
      },
    };
  },

  async updateCallLog({ user, authHeader, existingCallLog, subject, startTime, duration, composedLogDetails }) {
    await connect(user, authHeader).api.updatePhoneCall(existingCallLog.thirdPartyLogId, {
      message: withinBudget(composedLogDetails),
      ...(subject ? { title: subject } : {}),
      ...(startTime !== undefined && duration !== undefined ? callTimes(startTime, duration, user.timezoneName) : {}),
    });
    return { updatedNote: composedLogDetails, returnMessage: success('Call log updated', 2000) };
  },

  async upsertCallDisposition({ user, authHeader, existingCallLog, dispositions }) {
    const chosen = dispositions.salesorder
      ? ['salesorder', dispositions.salesorder]
      : dispositions.opportunity
        ? ['opportunity', dispositions.opportunity]
        : undefined;
    if (!chosen) return { logId: null };
    await connect(user, authHeader).api.updatePhoneCall(existingCallLog.thirdPartyLogId, {
      transaction: { id: idLiteral(String(chosen[1])), type: chosen[0] },
    });
    return { logId: existingCallLog.thirdPartyLogId, returnMessage: success('Call log updated', 2000) };
  },

  async unAuthorize({ user }) {
    await clearNetsuiteCaches(user);
  },

  /** The external id is the session's: an exact lookup, never a look-alike. */
  async findCallLogBySession({ user, authHeader, sessionId }) {
    const call = await connect(user, authHeader).api.phoneCallByExternalId(externalIdOf(sessionId));
    return { logId: call?.id ?? null };
  },

  logUrl(user, logId) {
    return `https://${user.hostname}/app/crm/calendar/call.nl?id=${encodeURIComponent(logId)}`;
  },

  contactUrl(user, contactId, contactType) {
    const entity = ['contact', 'vendor'].includes(contactType) ? contactType : 'custjob';
    return `https://${user.hostname}/app/common/entity/${entity}.nl?id=${encodeURIComponent(contactId)}`;
  },
});
