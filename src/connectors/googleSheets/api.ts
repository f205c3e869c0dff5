/**
 * Google's endpoints the connector uses, as typed functions (docs/google-sheets.md): Sheets v4
 * values and spreadsheets, and the user-info endpoint. One origin override replaces Google's for tests.
 */
import { createCrmClient } from '../../http/crm-client';
import type { AuthHeader } from '../types';
import { range } from './a1';
import * as s from './schemas';

export const GOOGLE = { sheets: 'https://sheets.googleapis.com', userInfo: 'https://www.googleapis.com' };

export function sheetsApi(origin: string | undefined, authHeader: AuthHeader, spreadsheetId = '') {
  const make = (baseUrl: string) => createCrmClient({ connectorId: 'googleSheets', crmName: 'Google Sheets', baseUrl, headers: authHeader });
  const sheets = make(origin ?? GOOGLE.sheets);
  const at = `v4/spreadsheets/${encodeURIComponent(spreadsheetId)}`;
  const gone = 'The spreadsheet is gone or this extension may no longer open it. Create a new sheet or pick it again in Options.';
  return {
    me: () => make(origin ?? GOOGLE.userInfo).send({ method: 'GET', path: 'oauth2/v3/userinfo', schema: s.userInfo }),
    create: (body: unknown) => sheets.send({ method: 'POST', path: 'v4/spreadsheets', json: body, schema: s.spreadsheet }),
    tabs: () =>
      sheets.send({
        method: 'GET',
        path: `${at}?fields=spreadsheetId,properties.title,sheets.properties(sheetId,title)`,
        schema: s.spreadsheet,
        notFound: gone,
      }),
    addTabs: (titles: string[]) =>
      sheets.send({
        method: 'POST',
        path: `${at}:batchUpdate`,
        json: { requests: titles.map((title) => ({ addSheet: { properties: { title } } })) },
        schema: s.anything,
      }),
    read: async (a1: string) => (await sheets.send({ method: 'GET', path: `${at}/values/${a1}`, schema: s.valueRange, notFound: gone })).values,
    readMany: async (ranges: string[]) =>
      (
        await sheets.send({
          method: 'GET',
          path: `${at}/values:batchGet?${ranges.map((r) => `ranges=${r}`).join('&')}`,
          schema: s.batchGet,
          notFound: gone,
        })
      ).valueRanges.map((r) => r.values),
    append: async (tab: string, row: unknown[]) =>
      (
        await sheets.send({
          method: 'POST',
          path: `${at}/values/${range(tab, 'A1')}:append?valueInputOption=RAW&insertDataOption=INSERT_ROWS`,
          json: { values: [row] },
          schema: s.appended,
          notFound: gone,
        })
      ).updates.updatedRange,
    write: (data: { range: string; values: unknown[][] }[]) =>
      sheets.send({ method: 'POST', path: `${at}/values:batchUpdate`, json: { valueInputOption: 'RAW', data }, schema: s.anything, notFound: gone }),
  };
}

export type SheetsApi = ReturnType<typeof sheetsApi>;
