/** NetSuite passes the connector kit against the fake NetSuite, signed in with OAuth (PKCE) per test. */
import { runConnectorKit } from '../../connector-kit/run-connector-kit';
import { transactionFieldsSetting } from '../../../src/connectors/netsuite/settings';
import { newNetsuiteAccount, signInNetsuite } from './connect-netsuite';

runConnectorKit({
  platform: 'netsuite',
  async newAccount() {
    const account = await newNetsuiteAccount();
    await transactionFieldsSetting.set({ salesOrders: true, opportunities: true });
    return {
      // Every access token the fake issues to this account starts so; none may show in an answer.
      login: { apiKey: `ns-at-${account.id}-` },
      connect: () => signInNetsuite(account),
      userName: 'Alex Morgan',
      dealField: 'opportunity',
      oneMatch: { phoneNumber: '+14155550123', contactId: '812', name: 'Grace Lin', deal: '4410' },
      twoMatches: { phoneNumber: '+16505550111', names: ['Dana Whitfield', 'Sam Whitfield'] },
      noMatch: '+19725550102',
      badContactId: '999999',
      async logsInCrm() {
        const { phonecalls } = await account.state();
        return phonecalls.map((c) => ({
          id: c.id,
          subject: c.title,
          body: c.message,
          contactId: c.contact ?? c.company ?? '',
          dealId: c.transaction ?? null,
        }));
      },
      async failNext(status, times, retryAfterSeconds) {
        // A 401 from NetSuite means the user's access was revoked: the refresh is refused too.
        if (status === 401) await account.patch({ refuseRefresh: true });
        await account.inject({
          status,
          times,
          ...(retryAfterSeconds === undefined ? {} : { headers: { 'retry-after': String(retryAfterSeconds) } }),
        });
      },
    };
  },
});
