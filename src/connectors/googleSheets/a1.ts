/** A1 notation done right (docs/google-sheets.md, "Ranges"): quoted tab names and base-26 column letters. */
export const CALL_LOGS = 'Call Logs';
export const CONTACTS = 'Contacts';

export const CALL_LOG_HEADER = [
  'ID',
  'Sheet Id',
  'Subject',
  'Contact name',
  'Notes',
  'Phone',
  'Start time',
  'End time',
  'Duration',
  'Session Id',
  'Direction',
  'Call Result',
  'Call Recording',
  'Incoming Phone Number',
  'Outgoing Phone Number',
  'Contact Id',
];
export const CONTACT_HEADER = ['ID', 'Sheet Id', 'Contact name', 'Phone'];

export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** `'Call Logs'!A5:O5`, URL-encoded for a path (quotes included). */
export function range(tab: string, cells?: string): string {
  return encodeURIComponent(`'${tab.replace(/'/g, "''")}'${cells ? `!${cells}` : ''}`).replace(/'/g, '%27');
}

export const columnRange = (tab: string, column: number) => range(tab, `${columnLetter(column)}:${columnLetter(column)}`);

/** The first row number of `'Call Logs'!A7:O7`. */
export function rowOf(updatedRange: string): number {
  const row = /![A-Z]+(\d+)/.exec(updatedRange)?.[1];
  return row ? Number(row) : Number.NaN;
}
