/**
 * createCallLog (docs/google-sheets.md, "Exactly once"): under the core's session lock, one read of
 * the `ID` and `Session Id` columns (and the contacts' ids) decides: a row of this session is
 * adopted, else one row is appended. Its `ID` is the row it was expected to land on; when another
 * writer appended in between, the cell is corrected to the row Google reports.
 */
import { success } from '../../protocol/return-message';
import { CrmError } from '../../http/crm-error';
import type { Connector } from '../types';
import { CALL_LOGS, CONTACTS, columnLetter, columnRange, rowOf } from './a1';
import type { SheetsApi } from './api';
import { column, columnsOf } from './tabs';

type CreateArgs = Parameters<Connector['createCallLog']>[0];

export async function createCallLog(api: SheetsApi, args: CreateArgs) {
  const { user, callLog, contactInfo } = args;
  const [logs, contacts] = await Promise.all([columnsOf(api, user, CALL_LOGS), columnsOf(api, user, CONTACTS)]);
  const [ids = [], sessions = [], contactIds = []] = await api.readMany([
    columnRange(CALL_LOGS, column(logs, 'ID')),
    columnRange(CALL_LOGS, column(logs, 'Session Id')),
    columnRange(CONTACTS, column(contacts, 'ID')),
  ]);
  const own = sessions.findIndex((cells, row) => row > 0 && cells[0] === callLog.sessionId);
  if (own > 0) return { logId: ids[own]?.[0] || String(own + 1), returnMessage: success('Call was already logged', 2000) };
  if (!contactIds.some((cells, row) => row > 0 && cells[0] === String(contactInfo.id))) {
    throw new CrmError('notFound', 'googleSheets', `The Contacts tab has no contact ${contactInfo.id}: it was deleted from the sheet.`);
  }
  const expected = Math.max(ids.length, sessions.length) + 1;
  const row = new Array<unknown>(Math.max(...logs.values()) + 1).fill('');
  for (const [name, value] of Object.entries(rowValues(args, expected))) if (logs.has(name)) row[logs.get(name)!] = value;
  const landed = rowOf(await api.append(CALL_LOGS, row));
  if (Number.isFinite(landed) && landed !== expected) {
    await api.write([{ range: `'${CALL_LOGS}'!${columnLetter(column(logs, 'ID'))}${landed}`, values: [[landed]] }]);
  }
  return { logId: String(Number.isFinite(landed) ? landed : expected), returnMessage: success('Call logged', 2000) };
}

function rowValues({ user, callLog, contactInfo, subject, composedLogDetails }: CreateArgs, id: number): Record<string, unknown> {
  const startMs = typeof callLog.startTime === 'number' ? callLog.startTime : Date.parse(String(callLog.startTime ?? ''));
  const start = Number.isNaN(startMs) ? new Date() : new Date(startMs);
  const seconds = typeof callLog.duration === 'number' ? callLog.duration : 0;
  const outbound = callLog.direction === 'Outbound';
  return {
    ID: id,
    'Sheet Id': String(user.platformAdditionalInfo.spreadsheetId),
    Subject: subject,
    'Contact name': contactInfo.name,
    'Contact Id': String(contactInfo.id),
    // The composed body, so that the note, result and recording read back and update like any CRM's.
    Notes: composedLogDetails,
    Phone: contactInfo.phoneNumber,
    'Start time': start.toISOString(),
    'End time': new Date(start.getTime() + seconds * 1000).toISOString(),
    Duration: seconds,
    'Session Id': callLog.sessionId,
    Direction: callLog.direction ?? '',
    'Call Result': callLog.result ?? '',
    'Call Recording': callLog.recording?.link ?? '',
    'Incoming Phone Number': callLog.to?.phoneNumber ?? (outbound ? contactInfo.phoneNumber : ''),
    'Outgoing Phone Number': callLog.from?.phoneNumber ?? (outbound ? '' : contactInfo.phoneNumber),
  };
}
