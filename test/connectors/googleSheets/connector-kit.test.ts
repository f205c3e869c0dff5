/** Google Sheets passes the connector kit against the fake Google, signed in with the implicit flow per test. */
import { runConnectorKit } from '../../connector-kit/run-connector-kit';
import { callLogRows, newSheetsAccount, signInGoogle } from './connect-google-sheets';

runConnectorKit({
  platform: 'googleSheets',
  async newAccount() {
    const account = await newSheetsAccount();
    return {
      // Every access token the fake issues to this account starts so; none may show in an answer.
      login: { apiKey: `ya29.fake-${account.id}-` },
      // Signing in again keeps to the sheet made at the first sign-in.
      connect: async () => signInGoogle(account, Object.keys((await account.state()).spreadsheets)[0] ?? ''),
      userName: 'Riley Park',
      oneMatch: { phoneNumber: '+12125550147', contactId: '3', name: 'Marcus Bell' },
      twoMatches: { phoneNumber: '+16505550111', names: ['Dana Whitfield', 'Sam Whitfield'] },
      noMatch: '+19725550102',
      badContactId: '99',
      async logsInCrm() {
        return (await callLogRows(account)).map((row) => ({
          id: row.ID!,
          subject: row.Subject!,
          body: row.Notes!,
          contactId: row['Contact Id']!,
          dealId: null,
        }));
      },
      async failNext(status, times, retryAfterSeconds) {
        await account.inject({
          status,
          times,
          ...(retryAfterSeconds === undefined ? {} : { headers: { 'retry-after': String(retryAfterSeconds) } }),
        });
      },
    };
  },
});
