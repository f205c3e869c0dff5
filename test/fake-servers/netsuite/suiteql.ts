/**
 * The slice of SuiteQL the fake understands, strictly: `SELECT <columns> FROM <table> WHERE
 * <conditions> [ORDER BY id DESC]` with digit-suffix phone matches, `col = <digits>` and
 * `type IN (…)`. An unknown table or column is a 400, as NetSuite answers it.
 */
import type { NetsuiteState } from './seed';

const COLUMNS: Record<string, string[]> = {
  employee: ['id', 'firstname', 'lastname', 'entityid', 'email', 'subsidiary'],
  contact: [
    'id',
    'firstname',
    'middlename',
    'lastname',
    'entitytitle',
    'phone',
    'mobilephone',
    'homephone',
    'officephone',
    'company',
    'datecreated',
    'lastmodifieddate',
  ],
  customer: [
    'id',
    'firstname',
    'middlename',
    'lastname',
    'entitytitle',
    'companyname',
    'phone',
    'mobilephone',
    'homephone',
    'altphone',
    'datecreated',
    'lastmodifieddate',
  ],
  vendor: ['id', 'entitytitle', 'companyname', 'phone', 'mobilephone', 'homephone', 'altphone', 'datecreated', 'lastmodifieddate'],
  transaction: ['id', 'trandisplayname', 'type', 'entity', 'createddate'],
};

export function runSuiteql(s: NetsuiteState, q: string): { rows: Record<string, string>[] } | { problem: string } {
  const shape = /^SELECT (.+?) FROM (\w+) WHERE (.+?)( ORDER BY id DESC)?$/i.exec(q.trim());
  if (!shape)
    return { problem: 'Invalid search query. Detailed unprocessed description follows. Search error occurred: Invalid or unsupported search.' };
  const [, columnText, table, where] = shape as unknown as [string, string, string, string];
  const known = COLUMNS[table.toLowerCase()];
  if (!known) return { problem: `Invalid search query: Record '${table}' was not found.` };
  const columns = columnText.split(',').map((c) => c.trim().toLowerCase());
  const unknown = [...columns, ...[...where.matchAll(/(\w+)(?=\s*=|\s+IN|,\s*'\[)/gi)].map((m) => m[1]!.toLowerCase())].find(
    (c) => !known.includes(c),
  );
  if (unknown) return { problem: `Invalid search query: Field '${unknown}' for record '${table}' was not found.` };
  const source = (
    table.toLowerCase() === 'employee' ? [s.employee] : (s[table.toLowerCase() as 'contact'] as unknown as Record<string, string>[])
  ) as Record<string, string | undefined>[];
  const phone = [...where.matchAll(/REGEXP_REPLACE\((\w+), '\[\^0-9\]', ''\) LIKE '%(\d+)'/gi)].map((m) => [m[1]!.toLowerCase(), m[2]!] as const);
  const equals = [...where.matchAll(/(\w+) = (\d+)/g)].map((m) => [m[1]!.toLowerCase(), m[2]!] as const);
  const types = /type IN \(([^)]*)\)/i
    .exec(where)?.[1]
    ?.split(',')
    .map((t) => t.trim().replace(/'/g, ''));
  const rows = source.filter(
    (row) =>
      (!phone.length || phone.some(([field, digits]) => (row[field] ?? '').replace(/\D/g, '').endsWith(digits))) &&
      equals.every(([field, value]) => row[field] === value) &&
      (!types || types.includes(row.type ?? '')),
  );
  if (shape[4]) rows.sort((a, b) => Number(b.id) - Number(a.id));
  // NetSuite leaves out columns whose value is empty.
  return { rows: rows.map((row) => Object.fromEntries(columns.flatMap((c) => (row[c] ? [[c, row[c]!]] : [])))) };
}
