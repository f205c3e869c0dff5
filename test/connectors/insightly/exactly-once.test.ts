/**
 * Insightly's exactly-once guarantee (docs/insightly.md, "Exactly once"): a create whose answer
 * was lost is found again by the Session Id item in its details, never a look-alike event with the
 * same contact, minute and default title; and what each operation costs, cold and warm.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { reliabilitySetting } from '../../../src/logging/outbox/retry-policy';
import { api } from '../../support/api';
import { requestCounter } from '../../support/request-budget';
import { callWithSession } from '../../support/call-fixtures';
import { connectInsightly } from './connect-insightly';

const logCall = (sessionId: string, additionalSubmission: Record<string, unknown> = {}) =>
  api({
    method: 'POST',
    path: '/callLog',
    body: { logInfo: callWithSession(2, sessionId), contactId: 101, contactName: 'Priya Shah', note: 'Asked about pricing', additionalSubmission },
  });

describe('Insightly lost answers', () => {
  afterEach(() => reliabilitySetting.remove());

  it('finds its own event after a lost answer, not a look-alike of another session', async () => {
    const account = await connectInsightly();
    await reliabilitySetting.set({ settleDelayMs: 0 });
    await account.inject({ match: 'POST /v3.1/Events', drop: 'after' });
    const first = await logCall('ins-lost');
    expect(first.body).toMatchObject({ successful: false, queued: true });
    const { events } = await account.state();
    const own = events[0]!;
    expect(own.DETAILS).toContain('- Session Id: ins-lost\n');
    // Someone logged the same call from elsewhere: same contact, minute and title, newer, another session.
    const lookAlike = { ...own, EVENT_ID: own.EVENT_ID + 100, DETAILS: own.DETAILS!.replace('ins-lost', 'other-session') };
    await account.patch({ events: [lookAlike, own] });

    const again = await logCall('ins-lost');
    expect(again.body).toMatchObject({ successful: true, logId: String(own.EVENT_ID) });
    const search = (await account.requests()).find((r) => r.path === '/v3.1/Events/Search')!;
    expect(search.query).toContain('field_name=TITLE');
    expect((await account.state()).events).toHaveLength(2);

    // An edit keeps the Session Id item, so a later lookup still finds the event.
    expect((await api({ method: 'PATCH', path: '/callLog', body: { sessionId: 'ins-lost', note: 'Sent the quote' } })).body.successful).toBe(true);
    const edited = (await account.state()).events.find((e) => e.EVENT_ID === own.EVENT_ID)!;
    expect(edited.DETAILS).toContain('Sent the quote');
    expect(edited.DETAILS).toContain('- Session Id: ins-lost\n');
  });
});

describe('Insightly request budget', () => {
  it('logs a just-matched contact with one request, links included', async () => {
    const account = await connectInsightly();
    const { count, forgetCaches, details } = requestCounter(account);
    const find = (phoneNumber: string) => api({ method: 'GET', path: '/contact', query: { phoneNumber } });
    const budget = {
      findContactCold: await count(() => find('+14155550123')),
      findContactWarm: await count(() => find('+14155550123')),
      findContactNationalFallback: await count(() => find('+14155550199')),
      createCallLog: await count(() => logCall('ins-budget', { organisation: 201, opportunity: 301 })),
      getCallLogWarm: await count(() => details('ins-budget')),
      getCallLogCold: await count(async () => (await forgetCaches(), details('ins-budget'))),
      updateCallLog: await count(() => api({ method: 'PATCH', path: '/callLog', body: { sessionId: 'ins-budget', note: 'n' } })),
      disposition: await count(() =>
        api({ method: 'PUT', path: '/callDisposition', body: { sessionId: 'ins-budget', dispositions: { opportunity: 302 } } }),
      ),
      createContact: await count(() =>
        api({ method: 'POST', path: '/contact', body: { phoneNumber: '+14155550188', newContactName: 'Dmitri Volkov', newContactType: 'contact' } }),
      ),
    };
    // docs/benchmarks.md, "Insightly": 4 searches per query value, link names cached for a day.
    expect(budget).toEqual({
      findContactCold: 6,
      findContactWarm: 4,
      findContactNationalFallback: 9,
      createCallLog: 1,
      getCallLogWarm: 1,
      getCallLogCold: 2,
      updateCallLog: 2,
      disposition: 3,
      createContact: 1,
    });
    const [event] = (await account.state()).events;
    expect(event!.LINKS.map((l) => `${l.LINK_OBJECT_NAME}:${l.LINK_OBJECT_ID}`)).toEqual(['Contact:101', 'Organisation:201', 'Opportunity:302']);
  });
});
