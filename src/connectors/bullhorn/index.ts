/**
 * Bullhorn (docs/bullhorn.md): one call = one Note about a candidate, client contact or lead,
 * with its note action and the session id in `externalID`. OAuth through an operator's exchange
 * or a firm's own key (docs/token-exchange.md), then a REST session at the user's data centre.
 */
import { CrmError, isCrmError } from '../../http/crm-error';
import { success, warning } from '../../protocol/return-message';
import { defineConnector } from '../types';
import { apiOn, bullhornApi } from './api';
import { clearBullhornCaches } from './account-data';
import { createCallLog } from './create-call-log';
import { createContact } from './create-contact';
import { findLoginUrl, overrideOf } from './data-centre';
import { findCallLogBySession } from './find-call-log-by-session';
import { findContact } from './find-contact';
import { authHeaderOf } from './login-token';
import { bullhornMetadata } from './metadata';
import { toCallLog } from './read-note';
import { pinnedClient, restLogin, restLogout, saveRestSession } from './rest-session';
import { actionOf, minutesOf, startMs } from './to-note';

const CREATE_ONLY =
  'Your Bullhorn account may create Notes but not edit them. Ask your Bullhorn admin for the right to edit Notes, or log each call once with its final note.';

/** A 403 on editing a Note: organisations that allow creating Notes but not editing them. */
async function editing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (failure) {
    if (isCrmError(failure) && failure.options.status === 403) throw new CrmError('rejected', 'bullhorn', CREATE_ONLY, { status: 403 });
    throw failure;
  }
}

export const bullhorn = defineConnector({
  ...bullhornMetadata,

  authHeader: authHeaderOf,

  /** Requests: 1 `loginInfo` (with a user name) + 1 REST login + 1 user (2 without a user name). */
  async getUserInfo({ authHeader, hostname, additionalInfo }) {
    const username = typeof additionalInfo?.username === 'string' ? additionalInfo.username.trim() : '';
    let loginUrl: string;
    try {
      loginUrl = await findLoginUrl(overrideOf(hostname, additionalInfo?.authorizeUrl), username || undefined);
    } catch (failure) {
      // The user can fix these in the connect form: say what, not "could not load user information".
      if (!isCrmError(failure) || !['rejected', 'notFound'].includes(failure.code)) throw failure;
      return { successful: false, returnMessage: warning('Bullhorn could not find your data centre', 5000, failure.message) };
    }
    const session = await restLogin(loginUrl, authHeader);
    const api = apiOn(pinnedClient(session));
    const me = username ? await api.userByName(username) : await api.user(await api.ownUserId());
    if (!me)
      return { successful: false, returnMessage: warning(`Bullhorn has no user "${username}"`, 5000, 'Check the Bullhorn user name in Options.') };
    const id = `${me.id}-bullhorn`;
    await saveRestSession(id, session);
    return {
      successful: true,
      platformUserInfo: {
        id,
        name: me.name ?? ([me.firstName, me.lastName].filter(Boolean).join(' ') || username),
        hostname: new URL(loginUrl).host,
        // Bullhorn counts offsets from US Eastern time; the composer reads |n| ≥ 16 as minutes.
        timezoneOffset: typeof me.timeZoneOffsetEST === 'number' ? me.timeZoneOffsetEST - 300 : null,
        platformAdditionalInfo: { loginUrl },
      },
      returnMessage: success('Connected to Bullhorn.', 1000),
    };
  },

  async findContact({ user, authHeader, phoneNumber, isExtension }) {
    return findContact(bullhornApi(user, authHeader), user, phoneNumber, isExtension);
  },

  async createContact(args) {
    return createContact(bullhornApi(args.user, args.authHeader), args);
  },

  async createCallLog(args) {
    return createCallLog(bullhornApi(args.user, args.authHeader), args);
  },

  async getCallLog({ user, authHeader, callLogId }) {
    return { callLogInfo: toCallLog(await bullhornApi(user, authHeader).note(callLogId)) };
  },

  /** Requests: 1 (the core's re-read is one more). */
  async updateCallLog({ user, authHeader, existingCallLog, startTime, duration, composedLogDetails }) {
    const start = startMs(startTime);
    await editing(() =>
      bullhornApi(user, authHeader).update('Note', existingCallLog.thirdPartyLogId, {
        comments: composedLogDetails,
        ...(start === undefined ? {} : { dateAdded: start }),
        ...(duration ? minutesOf(duration) : {}),
      }),
    );
    return { updatedNote: composedLogDetails, returnMessage: success('Call log updated.', 2000) };
  },

  /** Requests: 1, none without a chosen action (the Note keeps the one it was made with). */
  async upsertCallDisposition({ user, authHeader, existingCallLog, dispositions }) {
    const action = actionOf(dispositions);
    if (!action) return { logId: null };
    const id = existingCallLog.thirdPartyLogId;
    await editing(() => bullhornApi(user, authHeader).update('Note', id, { action }));
    return { logId: id, returnMessage: success('Call log updated.', 2000) };
  },

  // Bullhorn documents no OAuth revoke: logout ends the REST session and forgets the cached note actions.
  async unAuthorize({ user }) {
    await restLogout(user.id);
    await clearBullhornCaches();
  },

  async findCallLogBySession({ user, authHeader, sessionId }) {
    return findCallLogBySession(bullhornApi(user, authHeader), user, sessionId);
  },
});
