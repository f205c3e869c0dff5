/**
 * 3 and 5 (worker): a fresh install logs `logs` calls into the Example CRM through the message
 * API (no network, so this is the extension's own work), then: the worker's heap after those logs,
 * GET /callLog for growing numbers of those sessions, and the worker's cold start (stopped through
 * the DevTools protocol, then timed from the page until the first request is answered), on the
 * fresh install and again with the full ledger.
 */
import type { LaunchedExtension } from '../scripts/launch-extension';
import { connectExampleCrm, expectOk } from './support/bench-session';
import { logExampleCall, lookUp } from './support/calls';
import { timedApiCalls, timeOneCall } from './support/page-timing';
import { percentile, spread, type Spread } from './support/stats';
import { workerHeapAfterGc } from './support/worker-target';

export interface LedgerOptions {
  logs: number;
  lookupSizes: number[];
  lookupRepeats: number;
  coldStarts: number;
  heapSamples: number;
}

export interface LookupFigure {
  ids: number;
  ms: Spread;
  /** Median time per session id asked. */
  usPerId: number;
}

export interface LedgerResult {
  options: LedgerOptions;
  logging: { totalMs: number; perSecond: number; p50Ms: number; concurrency: number };
  heapBeforeBytes: Spread;
  heapAfterBytes: Spread;
  lookups: LookupFigure[];
  coldStartFreshMs: Spread;
  coldStartFullMs: Spread;
}

const CONCURRENCY = 8;
const CHUNK = 1000;

export async function measureLedgerAtScale(extension: LaunchedExtension, options: LedgerOptions): Promise<LedgerResult> {
  await connectExampleCrm(extension);
  const coldStartFreshMs = await coldStarts(extension, options.coldStarts);
  await expectOk(extension, { method: 'GET', path: '/backend' });
  const heapBeforeBytes = await heap(extension, options.heapSamples);

  const ids = Array.from({ length: options.logs }, (_, i) => `scale-${i}`);
  const started = Date.now();
  const timings: number[] = [];
  for (let from = 0; from < ids.length; from += CHUNK) {
    const answers = await timedApiCalls(extension.page, ids.slice(from, from + CHUNK).map(logExampleCall), CONCURRENCY);
    const failed = answers.find((a) => !a.successful);
    if (failed) throw new Error(`An Example CRM log failed: ${failed.status} ${failed.message}`);
    timings.push(...answers.map((a) => a.ms));
  }
  const totalMs = Date.now() - started;
  const heapAfterBytes = await heap(extension, options.heapSamples);

  const lookups: LookupFigure[] = [];
  for (const size of options.lookupSizes) {
    const samples: number[] = [];
    // One unmeasured lookup first, then fresh random sessions each time.
    for (let i = 0; i <= options.lookupRepeats; i++) {
      const asked = sample(ids, size);
      const answer = await timeOneCall(extension.page, lookUp(asked));
      if (!answer.successful) throw new Error(`GET /callLog for ${size} ids failed: ${answer.status} ${answer.message}`);
      if (i > 0) samples.push(answer.ms);
    }
    await checkAllMatched(extension, sample(ids, size));
    const ms = spread(samples);
    lookups.push({ ids: size, ms, usPerId: (ms.median * 1000) / size });
  }

  return {
    options,
    logging: { totalMs, perSecond: (ids.length / totalMs) * 1000, p50Ms: percentile(timings, 50), concurrency: CONCURRENCY },
    heapBeforeBytes,
    heapAfterBytes,
    lookups,
    coldStartFreshMs,
    coldStartFullMs: await coldStarts(extension, options.coldStarts),
  };
}

async function coldStarts(extension: LaunchedExtension, times: number): Promise<Spread> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    await extension.stopServiceWorker();
    const answer = await timeOneCall(extension.page, lookUp(['cold-start-probe']));
    if (!answer.successful) throw new Error(`The first request after a stop failed: ${answer.status} ${answer.message}`);
    samples.push(answer.ms);
  }
  return spread(samples);
}

async function heap(extension: LaunchedExtension, times: number): Promise<Spread> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) samples.push((await workerHeapAfterGc(extension)).usedBytes);
  return spread(samples);
}

/** The answer is checked once per size, outside the timing: every asked session is logged. */
async function checkAllMatched(extension: LaunchedExtension, asked: string[]): Promise<void> {
  const { body } = await expectOk(extension, lookUp(asked));
  const logs = body.logs as { sessionId: string; matched: boolean }[];
  if (logs.length !== asked.length || logs.some((log, i) => !log.matched || log.sessionId !== asked[i])) {
    throw new Error(`GET /callLog for ${asked.length} logged sessions did not answer each of them as logged, in order`);
  }
}

function sample(ids: readonly string[], size: number): string[] {
  const pool = [...ids];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, size);
}
