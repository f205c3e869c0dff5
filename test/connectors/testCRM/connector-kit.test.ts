/** The Example CRM passes the connector kit: its "server" is its own IndexedDB, its faults are simulated. */
import { exampleCrmFaults } from '../../../src/connectors/testCRM/faults';
import { exampleCrmDb } from '../../../src/connectors/testCRM/store';
import { runConnectorKit } from '../../connector-kit/run-connector-kit';

runConnectorKit({
  platform: 'testCRM',
  async newAccount() {
    return {
      login: { apiKey: 'any-key' },
      userName: 'Example CRM user',
      oneMatch: { phoneNumber: '+12125550147', contactId: 'c-3', name: 'Marcus Bell', deal: 'd-3' },
      twoMatches: { phoneNumber: '+14155550132', names: ['Dana Whitfield', 'Sam Whitfield'] },
      noMatch: '+19725550102',
      badContactId: 'c-999',
      async logsInCrm() {
        const activities = await (await exampleCrmDb()).getAll('activities');
        return activities.map((a) => ({ id: String(a.id), subject: a.subject, body: a.body, contactId: a.contactId, dealId: a.dealId }));
      },
      async failNext(status, times, retryAfterSeconds) {
        await exampleCrmFaults.set([...(await exampleCrmFaults.get()), { status, times, retryAfterSeconds }]);
      },
    };
  },
});
