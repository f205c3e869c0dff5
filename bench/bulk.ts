/**
 * 4. Bulk: `calls` logs sent at once through the message API to a fake Pipedrive company limited
 * to `limit` requests per 2 s window (with its latency), then waited for until every session is
 * logged in the ledger or `capMs` has passed. Time runs from the first send to the arrival of the
 * last create that Pipedrive accepted; the floor is what the limit allows: calls / (limit / 2 s).
 * Duplicates and losses are counted on Pipedrive's side (each call's note names its session) and
 * against the ledger.
 */
import type { LaunchedExtension } from '../scripts/launch-extension';
import { createFakeCompany, type FakeCompanyHandle } from '../test/fake-servers/pipedrive/control-client';
import { connectPipedrive, expectOk, sleep, useLocalBackend } from './support/bench-session';
import { findElena, logElenaCall, waitUntilLogged } from './support/calls';
import { timedApiCalls } from './support/page-timing';
import { acrossRuns, type Spread } from './support/stats';

export interface BulkOptions {
  calls: number;
  limit: number;
  latencyMs: number;
  runs: number;
  capMs: number;
  pipedriveUrl: string;
}

export interface BulkRun {
  totalMs: number;
  floorMs: number;
  /** Creates per second achieved, as a share of what the limit allows. */
  shareOfLimit: number;
  /** What the 1,000 senders were told, by message (logged at once, or saved to retry). */
  answered: Record<string, number>;
  loggedAtOnce: number;
  status429: number;
  /** Every request the CRM received, per call logged. */
  requestsPerCall: number;
  duplicates: number;
  losses: number;
  completed: boolean;
}

export interface BulkResult {
  options: Omit<BulkOptions, 'pipedriveUrl'>;
  runs: BulkRun[];
  totalMs: Spread;
  shareOfLimit: Spread;
  loggedAtOnce: Spread;
  status429: Spread;
  requestsPerCall: Spread;
  duplicates: Spread;
  losses: Spread;
}

const WINDOW_MS = 2000;

export async function measureBulk(extension: LaunchedExtension, options: BulkOptions): Promise<BulkResult> {
  await useLocalBackend(extension);
  const runs: BulkRun[] = [];
  for (let run = 0; run < options.runs; run++) {
    // A company per run: its window, log and activities start empty.
    const company = await createFakeCompany(options.pipedriveUrl, { rateLimit: options.limit, latencyMs: options.latencyMs });
    await connectPipedrive(extension, company, { local: true });
    await expectOk(extension, findElena);
    await sleep(WINDOW_MS + 100);
    await company.clearRequests();
    runs.push(await bulkRun(extension, company, options, `bulk-r${run}`));
  }
  const { pipedriveUrl: _url, ...kept } = options;
  return {
    options: kept,
    runs,
    totalMs: acrossRuns(runs, (r) => r.totalMs),
    shareOfLimit: acrossRuns(runs, (r) => r.shareOfLimit),
    loggedAtOnce: acrossRuns(runs, (r) => r.loggedAtOnce),
    status429: acrossRuns(runs, (r) => r.status429),
    requestsPerCall: acrossRuns(runs, (r) => r.requestsPerCall),
    duplicates: acrossRuns(runs, (r) => r.duplicates),
    losses: acrossRuns(runs, (r) => r.losses),
  };
}

async function bulkRun(extension: LaunchedExtension, company: FakeCompanyHandle, options: BulkOptions, prefix: string): Promise<BulkRun> {
  const ids = Array.from({ length: options.calls }, (_, i) => `${prefix}-${i}`);
  const started = Date.now();
  const answers = await timedApiCalls(
    extension.page,
    ids.map((id) => logElenaCall(id, noteFor(id))),
    options.calls,
  );
  const answered: Record<string, number> = {};
  for (const answer of answers) answered[answer.message ?? String(answer.status)] = (answered[answer.message ?? String(answer.status)] ?? 0) + 1;

  const logged = await waitUntilLogged(extension, ids, started, options.capMs);
  const requests = await company.requests();
  const accepted = requests.filter((r) => r.method === 'POST' && r.path === '/api/v2/activities' && r.status === 200);
  const totalMs = accepted.length ? Math.max(...accepted.map((r) => r.at)) - started : Number.NaN;
  const { activities } = await company.state();
  const perSession = new Map<string, number>();
  for (const activity of activities) {
    const session = /bulk-note:([\w-]+)/.exec(activity.note ?? '')?.[1];
    if (session) perSession.set(session, (perSession.get(session) ?? 0) + 1);
  }
  return {
    totalMs,
    floorMs: (options.calls / options.limit) * WINDOW_MS,
    // Calls logged per second over what the limit allows; a run cut at the cap counts what it logged.
    shareOfLimit: perSession.size / totalMs / (options.limit / WINDOW_MS),
    answered,
    loggedAtOnce: answers.filter((a) => a.successful).length,
    status429: requests.filter((r) => r.status === 429).length,
    requestsPerCall: requests.length / options.calls,
    duplicates: [...perSession.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0),
    losses: ids.filter((id) => !perSession.has(id) || !logged.has(id)).length,
    completed: logged.size === ids.length,
  };
}

function noteFor(sessionId: string): string {
  return `bulk-note:${sessionId}`;
}
