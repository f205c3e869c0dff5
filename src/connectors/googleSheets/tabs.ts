/**
 * The spreadsheet's two tabs and their header rows (docs/google-sheets.md, "The sheet"): made at
 * sign-in when missing, and read back as name → column, cached for 10 minutes, so users may
 * reorder columns or add their own. A missing column is added to the header once.
 */
import * as z from 'zod/mini';
import { CrmError } from '../../http/crm-error';
import { clearCaches, defineTtlCache } from '../../storage/ttl-cache';
import type { CrmUser } from '../../storage/connections';
import { CALL_LOG_HEADER, CALL_LOGS, CONTACT_HEADER, CONTACTS, columnLetter, range } from './a1';
import type { SheetsApi } from './api';

const scopeOf = (user: CrmUser) => `googleSheets:${String(user.platformAdditionalInfo.spreadsheetId)}:`;
const headers = (user: CrmUser) => defineTtlCache(`${scopeOf(user)}headers`, z.array(z.string()), { ttlMs: 10 * 60 * 1000, maxEntries: 4 });
export const clearSheetCaches = (user: CrmUser) => clearCaches(scopeOf(user));

const WANTED = { [CALL_LOGS]: CALL_LOG_HEADER, [CONTACTS]: CONTACT_HEADER } as Record<string, string[]>;

/** Header name → 0-based column of a tab; names a column this connector writes that the header lacks by adding it. */
export async function columnsOf(api: SheetsApi, user: CrmUser, tab: string): Promise<Map<string, number>> {
  const cache = headers(user);
  let header = await cache.get(tab);
  if (!header) {
    header = (await api.read(range(tab, '1:1')))[0] ?? [];
    const missing = WANTED[tab]!.filter((name) => !header!.includes(name));
    if (missing.length) {
      const from = header.length;
      header = [...header, ...missing];
      await api.write([{ range: `'${tab}'!${columnLetter(from)}1`, values: [missing] }]);
    }
    await cache.setMany([[tab, header]]);
  }
  return new Map(header.map((name, i) => [name, i]));
}

export function column(columns: Map<string, number>, name: string): number {
  const index = columns.get(name);
  if (index === undefined) throw new CrmError('rejected', 'googleSheets', `The sheet has no "${name}" column. Add it to the first row.`);
  return index;
}

/** Finds or makes the spreadsheet at sign-in: the one named (a link or id), else a new one. */
export async function prepareSpreadsheet(api: (id?: string) => SheetsApi, chosen: string | undefined) {
  const id = /\/d\/([\w-]+)/.exec(chosen ?? '')?.[1] ?? (chosen?.trim() || undefined);
  if (!id) {
    const created = await api().create({
      properties: { title: 'CRM Call Logger' },
      sheets: [CALL_LOGS, CONTACTS].map((title) => ({ properties: { title } })),
    });
    await api(created.spreadsheetId).write(Object.entries(WANTED).map(([tab, names]) => ({ range: `'${tab}'!A1`, values: [names] })));
    return created;
  }
  const existing = await api(id).tabs();
  const missing = [CALL_LOGS, CONTACTS].filter((title) => !existing.sheets.some((sheet) => sheet.properties.title === title));
  if (missing.length) {
    await api(id).addTabs(missing);
    await api(id).write(missing.map((tab) => ({ range: `'${tab}'!A1`, values: [WANTED[tab]!] })));
    return api(id).tabs();
  }
  return existing;
}
