/**
 * A fake Google (Sheets API v4, user info, and an implicit-flow consent page) on 127.0.0.1. The
 * consent page consents at once and redirects with the token in the fragment, as Google's
 * `response_type=token` does. A new spreadsheet gets the account's typed-in contacts.
 */
import { randomUUID } from 'node:crypto';
import { startSmallFake, type Account, type FakeAnswer, type SmallFake } from '../small-fake/server';
import { gError, routeSheets } from './routes';
import { seedSheets, type SheetsState } from './seed';

function authorize(accounts: Map<string, Account<SheetsState>>, query: URLSearchParams): FakeAnswer {
  const account = [...accounts.values()].find((a) => a.state.clientId === query.get('client_id'));
  const redirect = query.get('redirect_uri') ?? '';
  if (!account || query.get('response_type') !== 'token' || !/^https:\/\/[\w-]+\.chromiumapp\.org\//.test(redirect))
    return gError(400, 'Error 400: invalid_request');
  if (!(query.get('scope') ?? '').split(' ').includes('https://www.googleapis.com/auth/drive.file')) return gError(400, 'Error 400: invalid_scope');
  const token = `ya29.fake-${account.id}-${randomUUID()}`;
  account.state.accessTokens.push(token);
  const fragment = new URLSearchParams({
    access_token: token,
    token_type: 'Bearer',
    expires_in: '3599',
    scope: query.get('scope')!,
    state: query.get('state') ?? '',
  });
  return { status: 302, headers: { location: `${redirect}#${fragment}` } };
}

export function startFakeGoogleSheets(): Promise<SmallFake> {
  return startSmallFake<SheetsState>({
    seed: ({ id }) => seedSheets(id),
    open: (request, accounts) => (request.method === 'GET' && request.path === '/o/oauth2/v2/auth' ? authorize(accounts, request.query) : undefined),
    authenticate(request, accounts) {
      const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      return [...accounts.values()].find((account) => bearer && account.state.accessTokens.includes(bearer));
    },
    route(account, request) {
      const answer = routeSheets(account, request);
      // What a person typed into the new sheet's Contacts tab.
      if (request.method === 'POST' && request.path === '/v4/spreadsheets' && answer.status === 200) {
        const id = (answer.body as { spreadsheetId: string }).spreadsheetId;
        const contacts = account.state.spreadsheets[id]!.tabs.find((tab) => tab.title === 'Contacts');
        if (contacts) contacts.rows = [[], ...account.state.contacts.map((row) => [...row])];
      }
      return answer;
    },
    errorBody: (status, message) => gError(status, message).body,
    control(what, account, request, baseUrl) {
      if (what !== 'consent') return undefined;
      const url = new URL(request.query.get('url') ?? '', baseUrl);
      return { status: 200, body: { location: authorize(new Map([[account.id, account]]), url.searchParams).headers?.location ?? null } };
    },
  });
}
