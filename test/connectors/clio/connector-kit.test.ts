/** Clio passes the connector kit against the fake Clio server (a new firm per test), logging in with an access token. */
import { inject } from 'vitest';
import { runConnectorKit } from '../../connector-kit/run-connector-kit';
import { createFakeFirm } from '../../fake-servers/clio/control-client';

runConnectorKit({
  platform: 'clio',
  async newAccount() {
    const url = inject('clioUrl');
    const firm = await createFakeFirm(url);
    const { contacts } = await firm.state();
    const maria = contacts.find((c) => c.name === 'Maria Okafor')!;
    return {
      login: { apiKey: firm.accessToken, hostname: url },
      userName: 'Dana Whitfield',
      dealField: 'matters',
      oneMatch: {
        phoneNumber: '+14155550123',
        contactId: String(maria.id),
        name: 'Maria Okafor',
        deal: await openMatterOf(url, firm.accessToken, maria.id),
      },
      twoMatches: { phoneNumber: '+14155550132', names: ['Dana Whitfield LLP', 'Sam Whitfield'] },
      noMatch: '+19725550102',
      badContactId: '999999',
      async logsInCrm() {
        const state = await firm.state();
        return state.communications.map((c) => ({
          id: String(c.id),
          subject: c.subject,
          body: c.body,
          contactId: String([...c.senders, ...c.receivers].find((p) => p.type === 'Contact')?.id),
          dealId: c.matter ? String(c.matter.id) : null,
        }));
      },
      async failNext(status, times, retryAfterSeconds) {
        await firm.inject({ status, times, ...(retryAfterSeconds === undefined ? {} : { headers: { 'retry-after': String(retryAfterSeconds) } }) });
      },
    };
  },
});

/** The contact's open matter, read from Clio itself (not through the connector). */
async function openMatterOf(url: string, token: string, clientId: number): Promise<number> {
  const response = await fetch(`${url}/api/v4/matters.json?client_id=${clientId}&fields=id,status`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const { data } = (await response.json()) as { data: { id: number; status: string }[] };
  return data.find((m) => m.status === 'Open')!.id;
}
