/**
 * 1. Log latency: calls logged one after another into the fake Pipedrive, whose every answer
 * comes `latencyMs` late, four ways in the same run: the floor (the one POST /api/v2/activities
 * a warm log costs, sent straight from the page), the local backend (contact matched, caches
 * warm), the remote backend through the fake App Connect server (which calls the same company,
 * with the same latency), and the same server placed `latencyMs` away from the browser. The
 * modes take turns in blocks, in a rotating order, so a noisy moment of the machine hits them all.
 */
import type { LaunchedExtension } from '../scripts/launch-extension';
import { fakeAppConnect } from '../test/fake-servers/app-connect/control';
import { createFakeCompany, type FakeCompanyHandle } from '../test/fake-servers/pipedrive/control-client';
import { connectPipedrive, expectOk, useLocalBackend, useRemoteBackend } from './support/bench-session';
import { findElena, logElenaCall } from './support/calls';
import { timedApiCalls, timedFetches, type DirectRequest } from './support/page-timing';
import { acrossRuns, percentile, type Spread } from './support/stats';

export const MODES = ['floor', 'local', 'remote', 'remoteFar'] as const;
export type Mode = (typeof MODES)[number];

export interface LatencyOptions {
  calls: number;
  runs: number;
  latencyMs: number;
  blockSize: number;
  pipedriveUrl: string;
  appConnectUrl: string;
}

/** The figures of one run (numbers) or of all runs (their spread). */
interface LatencyFigures<T> {
  p50: Record<Mode, T>;
  p95: Record<Mode, T>;
  /** CRM requests the fake Pipedrive received per logged call. */
  requestsPerCall: Record<Mode, T>;
  localOverheadP50Ms: T;
  localOverFloor: T;
  remoteOverLocal: T;
  remoteFarOverLocal: T;
}

export type LatencyRun = LatencyFigures<number>;

export interface LatencyResult extends LatencyFigures<Spread> {
  options: Omit<LatencyOptions, 'pipedriveUrl' | 'appConnectUrl'>;
  runs: LatencyRun[];
}

export async function measureLogLatency(extension: LaunchedExtension, options: LatencyOptions): Promise<LatencyResult> {
  // A limit no sequential client reaches: this section measures latency, the bulk one the limit.
  const company = await createFakeCompany(options.pipedriveUrl, { rateLimit: 1_000_000, searchRateLimit: 1_000_000, latencyMs: options.latencyMs });
  const server = fakeAppConnect(options.appConnectUrl);
  await server.reset();
  await server.setControls({ pipedriveUrl: options.pipedriveUrl });
  await useRemoteBackend(extension, options.appConnectUrl);
  await connectPipedrive(extension, company, { local: false });
  await useLocalBackend(extension);
  await connectPipedrive(extension, company, { local: true });
  await expectOk(extension, findElena);

  const floor = await floorRequest(extension, company);
  let current: Mode | undefined;
  const use = async (mode: Mode) => {
    if (mode === current) return;
    if (mode === 'local') await useLocalBackend(extension);
    if (mode === 'remote' || mode === 'remoteFar') {
      await useRemoteBackend(extension, options.appConnectUrl);
      await server.setControls({ answerDelayMs: mode === 'remoteFar' ? options.latencyMs : 0 });
    }
    current = mode;
  };
  const block = async (mode: Mode, ids: string[]): Promise<number[]> => {
    await use(mode);
    if (mode === 'floor') {
      const timings = await timedFetches(extension.page, floor, ids.length);
      const failed = timings.find((t) => t.status !== 200);
      if (failed) throw new Error(`The floor's POST answered ${failed.status}`);
      return timings.map((t) => t.ms);
    }
    const answers = await timedApiCalls(
      extension.page,
      ids.map((id) => logElenaCall(id)),
    );
    const failed = answers.find((a) => !a.successful);
    if (failed) throw new Error(`A ${mode} log failed: ${failed.status} ${failed.message}`);
    return answers.map((a) => a.ms);
  };

  // Warm-up: JIT, connections, the server's cached activity types; not counted.
  for (const mode of MODES) await block(mode, ids(`warm-${mode}`, 10));

  const runs: LatencyRun[] = [];
  for (let run = 0; run < options.runs; run++) {
    const samples = Object.fromEntries(MODES.map((m) => [m, [] as number[]])) as Record<Mode, number[]>;
    const requests = Object.fromEntries(MODES.map((m) => [m, 0])) as Record<Mode, number>;
    for (let b = 0; b * options.blockSize < options.calls; b++) {
      const size = Math.min(options.blockSize, options.calls - b * options.blockSize);
      for (const mode of rotate(MODES, b + run)) {
        await company.clearRequests();
        samples[mode].push(...(await block(mode, ids(`${mode}-r${run}-b${b}`, size))));
        requests[mode] += (await company.requests()).length;
      }
    }
    runs.push(runFigures(samples, requests, options.calls));
  }
  return summarize(options, runs);
}

/** The exact POST a warm local log sent, to be sent again as the floor. */
async function floorRequest(extension: LaunchedExtension, company: FakeCompanyHandle): Promise<DirectRequest> {
  await company.clearRequests();
  await expectOk(extension, logElenaCall('floor-template'));
  const sent = (await company.requests()).filter((r) => r.method === 'POST' && r.path === '/api/v2/activities');
  if (sent.length !== 1) throw new Error(`A warm local log sent ${sent.length} POSTs, not one`);
  return {
    url: `${company.url}/api/v2/activities`,
    method: 'POST',
    headers: { 'x-api-token': company.apiToken, 'content-type': 'application/json' },
    body: sent[0]!.body,
  };
}

function runFigures(samples: Record<Mode, number[]>, requests: Record<Mode, number>, calls: number): LatencyRun {
  const p50 = perMode((m) => percentile(samples[m], 50));
  const p95 = perMode((m) => percentile(samples[m], 95));
  return {
    p50,
    p95,
    requestsPerCall: perMode((m) => requests[m] / calls),
    localOverheadP50Ms: p50.local - p50.floor,
    localOverFloor: p50.local / p50.floor,
    remoteOverLocal: p50.remote / p50.local,
    remoteFarOverLocal: p50.remoteFar / p50.local,
  };
}

function summarize(options: LatencyOptions, runs: LatencyRun[]): LatencyResult {
  const { pipedriveUrl: _p, appConnectUrl: _a, ...kept } = options;
  return {
    options: kept,
    runs,
    p50: perMode((m) => acrossRuns(runs, (r) => r.p50[m])),
    p95: perMode((m) => acrossRuns(runs, (r) => r.p95[m])),
    requestsPerCall: perMode((m) => acrossRuns(runs, (r) => r.requestsPerCall[m])),
    localOverheadP50Ms: acrossRuns(runs, (r) => r.localOverheadP50Ms),
    localOverFloor: acrossRuns(runs, (r) => r.localOverFloor),
    remoteOverLocal: acrossRuns(runs, (r) => r.remoteOverLocal),
    remoteFarOverLocal: acrossRuns(runs, (r) => r.remoteFarOverLocal),
  };
}

function perMode<T>(figure: (mode: Mode) => T): Record<Mode, T> {
  return Object.fromEntries(MODES.map((m) => [m, figure(m)])) as Record<Mode, T>;
}

function rotate<T>(items: readonly T[], by: number): T[] {
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

function ids(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
}
