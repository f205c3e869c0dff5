/** Pipedrive passes the connector kit against the fake Pipedrive server (a new company per test). */
import { inject } from 'vitest';
import { runConnectorKit } from '../../connector-kit/run-connector-kit';
import { createFakeCompany } from '../../fake-servers/pipedrive/control-client';

runConnectorKit({
  platform: 'pipedrive',
  async newAccount() {
    const url = inject('pipedriveUrl');
    const company = await createFakeCompany(url);
    return {
      login: { apiKey: company.apiToken, hostname: url },
      userName: 'Priya Raman',
      oneMatch: { phoneNumber: '+12125550147', contactId: '803', name: 'Marcus Bell', deal: 1301 },
      twoMatches: { phoneNumber: '+14155550132', names: ['Dana Whitfield', 'Sam Whitfield'] },
      noMatch: '+19725550102',
      badContactId: '999999',
      async logsInCrm() {
        const { activities } = await company.state();
        return activities.map((a) => ({
          id: String(a.id),
          subject: a.subject,
          body: a.note ?? '',
          contactId: String(a.person_id),
          dealId: a.deal_id === null ? null : String(a.deal_id),
        }));
      },
      async failNext(status, times, retryAfterSeconds) {
        await company.inject({
          status,
          times,
          ...(retryAfterSeconds === undefined ? {} : { headers: { 'retry-after': String(retryAfterSeconds) } }),
        });
      },
    };
  },
});
