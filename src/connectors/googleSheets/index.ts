/**
 * Google Sheets (docs/google-sheets.md): one call = one row of the `Call Logs` tab of a spreadsheet
 * this extension created or was given; contacts are rows of its `Contacts` tab. Signed in with
 * Google's implicit flow (no secret, no refresh token); the spreadsheet is chosen at sign-in.
 */
import { success } from '../../protocol/return-message';
import type { CrmUser } from '../../storage/connections';
import { defineConnector, type AuthHeader } from '../types';
import { CALL_LOGS, CONTACTS, columnLetter, columnRange, rowOf } from './a1';
import { sheetsApi } from './api';
import { createCallLog } from './create-call-log';
import { findContact } from './find-contact';
import { googleSheetsMetadata } from './metadata';
import { readLogRow, verifiedRow, writeCells } from './read-row';
import { clearSheetCaches, column, columnsOf, prepareSpreadsheet } from './tabs';

const originOf = (user: CrmUser) => (user.platformAdditionalInfo.apiOrigin as string | undefined) || undefined;
const apiFor = (user: CrmUser, authHeader: AuthHeader) => sheetsApi(originOf(user), authHeader, String(user.platformAdditionalInfo.spreadsheetId));

export const googleSheets = defineConnector({
  ...googleSheetsMetadata,

  authHeader(credential): AuthHeader {
    return { authorization: `Bearer ${credential.kind === 'oauth' ? credential.accessToken : credential.apiKey}` };
  },

  async getUserInfo({ authHeader, additionalInfo }) {
    // An authorize URL set away from Google (a test server) serves the APIs too.
    const authorizeUrl = typeof additionalInfo?.authorizeUrl === 'string' ? new URL(additionalInfo.authorizeUrl) : undefined;
    const apiOrigin = authorizeUrl && authorizeUrl.hostname !== 'accounts.google.com' ? authorizeUrl.origin : undefined;
    const me = await sheetsApi(apiOrigin, authHeader).me();
    const sheet = await prepareSpreadsheet((id) => sheetsApi(apiOrigin, authHeader, id), additionalInfo?.spreadsheet as string | undefined);
    return {
      successful: true,
      platformUserInfo: {
        id: `${me.sub}-googleSheets`,
        name: me.name ?? me.email ?? 'Google user',
        hostname: 'docs.google.com',
        timezoneOffset: null,
        platformAdditionalInfo: {
          spreadsheetId: sheet.spreadsheetId,
          spreadsheetName: sheet.properties?.title ?? '',
          callLogsSheetId: sheet.sheets.find((tab) => tab.properties.title === CALL_LOGS)?.properties.sheetId ?? 0,
          contactsSheetId: sheet.sheets.find((tab) => tab.properties.title === CONTACTS)?.properties.sheetId ?? 0,
          email: me.email ?? '',
          ...(apiOrigin ? { apiOrigin } : {}),
        },
      },
      returnMessage: success('Connected to Google Sheets.', 1000),
    };
  },

  async findContact({ user, authHeader, phoneNumber, isExtension }) {
    if (isExtension) return { successful: false, matchedContactInfo: [] };
    return findContact(apiFor(user, authHeader), user, phoneNumber);
  },

  async createContact({ user, authHeader, phoneNumber, newContactName }) {
    const api = apiFor(user, authHeader);
    const columns = await columnsOf(api, user, CONTACTS);
    const row = new Array<unknown>(Math.max(...columns.values()) + 1).fill('');
    Object.entries({
      'Sheet Id': String(user.platformAdditionalInfo.spreadsheetId),
      'Contact name': newContactName.trim(),
      Phone: phoneNumber,
    }).forEach(([name, value]) => (row[column(columns, name)] = value));
    const landed = rowOf(await api.append(CONTACTS, row));
    // A contact's id is the row it landed on, written into its ID cell.
    await api.write([{ range: `'${CONTACTS}'!${columnLetter(column(columns, 'ID'))}${landed}`, values: [[landed]] }]);
    return { contactInfo: { id: String(landed), name: newContactName.trim() }, returnMessage: success('Contact created', 2000) };
  },

  async createCallLog(args) {
    return createCallLog(apiFor(args.user, args.authHeader), args);
  },

  async getCallLog({ user, authHeader, callLogId }) {
    const { cell } = await readLogRow(apiFor(user, authHeader), user, callLogId);
    return { callLogInfo: { subject: cell('Subject'), fullBody: cell('Notes'), contactName: cell('Contact name') } };
  },

  async updateCallLog({ user, authHeader, existingCallLog, subject, recordingLink, duration, composedLogDetails }) {
    const row = await verifiedRow(user, existingCallLog.thirdPartyLogId);
    await writeCells(apiFor(user, authHeader), user, row, {
      Notes: composedLogDetails,
      Subject: subject || undefined,
      Duration: duration,
      'Call Recording': recordingLink,
    });
    return { updatedNote: composedLogDetails, returnMessage: success('Call log updated.', 2000) };
  },

  async upsertCallDisposition() {
    return { logId: null };
  },

  async unAuthorize({ user }) {
    await clearSheetCaches(user);
  },

  /** The `Session Id` column holds every row's session: an exact match, never a look-alike. */
  async findCallLogBySession({ user, authHeader, sessionId }) {
    const api = apiFor(user, authHeader);
    const columns = await columnsOf(api, user, CALL_LOGS);
    const [ids = [], sessions = []] = await api.readMany([
      columnRange(CALL_LOGS, column(columns, 'ID')),
      columnRange(CALL_LOGS, column(columns, 'Session Id')),
    ]);
    const row = sessions.findIndex((cells, index) => index > 0 && cells[0] === sessionId);
    return { logId: row > 0 ? ids[row]?.[0] || String(row + 1) : null };
  },

  logUrl(user, logId) {
    const { spreadsheetId, callLogsSheetId } = user.platformAdditionalInfo;
    return `https://docs.google.com/spreadsheets/d/${String(spreadsheetId)}/edit#gid=${String(callLogsSheetId ?? 0)}&range=A${encodeURIComponent(logId)}`;
  },

  /** A contact's id is its row in the Contacts tab. */
  contactUrl(user, contactId) {
    const { spreadsheetId, contactsSheetId } = user.platformAdditionalInfo;
    return `https://docs.google.com/spreadsheets/d/${String(spreadsheetId)}/edit#gid=${String(contactsSheetId ?? 0)}&range=A${encodeURIComponent(contactId)}`;
  },
});
