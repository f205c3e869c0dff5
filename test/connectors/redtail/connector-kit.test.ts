/** Redtail passes the connector kit against the fake Redtail (a new database per test). */
import { expect } from 'vitest';
import { runConnectorKit } from '../../connector-kit/run-connector-kit';
import { logInRedtail, newRedtailAccount, USER } from './connect-redtail';

runConnectorKit({
  platform: 'redtail',
  async newAccount() {
    const account = await newRedtailAccount();
    return {
      login: { apiKey: USER.password },
      // Name and password go in as the connect form sends them; a 401 signs the user out, so the kit connects again.
      async connect() {
        expect((await logInRedtail()).body).toMatchObject({ successful: true, name: USER.name });
      },
      userName: USER.name,
      // The kit's "deal" is the activity category; 2, the category of a call logged without one, reads as none chosen.
      dealField: 'category',
      oneMatch: { phoneNumber: '+14155550123', contactId: '101', name: 'Alan Brooks', deal: 1 },
      twoMatches: { phoneNumber: '+16505550111', names: ['Dana Whitfield', 'Sam Whitfield'] },
      noMatch: '+19725550102',
      badContactId: '999999',
      async logsInCrm() {
        const { activities } = await account.state();
        return activities.map((a) => ({
          id: String(a.id),
          subject: a.subject,
          body: a.description,
          contactId: String(a.linked_contacts[0]?.contact_id),
          dealId: a.category_id === 2 ? null : String(a.category_id),
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
