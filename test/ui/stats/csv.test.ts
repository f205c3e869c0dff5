/** The CSV export for a known set of logs: RFC 4180 quoting, and no cell a spreadsheet would run. */
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/ui/stats/csv';
import { logsCsv } from '../../../src/ui/stats/export-form';
import type { LogHistoryRow } from '../../../src/protocol/api-answers-history';

const at = new Date(2026, 11, 3, 9, 5).getTime();
const row = (over: Partial<LogHistoryRow>): LogHistoryRow => ({
  at,
  sessionId: 's-1',
  number: '',
  contactName: '',
  subject: 'Inbound Call',
  recordUrl: '',
  state: 'logged',
  ...over,
});

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks, and doubles quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('Bell, Marcus')).toBe('"Bell, Marcus"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell(3)).toBe('3');
  });

  it('guards every cell that starts like a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+14155550132')).toBe("'+14155550132");
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('logsCsv', () => {
  it('writes a header and one line per log, CRLF-ended', () => {
    const csv = logsCsv([
      row({
        number: '+14155550132',
        contactName: 'Dana Whitfield',
        recordUrl: 'https://crm.example/a/1',
        subject: 'Inbound Call from Dana Whitfield',
      }),
      row({ contactName: '@SUM(A1:A9)', state: 'needsReview', subject: 'Call, again' }),
    ]);
    expect(csv).toBe(
      'Date,Number,Contact,CRM record,State,Subject\r\n' +
        "2026-12-03 09:05,'+14155550132,Dana Whitfield,https://crm.example/a/1,Logged,Inbound Call from Dana Whitfield\r\n" +
        '2026-12-03 09:05,,\'@SUM(A1:A9),,Needs review,"Call, again"\r\n',
    );
    expect(toCsv([])).toBe('\r\n');
  });
});
