/**
 * When Bullhorn's single-use refresh tokens are spent (docs/bullhorn.md, "When the token is
 * renewed"): only when a REST login needs a new access token, never ahead of its expiry. Time
 * passes on both clocks at once: the extension's (a fake `Date`) and the fake corporation's.
 */
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { oauthAppsSetting } from '../../../src/auth/oauth-settings';
import { getConnection } from '../../../src/storage/connections';
import { allOutboxItems } from '../../../src/storage/outbox-store';
import { createFakeCorporation, type FakeCorporation } from '../../fake-servers/bullhorn/control-client';
import { api } from '../../support/api';
import { callWithSession } from '../../support/call-fixtures';
import { resetExtension } from '../../support/reset';
import { signInToBullhorn } from './sign-in';

const MINUTE = 60_000;
const url = inject('bullhornUrl');
let corp: FakeCorporation;

const passes = async (ms: number) => {
  vi.setSystemTime(Date.now() + ms);
  await corp.advanceClock(ms);
};
const grants = async () => (await corp.state()).grants;
const findJonas = () => api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550123' } });
const logCall = async (sessionId: string) => {
  const jonas = (await corp.state()).people.find((p) => p.name === 'Jonas Meyer')!;
  const logInfo = { ...callWithSession(2, sessionId), startTime: Date.now() - 5 * MINUTE };
  return api({
    method: 'POST',
    path: '/callLog',
    body: { logInfo, contactId: String(jonas.id), contactName: 'Jonas Meyer', contactType: 'Candidate', note: 'n' },
  });
};
const racing = (sessionId: string) => Promise.all([findJonas(), logCall(sessionId), findJonas()]);
const loginRequests = async () => (await corp.requests()).filter((r) => r.path === '/rest-services/login').length;

beforeEach(async () => {
  await resetExtension();
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  corp = await createFakeCorporation(url);
  const { clientId } = await corp.state();
  await oauthAppsSetting.set({ bullhorn: { clientId, tokenUrl: `${url}/exchange/token`, authorizeUrl: `${url}/oauth/authorize` } });
  expect((await signInToBullhorn(corp)).body.successful).toBe(true);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Bullhorn spends a refresh token only when a REST login needs one', () => {
  it('an active user over 30 minutes: one refresh per REST session, not one every 8 minutes', async () => {
    for (let minute = 1; minute <= 30; minute += 1) {
      await passes(MINUTE);
      // Bullhorn ends the REST session once (its idle timeout, an admin): the second session needs a new token.
      if (minute === 15) await corp.expireSessions();
      const { body } = minute % 5 === 0 ? await logCall(`s-active-${minute}`) : await findJonas();
      expect(body.successful, `minute ${minute}`).toBe(true);
    }
    expect(await grants()).toEqual(['authorization_code', 'login', 'refresh_token', 'login']);
    expect((await corp.state()).notes).toHaveLength(6);
  });

  it('racing requests: none renews a token that still opens nothing; at the session end one refresh and one login', async () => {
    // 1 minute left on the access token, the REST session alive: nothing to renew.
    await passes(9 * MINUTE);
    expect((await racing('s-race-1')).map((answer) => answer.body.successful)).toEqual([true, true, true]);
    expect(await grants()).toEqual(['authorization_code', 'login']);

    await passes(3 * MINUTE);
    await corp.expireSessions();
    await corp.clearRequests();
    expect((await racing('s-race-2')).map((answer) => answer.body.successful)).toEqual([true, true, true]);
    expect((await grants()).slice(2)).toEqual(['refresh_token', 'login']);
    expect(await loginRequests()).toBe(1);
    expect((await corp.state()).notes.map((note) => note.externalID)).toEqual(['s-race-1', 's-race-2']);
  });

  it('racing requests whose token Bullhorn refuses before its time: one refused login, one refresh, one login', async () => {
    await corp.expireSessions();
    await corp.expireAccessTokens();
    await corp.clearRequests();
    expect((await racing('s-refused')).map((answer) => answer.body.successful)).toEqual([true, true, true]);
    expect((await grants()).slice(2)).toEqual(['login refused', 'refresh_token', 'login']);
    expect(await loginRequests()).toBe(2);
  });

  it('a REST login refused because the grant was revoked signs out and pauses the outbox, with one refused login', async () => {
    const { user } = (await getConnection('bullhorn'))!;
    await passes(5 * MINUTE);
    await corp.revokeGrant();
    const [a, b] = await Promise.all([logCall('s-revoked-a'), logCall('s-revoked-b')]);
    for (const answer of [a, b]) {
      expect(answer.status).toBe(401);
      expect(answer.body).toMatchObject({
        errorCode: 'CRM_SESSION_REVOKED',
        returnMessage: { message: 'User session expired. Please connect again.' },
      });
    }
    expect((await grants()).slice(2)).toEqual(['login refused', 'refresh_token refused']);
    expect(await getConnection('bullhorn')).toBeUndefined();
    const waiting = (await allOutboxItems()).map((item) => [item.userId, item.sessionId, item.state]).sort();
    expect(waiting).toEqual([
      [user.id, 's-revoked-a', 'paused'],
      [user.id, 's-revoked-b', 'paused'],
    ]);
    expect((await corp.state()).notes).toEqual([]);
  });
});
