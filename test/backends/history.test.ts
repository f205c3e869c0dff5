/**
 * GET /logHistory for a known set of logs in the ledger of the Example CRM's user: export rows for
 * a date range with the number from the call list and the link to the CRM record; and the
 * statistics page's figures computed from its rows and GET /calls (per day and per outcome, the
 * call's result; the unlogged and failed counts).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { openCrmSession } from '../../src/backends/local/local-session';
import { localDay as dayOf } from '../../src/protocol/conversations';
import { lastDays, statsFigures } from '../../src/ui/stats/stats-figures';
import type { CallLogRecord } from '../../src/storage/call-log-record';
import { claimSession } from '../../src/storage/call-log-store';
import { api } from '../support/api';
import { resetExtension } from '../support/reset';

const DAY = 24 * 3600_000;

async function seed(): Promise<void> {
  const session = (await openCrmSession())!;
  const { platform, id: userId } = session.user;
  const now = Date.now();
  const record = (sessionId: string, state: CallLogRecord['state'], createdAt: number, contactName: string): CallLogRecord => ({
    platform,
    userId,
    sessionId,
    state,
    contactId: 'c-1',
    contactName,
    subject: `Call ${sessionId}`,
    createdAt,
    updatedAt: createdAt,
    ...(state === 'logged' ? { logId: `log-${sessionId}` } : {}),
  });
  // The call list (sample calls) has sample-1 (Accepted) and sample-2 (Call connected); sample-3… are not logged.
  await claimSession(record('sample-1', 'logged', now, 'Dana Whitfield'));
  await claimSession(record('sample-2', 'logged', now - 2 * DAY, '=HYPERLINK("http://evil")'));
  await claimSession(record('sample-3', 'needsReview', now, 'Someone'));
  await claimSession(record('old-call', 'logged', now - 40 * DAY, 'Long Ago'));
}

beforeEach(async () => {
  await resetExtension();
  await api({ method: 'GET', path: '/calls' });
  await seed();
});

describe('the statistics figures from GET /logHistory and GET /calls', () => {
  it('counts the last 30 days per day and per outcome, with the unlogged and failed ones', async () => {
    const days = lastDays(30);
    const { body: history } = await api({ method: 'GET', path: '/logHistory', query: { from: days[0]!, to: days.at(-1)! } });
    const { body: calls } = await api({ method: 'GET', path: '/calls' });
    const figures = statsFigures(days, history.rows, calls.calls);
    expect(figures.days).toHaveLength(30);
    expect(figures.days.at(-1)).toEqual({ day: dayOf(Date.now()), byOutcome: { Accepted: 1 } });
    expect(figures.days.at(-3)).toEqual({ day: dayOf(Date.now() - 2 * DAY), byOutcome: { 'Call connected': 1 } });
    expect(figures).toMatchObject({ logged: 2, failed: 1, unlogged: 4 }); // 7 sample calls, 3 in the ledger
    expect([...figures.outcomes].sort()).toEqual(['Accepted', 'Call connected']);
  });
});

describe('GET /logHistory', () => {
  it('answers the logs of a date range, oldest first, with number, contact, record link and state', async () => {
    const from = dayOf(Date.now() - 7 * DAY);
    const { body } = await api({ method: 'GET', path: '/logHistory', query: { from, to: dayOf(Date.now()) } });
    expect(body.rows.map((r: { sessionId: string }) => r.sessionId)).toEqual(['sample-2', 'sample-1', 'sample-3']);
    expect(body.rows[1]).toMatchObject({ number: '+14155550132', contactName: 'Dana Whitfield', state: 'logged' });
    expect(body.rows[1].recordUrl).toContain('log-sample-1');
    expect(body.rows[2]).toMatchObject({ state: 'needsReview', recordUrl: '' });
  });

  it('leaves out what lies outside the range, and refuses a date it cannot read', async () => {
    const old = dayOf(Date.now() - 40 * DAY);
    const { body } = await api({ method: 'GET', path: '/logHistory', query: { from: old, to: old } });
    expect(body.rows.map((r: { contactName: string }) => r.contactName)).toEqual(['Long Ago']);
    expect((await api({ method: 'GET', path: '/logHistory', query: { from: 'yesterday', to: old } })).status).toBe(400);
  });
});
