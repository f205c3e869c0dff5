/**
 * Google Sheets API v4 (and the user-info endpoint) as the fake answers them, from Google's
 * reference: spreadsheets made by this account's tokens only (`drive.file`), values as rows with
 * trailing empty cells and rows left out, append answering `updates.updatedRange`, batch reads and
 * writes, and Google's error body `{ error: { code, message, status } }`.
 */
import type { Account, FakeAnswer, FakeRequest } from '../small-fake/server';
import { colLetters, parseRange, type ParsedRange } from './a1';
import type { SheetsState, Tab } from './seed';

type A = Account<SheetsState>;
const STATUS: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
};
export const gError = (code: number, message: string): FakeAnswer => ({
  status: code,
  body: { error: { code, message, status: STATUS[code] ?? 'UNKNOWN' } },
});
const ok = (body: unknown): FakeAnswer => ({ status: 200, body });

export function routeSheets(account: A, { method, path, query, body }: FakeRequest): FakeAnswer {
  const s = account.state;
  if (method === 'GET' && path === '/oauth2/v3/userinfo') return ok(s.user);
  if (method === 'POST' && path === '/v4/spreadsheets') {
    const b = (body ?? {}) as { properties?: { title?: string }; sheets?: { properties?: { title?: string } }[] };
    const id = `1Fake${account.id}${s.nextId++}`;
    const tabs = (b.sheets ?? [{ properties: { title: 'Sheet1' } }]).map((sheet, i) => ({
      sheetId: i === 0 ? 0 : 1000 + i,
      title: sheet.properties?.title ?? `Sheet${i + 1}`,
      rows: [] as string[][],
    }));
    s.spreadsheets[id] = { title: b.properties?.title ?? 'Untitled spreadsheet', tabs };
    return ok(describe(id, s.spreadsheets[id]!));
  }
  const m = /^\/v4\/spreadsheets\/([\w-]+)(?::(batchUpdate))?(?:\/values(?::(batchGet|batchUpdate)|\/([^/]+?)(?::(append))?))?$/.exec(path);
  if (!m) return gError(404, 'Requested entity was not found.');
  const [, id, sheetBatch, valuesBatch, rawRange, append] = m;
  const sheet = s.spreadsheets[id!];
  if (!sheet) return gError(404, 'Requested entity was not found.');
  const tabOf = (range: ParsedRange) => sheet.tabs.find((tab) => tab.title === range.tab);
  const parse = (text: string) => {
    const range = parseRange(text);
    const tab = range && tabOf(range);
    return range && tab ? { range, tab } : undefined;
  };
  if (method === 'GET' && !sheetBatch && !valuesBatch && !rawRange) return ok(describe(id!, sheet));
  if (method === 'POST' && sheetBatch) {
    for (const request of (body as { requests?: { addSheet?: { properties?: { title?: string } } }[] })?.requests ?? []) {
      const title = request.addSheet?.properties?.title;
      if (!title || sheet.tabs.some((tab) => tab.title === title))
        return gError(400, `Invalid requests[0].addSheet: A sheet with the name "${title}" already exists.`);
      sheet.tabs.push({ sheetId: 2000 + sheet.tabs.length, title, rows: [] });
    }
    return ok({ spreadsheetId: id, replies: [] });
  }
  if (method === 'GET' && valuesBatch === 'batchGet') {
    const ranges = query.getAll('ranges').map(parse);
    if (ranges.some((r) => !r)) return gError(400, 'Unable to parse range');
    return ok({ spreadsheetId: id, valueRanges: ranges.map((r) => read(r!.tab, r!.range)) });
  }
  if (method === 'POST' && valuesBatch === 'batchUpdate') {
    const b = body as { valueInputOption?: string; data?: { range: string; values: unknown[][] }[] };
    if (!b?.valueInputOption) return gError(400, "Invalid valueInputOption: ''");
    const targets = (b.data ?? []).map((d) => ({ at: parse(d.range), values: d.values }));
    if (targets.some((t) => !t.at)) return gError(400, 'Unable to parse range');
    for (const { at, values } of targets) write(at!.tab, at!.range.startRow ?? 1, at!.range.startCol, values);
    return ok({ spreadsheetId: id, totalUpdatedCells: targets.length });
  }
  const at = rawRange ? parse(decodeURIComponent(rawRange)) : undefined;
  if (!at) return gError(400, `Unable to parse range: ${rawRange ? decodeURIComponent(rawRange) : ''}`);
  if (method === 'GET') return ok(read(at.tab, at.range));
  if (method === 'POST' && append) {
    if (query.get('valueInputOption') !== 'RAW' && query.get('valueInputOption') !== 'USER_ENTERED')
      return gError(400, "Invalid valueInputOption: ''");
    const values = (body as { values?: unknown[][] })?.values ?? [];
    const row = lastRow(at.tab) + 1;
    write(at.tab, row, 0, values);
    const width = Math.max(...values.map((v) => v.length), 1);
    const updatedRange = `'${at.tab.title}'!A${row}:${colLetters(width - 1)}${row + values.length - 1}`;
    return ok({
      spreadsheetId: id,
      tableRange: `'${at.tab.title}'!A1:${colLetters(width - 1)}${row - 1}`,
      updates: { spreadsheetId: id, updatedRange, updatedRows: values.length, updatedColumns: width, updatedCells: width * values.length },
    });
  }
  if (method === 'PUT') {
    write(at.tab, at.range.startRow ?? 1, at.range.startCol, (body as { values?: unknown[][] })?.values ?? []);
    return ok({ spreadsheetId: id, updatedRange: decodeURIComponent(rawRange!) });
  }
  return gError(400, 'Unsupported request');
}

function describe(id: string, sheet: { title: string; tabs: Tab[] }) {
  return {
    spreadsheetId: id,
    properties: { title: sheet.title },
    sheets: sheet.tabs.map((tab, index) => ({ properties: { sheetId: tab.sheetId, title: tab.title, index } })),
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${id}/edit`,
  };
}

function lastRow(tab: Tab): number {
  let last = tab.rows.length;
  while (last > 0 && !(tab.rows[last - 1] ?? []).some((cell) => cell !== '')) last -= 1;
  return last;
}

function write(tab: Tab, row: number, col: number, values: unknown[][]) {
  values.forEach((cells, r) => {
    const target = (tab.rows[row - 1 + r] ??= []);
    cells.forEach((cell, c) => {
      if (cell === null || cell === undefined) return; // null leaves a cell as it is
      while (target.length < col + c) target.push('');
      target[col + c] = String(cell);
    });
  });
  for (let i = 0; i < tab.rows.length; i += 1) tab.rows[i] ??= [];
}

function read(tab: Tab, range: ParsedRange) {
  const from = (range.startRow ?? 1) - 1;
  const to = range.endRow ?? lastRow(tab);
  const rows = tab.rows.slice(from, to).map((row) => {
    const cells = row.slice(range.startCol, range.endCol === undefined ? undefined : range.endCol + 1);
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
  while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
  const a1 = `'${tab.title}'!${colLetters(range.startCol)}${from + 1}:${colLetters(range.endCol ?? 25)}${to}`;
  return rows.length ? { range: a1, majorDimension: 'ROWS', values: rows } : { range: a1, majorDimension: 'ROWS' };
}
