/**
 * Exactly once under faults, in the real built extension against the fake Pipedrive server:
 * 200 calls per fault — 429s with Retry-After, bursts of 500s, dropped connections, answers slower
 * than the timeout, the worker stopped through CDP in the middle of creates (before the CRM
 * answers and after it did the work), and a browser restart with the outbox full. After each,
 * the activities on the fake server are counted: every call logged, none twice.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import type { Fault } from '../fake-servers/pipedrive/company';
import { createFakeCompany, releaseHeld, type FakeCompanyHandle } from '../fake-servers/pipedrive/control-client';
import { elenaCall } from '../support/call-fixtures';

const CALLS = 200;
const pipedriveUrl = inject('pipedriveUrl');
const results: Record<string, { logged: number; duplicated: number; lost: number }> = {};
let extension: LaunchedExtension;
let profile: string;

function call(sessionId: string) {
  return {
    logInfo: { ...elenaCall(sessionId), customSubject: `Fault test ${sessionId}` },
    contactId: 731,
    contactName: 'Elena Ruiz',
    note: 'Logged under a fault.',
    additionalSubmission: { deals: 1204 },
  };
}

let nextUserId = 20_000;

/**
 * A fresh company with its own user (as in Pipedrive: users of two companies are two users, and
 * their CRM ids are not each other's), connected, its contact matched so each log is one request;
 * lost answers are checked after 1.5 s instead of a minute.
 */
async function connectCompany(): Promise<FakeCompanyHandle> {
  const company = await createFakeCompany(pipedriveUrl, { rateLimit: 80, userId: nextUserId++ });
  const login = await extension.api({
    method: 'POST',
    path: '/apiKeyLogin',
    body: { platform: 'pipedrive', apiKey: company.apiToken, hostname: pipedriveUrl },
  });
  expect(login.body.successful).toBe(true);
  await extension.page.evaluate(() => chrome.storage.local.set({ reliability: { settleDelayMs: 1500 } }));
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

/** Waits until the ledger says every session is logged (the outbox works in the background). */
async function untilAllLogged(ids: string[], timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await extension.api({ method: 'GET', path: '/callLog', query: { sessionIds: ids.join(',') } });
    if (body.logs.every((log: { matched: boolean }) => log.matched)) return;
    if (Date.now() > deadline) throw new Error(`not logged in time: ${body.logs.filter((l: { matched: boolean }) => !l.matched).length}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Counts, on the CRM's side, how many activities each call got. */
async function countOnCrm(name: string, company: FakeCompanyHandle, ids: string[]) {
  const { activities } = await company.state();
  const perCall = new Map(ids.map((id) => [`Fault test ${id}`, 0]));
  for (const activity of activities) {
    if (perCall.has(activity.subject)) perCall.set(activity.subject, perCall.get(activity.subject)! + 1);
  }
  const counts = [...perCall.values()];
  results[name] = {
    logged: counts.filter((n) => n >= 1).length,
    duplicated: counts.reduce((sum, n) => sum + Math.max(0, n - 1), 0),
    lost: counts.filter((n) => n === 0).length,
  };
  return results[name];
}

const sessions = (prefix: string) => Array.from({ length: CALLS }, (_, i) => `${prefix}-${i}`);

/** What the CRM saw: the statuses of the creates, and how many lookups for lost answers. */
async function seen(company: FakeCompanyHandle) {
  const requests = await company.requests();
  const creates = requests.filter((r) => r.method === 'POST' && r.path === '/api/v2/activities').map((r) => r.status);
  const lookups = requests.filter((r) => r.method === 'GET' && r.path === '/api/v2/activities').length;
  const count = (status: number) => creates.filter((s) => s === status).length;
  return { count, lookups, cut: creates.filter((s) => s < -1).length };
}

/** 200 calls under `faults` on the activity POST, then the count and what the CRM saw. */
async function underFaults(name: string, faults: Fault[]) {
  const company = await connectCompany();
  await company.inject(...faults.map((fault) => ({ method: 'POST', path: '/api/v2/activities', ...fault })));
  const ids = sessions(name);
  await logAll(ids);
  await untilAllLogged(ids);
  return { counted: await countOnCrm(name, company, ids), seen: await seen(company) };
}

const exactlyOnce = { logged: CALLS, duplicated: 0, lost: 0 };

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

describe(`${CALLS} calls under each fault: every call logged, none twice`, () => {
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
    await untilAllLogged(ids);
    expect(await countOnCrm('stopped-before', company, ids)).toEqual(exactlyOnce);
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
    await untilAllLogged(ids);
    expect(await countOnCrm('stopped-after', company, ids)).toEqual(exactlyOnce);
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
    await untilAllLogged(ids);
    expect(await countOnCrm('restart', company, ids)).toEqual(exactlyOnce);
  });
});
