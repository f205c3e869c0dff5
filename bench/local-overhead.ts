/**
 * Where a warm local Pipedrive log spends its time beyond the CRM's answer: after the timed runs,
 * the worker's `fetch`, `storage.local` and IndexedDB transactions are wrapped to time them while
 * `calls` more logs are made, and a request the router refuses at once (404) gives the cost of
 * the messaging itself. The worker is stopped afterwards, which drops the wrappers. Durations of
 * overlapping async work are summed, so the parts are indicative, not an exact partition.
 */
import type { LaunchedExtension } from '../scripts/launch-extension';
import { useLocalBackend } from './support/bench-session';
import { logElenaCall } from './support/calls';
import { timedApiCalls } from './support/page-timing';
import { percentile } from './support/stats';

export interface OverheadBreakdown {
  calls: number;
  logP50Ms: number;
  /** A page → worker → page message the router answers without any work (an unknown path). */
  messageRoundTripP50Ms: number;
  /** The CRM request as the worker sees it. */
  workerFetchP50Ms: number;
  storageCallsPerLog: number;
  storageMsPerLog: number;
  idbTransactionsPerLog: number;
  idbMsPerLog: number;
}

interface Probe {
  fetchMs: number[];
  storageCalls: number;
  storageMs: number;
  transactions: number;
  transactionMs: number;
}

export async function measureLocalOverhead(extension: LaunchedExtension, calls: number): Promise<OverheadBreakdown> {
  await useLocalBackend(extension);
  const pings = await timedApiCalls(
    extension.page,
    Array.from({ length: calls }, () => ({ method: 'GET', path: '/bench-no-such-path' })),
  );
  const worker = await extension.serviceWorker();
  // No named functions in here: the bundler would wrap them in a helper the worker does not have.
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { __probe: Probe; fetch: typeof fetch };
    const probe: Probe = { fetchMs: [], storageCalls: 0, storageMs: 0, transactions: 0, transactionMs: 0 };
    scope.__probe = probe;
    const originalFetch = scope.fetch;
    scope.fetch = async function (this: unknown, ...args: Parameters<typeof fetch>) {
      const started = performance.now();
      try {
        return await originalFetch.apply(this, args);
      } finally {
        probe.fetchMs.push(performance.now() - started);
      }
    };
    const storage = chrome.storage.local as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    for (const name of ['get', 'set', 'remove']) {
      const original = storage[name]!;
      storage[name] = function (this: unknown, ...args: unknown[]) {
        const started = performance.now();
        probe.storageCalls++;
        return Promise.resolve(original.apply(this, args)).finally(() => {
          probe.storageMs += performance.now() - started;
        });
      };
    }
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      const started = performance.now();
      const tx = transaction.apply(this, args);
      probe.transactions++;
      tx.addEventListener('complete', () => {
        probe.transactionMs += performance.now() - started;
      });
      return tx;
    } as IDBDatabase['transaction'];
  });
  const logs = await timedApiCalls(
    extension.page,
    Array.from({ length: calls }, (_, i) => logElenaCall(`overhead-${Date.now()}-${i}`)),
  );
  const failed = logs.find((a) => !a.successful);
  if (failed) throw new Error(`A local log failed while probing: ${failed.status} ${failed.message}`);
  const probe = await worker.evaluate(() => (globalThis as unknown as { __probe: Probe }).__probe);
  await extension.stopServiceWorker();
  return {
    calls,
    logP50Ms: percentile(
      logs.map((a) => a.ms),
      50,
    ),
    messageRoundTripP50Ms: percentile(
      pings.map((a) => a.ms),
      50,
    ),
    workerFetchP50Ms: percentile(probe.fetchMs, 50),
    storageCallsPerLog: probe.storageCalls / calls,
    storageMsPerLog: probe.storageMs / calls,
    idbTransactionsPerLog: probe.transactions / calls,
    idbMsPerLog: probe.transactionMs / calls,
  };
}
