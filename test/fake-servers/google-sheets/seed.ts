/** One Google account on the fake: its profile, the spreadsheets its tokens created, and its OAuth client. */
export interface Tab {
  sheetId: number;
  title: string;
  rows: string[][];
}
export interface SheetsState {
  clientId: string;
  user: { sub: string; name: string; email: string };
  spreadsheets: Record<string, { title: string; tabs: Tab[] }>;
  accessTokens: string[];
  /** Rows put into the `Contacts` tab of every spreadsheet this account creates (a person typed them). */
  contacts: string[][];
  nextId: number;
}

export function seedSheets(id: string): SheetsState {
  return {
    clientId: `client-${id}.apps.googleusercontent.com`,
    user: { sub: `1090${id.replace(/\D/g, '')}`, name: 'Riley Park', email: 'riley@example.com' },
    spreadsheets: {},
    accessTokens: [],
    contacts: [
      ['2', '', 'Lena Fischer', '+4930123456'],
      ['3', '', 'Marcus Bell', '+1 (212) 555-0147'],
      ['4', '', 'Dana Whitfield', '+16505550111'],
      ['5', '', 'Sam Whitfield', '650-555-0111'],
    ],
    nextId: 1,
  };
}
