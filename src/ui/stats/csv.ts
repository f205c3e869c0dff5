/**
 * CSV as RFC 4180 writes it (CRLF, quotes doubled), safe to open in a spreadsheet: a cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return would run as a formula there
 * (OWASP "CSV injection"), so it gets a leading `'`: a contact named `=HYPERLINK(…)` stays text.
 * Phone numbers (`+1415…`) are guarded too: a spreadsheet would turn them into numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvCell(value: string | number): string {
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
