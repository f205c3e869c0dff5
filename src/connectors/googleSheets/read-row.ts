/**
 * Reading and changing a logged row (docs/google-sheets.md): a log's id is the `ID` cell, which
 * is the row it was written to. The row is read whole and its `ID` checked; when rows were sorted
 * or inserted since, it is found again by the `ID` column and remembered.
 */
import * as z from 'zod/mini';
import { CrmError } from '../../http/crm-error';
import { defineTtlCache } from '../../storage/ttl-cache';
import type { CrmUser } from '../../storage/connections';
import { CALL_LOGS, columnLetter, columnRange, range } from './a1';
import type { SheetsApi } from './api';
import { column, columnsOf } from './tabs';

const movedRows = (user: CrmUser) =>
  defineTtlCache(`googleSheets:${String(user.platformAdditionalInfo.spreadsheetId)}:rows`, z.number(), { ttlMs: 7 * 24 * 60 * 60 * 1000 });

export async function readLogRow(api: SheetsApi, user: CrmUser, logId: string) {
  const columns = await columnsOf(api, user, CALL_LOGS);
  const last = columnLetter(Math.max(...columns.values()));
  const idColumn = column(columns, 'ID');
  const readRow = async (row: number) => (await api.read(range(CALL_LOGS, `A${row}:${last}${row}`)))[0] ?? [];
  let row = (await movedRows(user).get(logId)) ?? Number(logId);
  let cells = Number.isSafeInteger(row) && row > 1 ? await readRow(row) : [];
  if (cells[idColumn] !== logId) {
    const ids = await api.read(columnRange(CALL_LOGS, idColumn));
    row = ids.findIndex((value, index) => index > 0 && value[0] === logId) + 1;
    if (row < 2) throw new CrmError('notFound', 'googleSheets', `The Call Logs tab has no row with ID ${logId}: it was deleted from the sheet.`);
    await movedRows(user).setMany([[logId, row]]);
    cells = await readRow(row);
  }
  const cell = (name: string) => (columns.has(name) ? (cells[columns.get(name)!] ?? '') : '');
  return { row, cell };
}

/** The row the core's read just verified (getCallLog runs before every update). */
export async function verifiedRow(user: CrmUser, logId: string): Promise<number> {
  return (await movedRows(user).get(logId)) ?? Number(logId);
}

export async function writeCells(api: SheetsApi, user: CrmUser, row: number, values: Record<string, unknown>) {
  const columns = await columnsOf(api, user, CALL_LOGS);
  const data = Object.entries(values)
    .filter(([name, value]) => value !== undefined && columns.has(name))
    .map(([name, value]) => ({ range: `'${CALL_LOGS}'!${columnLetter(columns.get(name)!)}${row}`, values: [[value]] }));
  if (data.length) await api.write(data);
}
