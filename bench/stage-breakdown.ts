/**
 * Where one warm local POST /callLog spends its time, measured inside the worker: the bench sets
 * `globalThis.__stageMarks` (src/protocol/stage-marks.ts), wraps `fetch` to mark the CRM request,
 * makes `calls` logs one at a time and takes the p50 of each stage. The message hop is the page's
 * round trip less the time between the router's first and last mark.
 */
import type { LaunchedExtension } from '../scripts/launch-extension';
import { useLocalBackend } from './support/bench-session';
import { logElenaCall } from './support/calls';
import { timedApiCalls } from './support/page-timing';
import { percentile } from './support/stats';

export interface StageBreakdown {
  calls: number;
  roundTripP50Ms: number;
  /** Stage name → p50 ms; together they cover the round trip of each log. */
  stagesP50Ms: Record<string, number>;
}

type Mark = [string, number];

/** What each gap between two marks is, named by the mark that ends it. */
const STAGES: Record<string, string> = {
  validated: 'router: sender check, validation',
  backend: 'settings read (current backend)',
  session: 'session read (CRM user, auth)',
  locked: 'session Web Lock',
  claimed: 'ledger claim (IndexedDB)',
  logBodySettingRead: 'log-body settings read',
  composed: 'compose subject and body',
  fetchStart: "CRM client's own work before the request",
  fetchEnd: 'CRM request (fetch)',
  crmAnswered: "CRM client's own work after the answer",
  marked: 'ledger finish (IndexedDB)',
  answered: 'answer built',
};

export async function measureStageBreakdown(extension: LaunchedExtension, calls: number): Promise<StageBreakdown> {
  await useLocalBackend(extension);
  const worker = await extension.serviceWorker();
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { __stageMarks: Mark[]; fetch: typeof fetch };
    scope.__stageMarks = [];
    const originalFetch = scope.fetch;
    scope.fetch = async function (this: unknown, ...args: Parameters<typeof fetch>) {
      scope.__stageMarks.push(['fetchStart', performance.now()]);
      try {
        return await originalFetch.apply(this, args);
      } finally {
        scope.__stageMarks.push(['fetchEnd', performance.now()]);
      }
    };
  });
  const logs = await timedApiCalls(
    extension.page,
    Array.from({ length: calls }, (_, i) => logElenaCall(`breakdown-${Date.now()}-${i}`)),
  );
  const failed = logs.find((a) => !a.successful);
  if (failed) throw new Error(`A local log failed while marking: ${failed.status} ${failed.message}`);
  const marks = await worker.evaluate(() => (globalThis as unknown as { __stageMarks: Mark[] }).__stageMarks);
  await extension.stopServiceWorker();

  const perLog: Mark[][] = [];
  for (const mark of marks) {
    if (mark[0] === 'received') perLog.push([]);
    perLog.at(-1)?.push(mark);
  }
  const samples: Record<string, number[]> = { 'message hop (page ↔ worker)': [] };
  perLog.forEach((logMarks, i) => {
    const spent: Record<string, number> = {};
    for (let m = 1; m < logMarks.length; m++) {
      const [name, at] = logMarks[m]!;
      const stage = STAGES[name] ?? name;
      // A stage marked twice in one log (a second request) adds up.
      spent[stage] = (spent[stage] ?? 0) + at - logMarks[m - 1]![1];
    }
    for (const [stage, ms] of Object.entries(spent)) (samples[stage] ??= []).push(ms);
    const inWorker = logMarks.at(-1)![1] - logMarks[0]![1];
    samples['message hop (page ↔ worker)']!.push(logs[i]!.ms - inWorker);
  });
  const stagesP50Ms = Object.fromEntries(Object.entries(samples).map(([stage, values]) => [stage, percentile(values, 50)]));
  return {
    calls,
    roundTripP50Ms: percentile(
      logs.map((a) => a.ms),
      50,
    ),
    stagesP50Ms,
  };
}
