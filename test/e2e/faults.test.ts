/**
 * Exactly once under faults, in the real built extension against the fake Pipedrive server.
 * Every fault gets 200 calls sent as the side panel sends them: the default subject ("Outbound
 * Call to Elena Ruiz"), all with the same person in the same minute, one in ten without a start
 * time. Faults: 429s with Retry-After, bursts of 500s, dropped connections, answers slower than
 * the timeout, a CRM that does the work only after the client gave up (before and after the
 * settle delay), work done then the connection closed without a byte, the worker stopped in the
 * middle of creates, a browser restart with the outbox full, and the browser killed (SIGKILL)
 * with creates in flight. Then each session is counted on the fake (support/fault-count.ts):
 * exactly one activity, the one its ledger entry points at.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import type { Fault } from '../fake-servers/pipedrive/company';
import { createFakeCompany, releaseHeld, type FakeCompanyHandle } from '../fake-servers/pipedrive/control-client';
import { elenaCall } from '../support/call-fixtures';
import { countPerSession, untilSettled, type FaultCount } from './support/fault-count';

const CALLS = 200;
const pipedriveUrl = inject('pipedriveUrl');
const results: Record<string, FaultCount> = {};
let extension: LaunchedExtension;
let profile: string;

/** What the side panel sends: no custom subject; one start time for all; every tenth call without one. */
function call(sessionId: string, index: number) {
  const { startTime, ...withoutStart } = elenaCall(sessionId);
  return {
    logInfo: index % 10 === 9 ? withoutStart : { ...withoutStart, startTime },
    contactId: 731,
    contactName: 'Elena Ruiz',
    note: 'Logged under a fault.',
    additionalSubmission: { deals: 1204 },
  };
}

let nextUserId = 20_000;

/**
 * A fresh company with its own user, connected, its contact matched so each log is one request;
 * lost answers are checked after `settleDelayMs` (1.5 s) instead of a minute.
 */
async function connectCompany(settleDelayMs = 1500): Promise<FakeCompanyHandle> {
  const company = await createFakeCompany(pipedriveUrl, { rateLimit: 80, userId: nextUserId++ });
  const login = await extension.api({
    method: 'POST',
    path: '/apiKeyLogin',
    body: { platform: 'pipedrive', apiKey: company.apiToken, hostname: pipedriveUrl },
  });
  expect(login.body.successful).toBe(true);
  await extension.page.evaluate((delay) => chrome.storage.local.set({ reliability: { settleDelayMs: delay } }), settleDelayMs);
  expect((await extension.api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550123' } })).body.successful).toBe(true);
  return company;
}

/** Sends every POST at once, as a busy side panel and an auto-logger would; a failed send counts as not sent. */
async function logAll(ids: string[]): Promise<unknown[]> {
  return extension.page.evaluate(
    (bodies) =>
      Promise.all(
        bodies.map((body) =>
          chrome.runtime
            .sendMessage({ type: 'api', method: 'POST', path: '/callLog', body })
            .catch((failure: Error) => ({ sendFailed: failure.message })),
        ),
      ),
    ids.map(call),
  );
}

async function counted(name: string, company: FakeCompanyHandle, ids: string[]): Promise<FaultCount> {
  await untilSettled(extension, ids);
  results[name] = await countPerSession(extension, company, ids);
  return results[name];
}

const sessions = (prefix: string) => Array.from({ length: CALLS }, (_, i) => `${prefix}-${i}`);

/** What the CRM saw: the statuses of the creates, and how many lookups for lost answers. */
async function seen(company: FakeCompanyHandle) {
  const requests = await company.requests();
  const creates = requests.filter((r) => r.method === 'POST' && r.path === '/api/v2/activities').map((r) => r.status);
  const lookups = requests.filter((r) => r.method === 'GET' && r.path === '/api/v2/activities').length;
  const count = (status: number) => creates.filter((s) => s === status).length;
  return { count, lookups, cut: creates.filter((s) => s < -2).length };
}

/** 200 calls under `faults` on the activity POST, then the count and what the CRM saw. */
async function underFaults(name: string, faults: Fault[], settleDelayMs?: number) {
  const company = await connectCompany(settleDelayMs);
  await company.inject(...faults.map((fault) => ({ method: 'POST', path: '/api/v2/activities', ...fault })));
  const ids = sessions(name);
  await logAll(ids);
  return { counted: await counted(name, company, ids), seen: await seen(company), company, ids };
}

const exactlyOnce: FaultCount = { logged: CALLS, duplicated: 0, lost: 0, wrongRecord: 0, needsReview: 0 };

beforeAll(async () => {
  profile = await mkdtemp(join(tmpdir(), 'crm-call-logger-faults-'));
  extension = await launchExtension({ userDataDir: profile });
});

afterAll(async () => {
  await extension?.close();
  await rm(profile, { recursive: true, force: true });
  console.log(`\nExactly once under faults (${CALLS} calls each):`);
  console.table(results);
});

describe(`${CALLS} calls under each fault: every call logged once, to its own activity`, () => {
  it('429 with Retry-After', async () => {
    const { counted, seen } = await underFaults('rate-limited', [{ status: 429, headers: { 'retry-after': '1' }, times: 60 }]);
    expect(counted).toEqual(exactlyOnce);
    expect(seen.count(429)).toBe(60);
  });

  it('bursts of 500s', async () => {
    const { counted, seen } = await underFaults('server-errors', [
      { status: 500, times: 40 },
      { status: 503, times: 20 },
    ]);
    expect(counted).toEqual(exactlyOnce);
    expect([seen.count(500), seen.count(503)]).toEqual([40, 20]);
    expect(seen.lookups).toBeGreaterThanOrEqual(60); // a create that got a 5xx is looked up before it is sent again
  });

  it('dropped connections, before and after the CRM did the work', async () => {
    const { counted, seen } = await underFaults('dropped', [
      { drop: 'before', times: 30 },
      { drop: 'after', times: 30 },
    ]);
    expect(counted).toEqual(exactlyOnce);
    expect([seen.count(-1), seen.cut]).toEqual([30, 30]);
  });

  it('answers slower than the timeout (the CRM still creates the record)', async () => {
    const { counted, seen } = await underFaults('slow', [{ delayMs: 11_000, times: 20 }]);
    expect(counted).toEqual(exactlyOnce);
    expect(seen.lookups).toBeGreaterThanOrEqual(20);
  });

  it('the CRM does the work only after the client gave up, within the settle delay', async () => {
    // The client gives up after 10 s; the work lands 11 s after arrival; the lookup waits 15 s more.
    const { counted, seen } = await underFaults('late-within-settle', [{ workAfterMs: 11_000, times: 12 }], 15_000);
    expect(counted).toEqual(exactlyOnce);
    expect(seen.lookups).toBeGreaterThanOrEqual(12);
  });

  it('the CRM does the work only after the settle delay: the known limit, counted, never a wrong record', async () => {
    const { counted, company, ids } = await underFaults('late-after-settle', [{ workAfterMs: 25_000, times: 12 }]);
    // The late work lands after the lookup found nothing and the create was sent again.
    await expect.poll(async () => (await company.state()).activities.length, { timeout: 40_000, interval: 1000 }).toBeGreaterThanOrEqual(CALLS + 12);
    results['late-after-settle'] = await countPerSession(extension, company, ids);
    expect(results['late-after-settle']).toMatchObject({ logged: CALLS, lost: 0, wrongRecord: 0, needsReview: 0 });
    expect(results['late-after-settle']!.duplicated).toBeLessThanOrEqual(12);
    expect(counted.lost).toBe(0);
  });

  it('work done, then the connection closed without a byte of answer', async () => {
    const { counted, seen } = await underFaults('closed-after-work', [{ drop: 'afterWork', times: 30 }]);
    expect(seen.count(-2)).toBe(30);
    expect(counted).toMatchObject({ lost: 0, wrongRecord: 0, needsReview: 0, logged: CALLS });
    // Chromium itself may send the request once more on a reused connection that closed without a byte.
    results['closed-after-work'] = counted;
  });

  it('the worker stopped while creates wait for the CRM, which then does the work', async () => {
    const company = await connectCompany();
    // Chromium keeps at most 6 connections to one host: 6 creates can be waiting at the CRM at once.
    await company.inject({ method: 'POST', path: '/api/v2/activities', hold: 'stop-before', times: 6 });
    const ids = sessions('stopped-before');
    const sending = logAll(ids);
    await expect
      .poll(async () => (await company.requests()).filter((r) => r.method === 'POST').length, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(6);
    await extension.stopServiceWorker();
    await releaseHeld(pipedriveUrl, 'stop-before'); // Pipedrive creates them; nobody hears the answers
    await sending;
    // The side panel sends what did not get through once more; the worker wakes up and recovers.
    await logAll(ids);
    expect(await counted('stopped-before', company, ids)).toEqual(exactlyOnce);
    expect((await seen(company)).lookups).toBeGreaterThanOrEqual(6);
  });

  it('the worker stopped after the CRM did the work, before its answer arrived', async () => {
    const company = await connectCompany();
    await company.inject({ method: 'POST', path: '/api/v2/activities', delayMs: 3_000, times: 40 });
    const ids = sessions('stopped-after');
    const sending = logAll(ids);
    await expect.poll(async () => (await company.state()).activities.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(20);
    await extension.stopServiceWorker();
    await sending;
    await logAll(ids);
    expect(await counted('stopped-after', company, ids)).toEqual(exactlyOnce);
    expect((await seen(company)).lookups).toBeGreaterThanOrEqual(1);
  });

  it('a browser restart with the outbox full', async () => {
    const company = await connectCompany();
    await company.inject({ method: 'POST', path: '/api/v2/activities', status: 503, times: 10_000 });
    const ids = sessions('restart');
    const answers = (await logAll(ids)) as { body?: { queued?: boolean } }[];
    expect(answers.filter((answer) => answer.body?.queued)).toHaveLength(CALLS);
    await extension.close();
    await company.clearFaults();

    extension = await launchExtension({ userDataDir: profile });
    // Nothing is sent again by hand: the outbox runs when the worker starts.
    expect(await counted('restart', company, ids)).toEqual(exactlyOnce);
  });

  it('the browser killed (SIGKILL) with creates in flight, restarted on the same profile', async () => {
    const company = await connectCompany();
    await company.inject({ method: 'POST', path: '/api/v2/activities', hold: 'killed', times: 6 });
    const ids = sessions('killed');
    void logAll(ids).catch(() => undefined); // the page dies with the browser
    await expect
      .poll(async () => (await company.requests()).filter((r) => r.method === 'POST').length, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(6);
    await extension.kill();
    await releaseHeld(pipedriveUrl, 'killed'); // Pipedrive creates them after the browser died

    extension = await launchExtension({ userDataDir: profile });
    // The side panel sends every call once more; the worker's start recovers what was in flight.
    await logAll(ids);
    expect(await counted('killed', company, ids)).toEqual(exactlyOnce);
  });
});
