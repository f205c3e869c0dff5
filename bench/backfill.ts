/**
 * 6. Back-fill: `calls` calls made while the browser was away, listed by the fake RingCentral's
 * Call Log API, caught up by auto-log against a fake Pipedrive company limited to `limit` requests
 * per 2 s (with its latency). Time runs from turning auto-log on to the last create Pipedrive
 * accepted; the floor is what the limit allows for the requests made (creates plus the contact
 * lookup). Duplicates are counted on Pipedrive's side (each activity's body names its session),
 * losses against Pipedrive and the ledger. Then the worker's cost of one sync of those calls once
 * all are logged: GET /calls?refresh=true (the Call Log API read and stored) until its auto-log pass
 * is done, and the worker's heap after it.
 */
import type { LaunchedExtension } from '../scripts/launch-extension';
import { createFakeCompany } from '../test/fake-servers/pipedrive/control-client';
import { FAKE_CLIENT_ID } from '../test/fake-servers/ringcentral/server';
import { connectPipedrive, expectOk, sleep, useLocalBackend } from './support/bench-session';
import { ELENA, waitUntilLogged } from './support/calls';
import { acrossRuns, spread, type Spread } from './support/stats';
import { workerHeapAfterGc } from './support/worker-target';

export interface BackfillOptions {
  calls: number;
  limit: number;
  latencyMs: number;
  runs: number;
  capMs: number;
  pipedriveUrl: string;
  ringcentralUrl: string;
}

export interface BackfillRun {
  totalMs: number;
  floorMs: number;
  /** Requests per second achieved, as a share of what the limit allows. */
  shareOfLimit: number;
  requests: number;
  status429: number;
  duplicates: number;
  losses: number;
}

export interface BackfillResult {
  options: Omit<BackfillOptions, 'pipedriveUrl' | 'ringcentralUrl'>;
  runs: BackfillRun[];
  totalMs: Spread;
  floorMs: Spread;
  shareOfLimit: Spread;
  status429: Spread;
  duplicates: Spread;
  losses: Spread;
  /** One sync of `calls` already logged: the answer, and the answer plus its auto-log pass. */
  syncAnswerMs: Spread;
  syncWithPassMs: Spread;
  heapAfterSyncBytes: number;
  storedCallsBytes: number;
}

const WINDOW_MS = 2000;
const SYNC_REPEATS = 5;

export async function measureBackfill(extension: LaunchedExtension, options: BackfillOptions): Promise<BackfillResult> {
  await useLocalBackend(extension);
  // Each activity's body names its session, so duplicates can be counted on Pipedrive's side.
  await expectOk(extension, { method: 'PUT', path: '/settings/logBody', body: { addCallSessionId: true } });
  await signInToRingCentral(extension, options.ringcentralUrl);
  const runs: BackfillRun[] = [];
  for (let run = 0; run < options.runs; run++) runs.push(await backfillRun(extension, options, `backfill-r${run}`));
  const syncs = [];
  for (let i = 0; i < SYNC_REPEATS; i++) syncs.push(await timedSync(extension));
  const { pipedriveUrl: _p, ringcentralUrl: _r, ...kept } = options;
  return {
    options: kept,
    runs,
    totalMs: acrossRuns(runs, (r) => r.totalMs),
    floorMs: acrossRuns(runs, (r) => r.floorMs),
    shareOfLimit: acrossRuns(runs, (r) => r.shareOfLimit),
    status429: acrossRuns(runs, (r) => r.status429),
    duplicates: acrossRuns(runs, (r) => r.duplicates),
    losses: acrossRuns(runs, (r) => r.losses),
    syncAnswerMs: spread(syncs.map((s) => s.answerMs)),
    syncWithPassMs: spread(syncs.map((s) => s.passMs)),
    heapAfterSyncBytes: (await workerHeapAfterGc(extension)).usedBytes,
    storedCallsBytes: await extension.page.evaluate(async () => JSON.stringify(await chrome.storage.local.get('ringcentralCalls')).length),
  };
}

async function backfillRun(extension: LaunchedExtension, options: BackfillOptions, prefix: string): Promise<BackfillRun> {
  await expectOk(extension, { method: 'PUT', path: '/settings/autoLog', body: { enabled: false } });
  const ids = Array.from({ length: options.calls }, (_, i) => `${prefix}-${i}`);
  await fetch(`${options.ringcentralUrl}/_fake/calls`, { method: 'POST', body: JSON.stringify({ replace: ids.map(missedWhileAway) }) });
  await timedSync(extension); // the browser's start reads the call log (auto-log still off here)
  const company = await createFakeCompany(options.pipedriveUrl, { rateLimit: options.limit, latencyMs: options.latencyMs });
  await connectPipedrive(extension, company, { local: true });
  await sleep(WINDOW_MS + 100);
  await company.clearRequests();

  const started = Date.now();
  await expectOk(extension, { method: 'PUT', path: '/settings/autoLog', body: { enabled: true } });
  const logged = await waitUntilLogged(extension, ids, started, options.capMs);
  const requests = await company.requests();
  const accepted = requests.filter((r) => r.method === 'POST' && r.path === '/api/v2/activities' && r.status === 200);
  const totalMs = accepted.length ? Math.max(...accepted.map((r) => r.at)) - started : Number.NaN;
  const perSession = new Map<string, number>();
  for (const activity of (await company.state()).activities) {
    const session = new RegExp(`${prefix}-\\d+`).exec(activity.note ?? '')?.[0];
    if (session) perSession.set(session, (perSession.get(session) ?? 0) + 1);
  }
  const sent = requests.filter((r) => r.status !== 429).length;
  const floorMs = (sent / options.limit) * WINDOW_MS;
  return {
    totalMs,
    floorMs,
    shareOfLimit: floorMs / totalMs,
    requests: requests.length,
    status429: requests.filter((r) => r.status === 429).length,
    duplicates: [...perSession.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0),
    losses: ids.filter((id) => !perSession.has(id) || !logged.has(id)).length,
  };
}

/** A sync as the alarm makes it once the last read is old enough, timed from an extension page. */
function timedSync(extension: LaunchedExtension): Promise<{ answerMs: number; passMs: number }> {
  return extension.page.evaluate(async () => {
    const { ringcentralCalls } = await chrome.storage.local.get('ringcentralCalls');
    if (ringcentralCalls) await chrome.storage.local.set({ ringcentralCalls: { ...ringcentralCalls, syncedAt: 0 } });
    const start = performance.now();
    await chrome.runtime.sendMessage({ type: 'api', method: 'GET', path: '/calls', query: { refresh: 'true' } });
    const answerMs = performance.now() - start;
    // The pass GET /calls started holds these locks while it runs (src/logging/auto-log/start-auto-log.ts).
    await navigator.locks.request('auto-log-next', async () => undefined);
    await navigator.locks.request('auto-log', async () => undefined);
    return { answerMs, passMs: performance.now() - start };
  });
}

/** A call to Elena Ruiz made in the last days, as the Call Log API lists it. */
export function missedWhileAway(sessionId: string, i: number) {
  const startTime = new Date(Date.now() - (i + 1) * 5 * 60_000).toISOString();
  const outbound = i % 2 === 0;
  const me = { phoneNumber: '+16505550100', extensionNumber: '101' };
  const elena = { phoneNumber: ELENA.phoneNumber, name: 'Elena Ruiz' };
  return {
    id: `id-${sessionId}`,
    sessionId,
    startTime,
    duration: 60 + (i % 300),
    type: 'Voice',
    direction: outbound ? 'Outbound' : 'Inbound',
    action: outbound ? 'VoIP Call' : 'Phone Call',
    result: outbound ? 'Call connected' : 'Accepted',
    from: outbound ? me : elena,
    to: outbound ? elena : me,
  };
}

export async function signInToRingCentral(extension: LaunchedExtension, server: string): Promise<void> {
  await expectOk(extension, { method: 'PUT', path: '/phoneAccount', body: { source: 'ringcentral', serverUrl: server, clientId: FAKE_CLIENT_ID } });
  const { body } = await expectOk(extension, { method: 'POST', path: '/phoneAccount/signIn' });
  const { location } = await (await fetch(`${server}/_fake/approve${new URL(body.authorizeUrl).search}`)).json();
  await expectOk(extension, { method: 'POST', path: '/phoneAccount/signInCallback', body: { callbackUri: location } });
}
