/**
 * NetSuite's exactly-once guarantee (docs/netsuite.md, "Exactly once"): the session is the phone
 * call's external id, so a create whose answer was lost is found by `eid:` (never a look-alike),
 * and a repeated create is refused by NetSuite and adopted; and what each operation costs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { reliabilitySetting } from '../../../src/logging/outbox/retry-policy';
import { api } from '../../support/api';
import { requestCounter } from '../../support/request-budget';
import { callWithSession } from '../../support/call-fixtures';
import { connectNetsuite } from './connect-netsuite';

const logCall = (sessionId: string, additionalSubmission: Record<string, unknown> = {}) =>
  api({
    method: 'POST',
    path: '/callLog',
    body: {
      logInfo: callWithSession(2, sessionId),
      contactId: '812',
      contactName: 'Grace Lin',
      contactType: 'contact',
      note: 'Sent revised quote',
      additionalSubmission,
    },
  });

describe('NetSuite lost answers', () => {
  afterEach(() => reliabilitySetting.remove());

  it('finds its own phone call by external id after a lost answer, not a look-alike', async () => {
    const account = await connectNetsuite();
    await reliabilitySetting.set({ settleDelayMs: 0 });
    await account.inject({ match: 'POST /services/rest/record/v1/phonecall', drop: 'after' });
    expect((await logCall('ns-lost')).body).toMatchObject({ successful: false, queued: true });
    const own = (await account.state()).phonecalls[0]!;
    expect(own.externalId).toBe('rc-call-ns-lost');
    const lookAlike = { ...own, id: String(Number(own.id) + 100), externalId: 'rc-call-other-session' };
    await account.patch({ phonecalls: [lookAlike, own] });

    const again = await logCall('ns-lost');
    expect(again.body).toMatchObject({ successful: true, logId: own.id });
    expect(await account.requestLines()).toContain('GET /services/rest/record/v1/phonecall/eid:rc-call-ns-lost');
    expect((await account.state()).phonecalls).toHaveLength(2);
  });

  it('adopts the phone call NetSuite refuses to create twice (same external id)', async () => {
    const account = await connectNetsuite();
    const existing = {
      id: '7001',
      externalId: 'rc-call-ns-dup',
      title: 'Outbound Call to Grace Lin',
      message: '',
      status: 'COMPLETE',
      priority: 'MEDIUM',
      startDate: '2025-03-03',
      startTime: '16:20',
      endTime: '16:31',
      contact: '812',
    };
    await account.patch({ phonecalls: [existing] });
    expect((await logCall('ns-dup')).body).toMatchObject({ successful: true, logId: '7001' });
    expect((await account.state()).phonecalls).toHaveLength(1);
  });

  it('writes times in the user zone and refuses nothing the spec sends', async () => {
    const account = await connectNetsuite();
    const { body } = await logCall('ns-times', { opportunity: '4410' });
    expect(body.successful).toBe(true);
    const [call] = (await account.state()).phonecalls;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const at = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
    const start = Date.parse('2025-03-03T16:20:47Z');
    expect(call).toMatchObject({
      status: 'COMPLETE',
      priority: 'MEDIUM',
      contact: '812',
      company: '77',
      transaction: '4410',
      startTime: at(start),
      endTime: at(start + 611_000),
    });
  });
});

describe('NetSuite request budget', () => {
  it('logs a just-matched contact with one request', async () => {
    const account = await connectNetsuite();
    const { count, forgetCaches, details } = requestCounter(account);
    const budget = {
      createCallLogCold: await count(() => logCall('ns-cold')),
      findContact: await count(() => api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550123' } })),
      createCallLogWarm: await count(() => logCall('ns-budget')),
      getCallLog: await count(async () => (await forgetCaches(), details('ns-budget'))),
      updateCallLog: await count(() => api({ method: 'PATCH', path: '/callLog', body: { sessionId: 'ns-budget', note: 'n' } })),
      disposition: await count(() =>
        api({ method: 'PUT', path: '/callDisposition', body: { sessionId: 'ns-budget', dispositions: { salesorder: '4411' } } }),
      ),
    };
    // docs/benchmarks.md, "NetSuite": 3 entity queries + 1 transaction query per match with a company.
    expect(budget).toEqual({ createCallLogCold: 2, findContact: 4, createCallLogWarm: 1, getCallLog: 1, updateCallLog: 2, disposition: 1 });
  });
});
