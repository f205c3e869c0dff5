/** Insightly passes the connector kit against the fake Insightly (a new account per test). */
import { runConnectorKit } from '../../connector-kit/run-connector-kit';
import { newInsightlyAccount } from './connect-insightly';

runConnectorKit({
  platform: 'insightly',
  async newAccount() {
    const account = await newInsightlyAccount();
    return {
      login: { apiKey: account.token, hostname: `${account.url}/v3.1/` },
      userName: 'Jordan Lee',
      dealField: 'opportunity',
      oneMatch: { phoneNumber: '+14155550123', contactId: '101', name: 'Priya Shah', deal: 301 },
      twoMatches: { phoneNumber: '+16505550111', names: ['Dana Whitfield', 'Sam Whitfield'] },
      noMatch: '+19725550102',
      badContactId: '999999',
      async logsInCrm() {
        const { events } = await account.state();
        const linked = (links: { LINK_OBJECT_NAME: string; LINK_OBJECT_ID: number }[], name: string) =>
          links.find((l) => l.LINK_OBJECT_NAME.toLowerCase() === name)?.LINK_OBJECT_ID;
        return events.map((e) => ({
          id: String(e.EVENT_ID),
          subject: e.TITLE,
          body: e.DETAILS ?? '',
          contactId: String(linked(e.LINKS, 'contact') ?? linked(e.LINKS, 'lead')),
          dealId: linked(e.LINKS, 'opportunity') === undefined ? null : String(linked(e.LINKS, 'opportunity')),
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
