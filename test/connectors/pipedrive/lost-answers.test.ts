/**
 * Lost answers on Pipedrive as the side panel causes them (docs/pipedrive.md, "Finding a lost
 * create"): default subjects, several calls with one person in one minute, calls without a start
 * time, a computer whose clock is off. Each session ends with exactly its own activity.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reliabilitySetting } from '../../../src/logging/outbox/retry-policy';
import { api } from '../../support/api';
import { elenaCall } from '../../support/call-fixtures';
import { connectPipedrive } from './connect-pipedrive';

type Company = Awaited<ReturnType<typeof connectPipedrive>>;

/** What the side panel sends: no custom subject, so Pipedrive gets "Outbound Call to Elena Ruiz". */
const logCall = (sessionId: string, logInfo: Record<string, unknown> = elenaCall(sessionId)) =>
  api({ method: 'POST', path: '/callLog', body: { logInfo, contactId: 731, contactName: 'Elena Ruiz', note: 'n' } });

/** The activity whose note names `sessionId`, from Pipedrive's side. */
async function activitiesOf(company: Company, sessionId: string) {
  const { activities } = await company.state();
  return activities.filter((a) => (a.note ?? '').includes(`<li><b>Session Id</b>: ${sessionId}</li>`));
}

const logIdOf = async (sessionId: string) => (await api({ method: 'GET', path: '/callLog', query: { sessionIds: sessionId } })).body.logs[0].logId;

afterEach(async () => {
  vi.useRealTimers();
  await reliabilitySetting.remove();
});

describe('Pipedrive lost answers', () => {
  it('finds the activity of a call without a start time, a few minutes later', async () => {
    const company = await connectPipedrive();
    await reliabilitySetting.set({ settleDelayMs: 0 });
    const { startTime: _none, ...call } = elenaCall('no-start');
    await company.inject({ method: 'POST', path: '/api/v2/activities', drop: 'after' });
    expect((await logCall('no-start', call)).body.queued).toBe(true);
    // The lookup runs minutes after the create: a due time recomputed from "now" would differ.
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(Date.now() + 3 * 60_000);
    expect((await logCall('no-start', call)).body.successful).toBe(true);
    expect((await company.state()).activities).toHaveLength(1);
  });

  it('gives each of two look-alike calls (same person, same minute, default subject) its own activity', async () => {
    const company = await connectPipedrive();
    await reliabilitySetting.set({ settleDelayMs: 0 });
    await company.inject({ method: 'POST', path: '/api/v2/activities', drop: 'after', times: 2 });
    expect((await logCall('twin-1')).body.queued).toBe(true);
    expect((await logCall('twin-2')).body.queued).toBe(true);
    expect((await company.state()).activities.map((a) => a.subject)).toEqual(['Outbound Call to Elena Ruiz', 'Outbound Call to Elena Ruiz']);
    await logCall('twin-1');
    await logCall('twin-2');
    for (const session of ['twin-1', 'twin-2']) {
      const [own, ...more] = await activitiesOf(company, session);
      expect(more).toEqual([]);
      expect(await logIdOf(session)).toBe(String(own!.id));
    }
    expect((await company.state()).activities).toHaveLength(2);
  });

  it('does not take a look-alike for a create that never reached Pipedrive', async () => {
    const company = await connectPipedrive();
    await reliabilitySetting.set({ settleDelayMs: 0 });
    const first = await logCall('alike-1');
    await company.inject({ method: 'POST', path: '/api/v2/activities', drop: 'after' });
    await logCall('alike-2'); // Pipedrive made it; the answer was lost
    await company.inject({ method: 'POST', path: '/api/v2/activities', drop: 'before' });
    await logCall('alike-3'); // never made
    await logCall('alike-3');
    await logCall('alike-2');
    expect(await logIdOf('alike-1')).toBe(first.body.logId);
    for (const session of ['alike-1', 'alike-2', 'alike-3']) {
      const own = await activitiesOf(company, session);
      expect(own).toHaveLength(1);
      expect(await logIdOf(session)).toBe(String(own[0]!.id));
    }
  });

  it("uses Pipedrive's clock for the lookup window: a computer 15 minutes fast still finds the activity", async () => {
    const company = await connectPipedrive();
    await reliabilitySetting.set({ settleDelayMs: 0 });
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(Date.now() + 15 * 60_000);
    await company.inject({ method: 'POST', path: '/api/v2/activities', drop: 'after' });
    expect((await logCall('fast-clock')).body.queued).toBe(true);
    expect((await logCall('fast-clock')).body.successful).toBe(true);
    expect((await company.state()).activities).toHaveLength(1);
  });
});
