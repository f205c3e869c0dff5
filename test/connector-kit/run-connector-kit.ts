/**
 * The connector test kit: one suite every connector passes against its CRM (a fake server on
 * 127.0.0.1, or the Example CRM in this browser), driven through the message API exactly as the
 * side panel drives it. CRM-side checks read the CRM directly, never through the connector.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { callWithSession } from '../support/call-fixtures';
import { api } from '../support/api';
import { resetExtension } from '../support/reset';
import type { KitAccount, KitTarget } from './kit-target';
import { lostAnswerCase } from './lost-answer-case';

export function runConnectorKit(target: KitTarget): void {
  describe(`connector kit: ${target.platform}`, () => {
    let account: KitAccount;
    let sequence = 0;
    const session = () => `kit-${target.platform}-${Date.now()}-${++sequence}`;

    const logCall = (sessionId: string, contactId = account.oneMatch.contactId, extra: Record<string, unknown> = {}) =>
      api({
        method: 'POST',
        path: '/callLog',
        body: { logInfo: callWithSession(2, sessionId), contactId, contactName: account.oneMatch.name, note: 'Asked about pricing', ...extra },
      });
    const logsFor = async (logId: string) => (await account.logsInCrm()).filter((log) => log.id === logId);
    const dealField = () => account.dealField ?? 'deals';
    const withDeal = () => (account.oneMatch.deal === undefined ? {} : { [dealField()]: account.oneMatch.deal });
    const dealOf = () => (account.oneMatch.deal === undefined ? null : String(account.oneMatch.deal));
    const login = async () => {
      if (account.connect) return account.connect();
      const { body } = await api({ method: 'POST', path: '/apiKeyLogin', body: { platform: target.platform, ...account.login } });
      expect(body).toMatchObject({ successful: true, name: account.userName });
    };

    beforeEach(async () => {
      await resetExtension();
      account = await target.newAccount();
      await login();
    });

    it('connects, and says who is connected without showing the key', async () => {
      const { body } = await api({ method: 'GET', path: '/connection' });
      expect(body.connection).toMatchObject({ platform: target.platform, name: account.userName });
      expect(JSON.stringify(body)).not.toContain(account.login.apiKey);
    });

    it('finds one contact, two contacts, or none (always offering "Create new contact...")', async () => {
      const find = async (phoneNumber: string) => (await api({ method: 'GET', path: '/contact', query: { phoneNumber } })).body;
      const one = await find(account.oneMatch.phoneNumber);
      expect(one.successful).toBe(true);
      expect(one.contact.map((c: { name: string }) => c.name)).toEqual([account.oneMatch.name, 'Create new contact...']);
      expect(String(one.contact[0].id)).toBe(account.oneMatch.contactId);
      if (dealOf()) expect(one.contact[0].additionalInfo[dealField()].map((d: { const: unknown }) => String(d.const))).toContain(dealOf());

      const two = await find(account.twoMatches.phoneNumber);
      expect(two.contact.map((c: { name: string }) => c.name).sort()).toEqual([...account.twoMatches.names, 'Create new contact...'].sort());

      const none = await find(account.noMatch);
      expect(none).toMatchObject({ successful: true, contact: [{ id: 'createNewContact', isNewContact: true }] });
    });

    it('logs a call once: a second POST answers the same logId and the CRM holds one record', async () => {
      const id = session();
      const created = await logCall(id, undefined, { additionalSubmission: withDeal() });
      expect(created.body).toMatchObject({ successful: true, returnMessage: { messageType: 'success' } });
      const logId: string = created.body.logId;

      const again = await logCall(id);
      expect(again.body).toMatchObject({ successful: false, logId, returnMessage: { message: `Existing log for session ${id}` } });
      const [log, ...more] = await logsFor(logId);
      expect(more).toEqual([]);
      expect(log).toMatchObject({ contactId: account.oneMatch.contactId, dealId: dealOf() });
      expect(log!.body).toContain('Asked about pricing');
    });

    it('reads a log back with details, then updates note, recording and duration in place', async () => {
      const id = session();
      const { logId } = (await logCall(id, undefined, { additionalSubmission: withDeal() })).body;
      const details = async () => (await api({ method: 'GET', path: '/callLog', query: { sessionIds: id, requireDetails: 'true' } })).body.logs[0];
      expect(await details()).toMatchObject({
        sessionId: id,
        matched: true,
        logId,
        logData: { note: 'Asked about pricing', contactName: account.oneMatch.name },
      });
      if (dealOf()) expect(String((await details()).logData.dispositions[dealField()])).toBe(dealOf());

      const patched = await api({
        method: 'PATCH',
        path: '/callLog',
        body: { sessionId: id, note: 'Sent the quote', recordingLink: 'https://media.example/rec/42', duration: 240 },
      });
      expect(patched.body).toMatchObject({ successful: true, logId });
      expect((await details()).logData.note).toBe('Sent the quote');
      const [log] = await logsFor(logId);
      expect(log!.body).toContain('Sent the quote');
      expect(log!.body).not.toContain('Asked about pricing');
      expect(log!.body).toContain('https://media.example/rec/42');
      expect(log!.body).toContain('4 minutes');
    });

    it('sets the deal of a logged call (disposition)', async () => {
      if (!dealOf()) return;
      const id = session();
      const { logId } = (await logCall(id)).body;
      expect((await logsFor(logId))[0]!.dealId).toBeNull();
      const { body } = await api({
        method: 'PUT',
        path: '/callDisposition',
        body: { sessionId: id, dispositions: withDeal() },
      });
      expect(body.successful).toBe(true);
      expect((await logsFor(logId))[0]!.dealId).toBe(dealOf());
    });

    it('says to reconnect on 401, keeps nothing, and logs the call once the CRM accepts again', async () => {
      const id = session();
      const before = (await account.logsInCrm()).length;
      await account.failNext(401, 1);
      const refused = await logCall(id);
      // A refused OAuth token that cannot be renewed ends the session ("connect again").
      expect(refused.body).toMatchObject({ successful: false, returnMessage: { messageType: 'warning' } });
      expect(refused.body.returnMessage.message).toMatch(account.connect ? /Authorization error|connect again/ : /^Authorization error$/);
      expect(JSON.stringify(refused.body.returnMessage.details)).toMatch(/connect/i);
      expect(await account.logsInCrm()).toHaveLength(before);
      if (account.connect) await login();
      expect((await logCall(id)).body.successful).toBe(true);
      expect(await account.logsInCrm()).toHaveLength(before + 1);
    });

    it('reports a rate limit with the wait the CRM asked for', async () => {
      await account.failNext(429, 3, 30);
      const { body } = await api({ method: 'GET', path: '/contact', query: { phoneNumber: account.oneMatch.phoneNumber } });
      expect(body).toMatchObject({ successful: false, returnMessage: { message: 'Rate limit exceeded' } });
      expect(JSON.stringify(body.returnMessage.details)).toContain('30 seconds');
    });

    it('reports a CRM that keeps failing (500) as unreachable, per operation', async () => {
      // More failures than one lookup makes requests, however a connector spreads them.
      await account.failNext(500, 10);
      const { body } = await api({ method: 'GET', path: '/contact', query: { phoneNumber: account.oneMatch.phoneNumber } });
      expect(body).toMatchObject({ successful: false, returnMessage: { message: 'Error finding contact' }, extraDataTracking: { statusCode: 500 } });
    });

    it('finds its own record after a lost answer, and never a look-alike (same contact, same minute, default subject)', async () => {
      await lostAnswerCase(target, account, session());
    });

    it('refuses a contact the CRM does not have, and keeps nothing', async () => {
      const id = session();
      const before = (await account.logsInCrm()).length;
      const { body } = await logCall(id, account.badContactId);
      expect(body.successful).toBe(false);
      expect(body.returnMessage.messageType).not.toBe('success');
      expect(await account.logsInCrm()).toHaveLength(before);
      const state = await api({ method: 'GET', path: '/callLog', query: { sessionIds: id } });
      expect(state.body.logs).toEqual([{ sessionId: id, matched: false }]);
    });
  });
}
