/**
 * Bullhorn passes the connector kit against the fake Bullhorn (a new corporation per test),
 * logging in with an OAuth access token. The kit's "deal" is the note action; a Note made without
 * one carries Bullhorn's default `pending note`, which counts as none chosen.
 */
import { inject } from 'vitest';
import { runConnectorKit } from '../../connector-kit/run-connector-kit';
import { createFakeAccount } from '../../fake-servers/small-fake/client';
import type { BullhornState } from '../../fake-servers/bullhorn/seed';

runConnectorKit({
  platform: 'bullhorn',
  async newAccount() {
    const url = inject('bullhornUrl');
    const corporation = await createFakeAccount<BullhornState>(url);
    const jonas = (await corporation.state()).people.find((p) => p.name === 'Jonas Meyer')!;
    return {
      login: { apiKey: corporation.token, hostname: url },
      userName: 'Riley Chen',
      dealField: 'noteActions',
      oneMatch: { phoneNumber: '+14155550123', contactId: String(jonas.id), name: 'Jonas Meyer', deal: 'Phone Screen' },
      twoMatches: { phoneNumber: '+14155550132', names: ['Priya Natarajan', 'Omar Haddad'] },
      noMatch: '+19725550102',
      badContactId: '999999',
      async logsInCrm() {
        return (await corporation.state()).notes.map((note) => ({
          id: String(note.id),
          subject: '',
          body: note.comments,
          contactId: String(note.personReference.id),
          dealId: note.action === 'pending note' ? null : note.action,
        }));
      },
      async failNext(status, times, retryAfterSeconds) {
        // A refused session is refused again at the login it leads to: both are one refusal to the kit.
        const headers = retryAfterSeconds === undefined ? undefined : { 'retry-after': String(retryAfterSeconds) };
        await corporation.inject({ status, times: status === 401 ? times * 2 : times, ...(headers ? { headers } : {}) });
      },
    };
  },
});
