/**
 * 2. CRM requests per operation, counted on the CRM's side. Pipedrive: the requests the fake
 * company received. The Example CRM has no wire: its requests are the IndexedDB requests the
 * worker made on the `example-crm` database (counted by wrapping IDB in the worker). Both also
 * show what the extension's own ledger (`crm-call-logger`) cost, counted the same way.
 */
import type { LaunchedExtension } from '../scripts/launch-extension';
import { createFakeCompany } from '../test/fake-servers/pipedrive/control-client';
import { connectExampleCrm, connectPipedrive, expectOk, forgetCaches, useLocalBackend } from './support/bench-session';
import { findDana, findElena, logElenaCall, logExampleCall, lookUp, updateNote } from './support/calls';
import { countIdbRequests, readIdbCounts } from './support/worker-target';
import { spread, type Spread } from './support/stats';

export const OPERATIONS = ['createMatched', 'createCold', 'getWithDetails', 'update'] as const;
export type Operation = (typeof OPERATIONS)[number];

export interface OperationCount {
  /** Requests the CRM received (Pipedrive) or IndexedDB requests on the Example CRM's database. */
  crm: Spread;
  /** IndexedDB requests on the extension's ledger, for the same operation. */
  ledger: Spread;
  /** What the CRM received, the first time (Pipedrive: `METHOD path`; Example CRM: its IDB transactions). */
  example: string[];
}

export type RequestCounts = Record<'pipedrive' | 'testCRM', Record<Operation, OperationCount>>;

export async function countRequests(
  extension: LaunchedExtension,
  { pipedriveUrl, repeats }: { pipedriveUrl: string; repeats: number },
): Promise<RequestCounts> {
  await useLocalBackend(extension);
  const company = await createFakeCompany(pipedriveUrl, { rateLimit: 1_000_000, searchRateLimit: 1_000_000 });
  await connectPipedrive(extension, company, { local: true });
  const pipedrive = await countEach(extension, repeats, {
    prepare: { createMatched: () => expectOk(extension, findElena), createCold: () => forgetCaches(extension) },
    log: logElenaCall,
    start: () => company.clearRequests(),
    crm: async () => {
      const lines = await company.requestLines();
      return { count: lines.length, example: lines };
    },
  });

  await connectExampleCrm(extension);
  const testCRM = await countEach(extension, repeats, {
    prepare: { createMatched: () => expectOk(extension, findDana), createCold: async () => undefined },
    log: logExampleCall,
    start: async () => undefined,
    crm: async (idb) => ({ count: idb.requests['example-crm'] ?? 0, example: [`${idb.transactions['example-crm'] ?? 0} transaction(s)`] }),
  });
  return { pipedrive, testCRM };
}

interface Counting {
  prepare: Record<'createMatched' | 'createCold', () => Promise<unknown>>;
  log: (sessionId: string) => Parameters<typeof expectOk>[1];
  start: () => Promise<void>;
  crm: (idb: Awaited<ReturnType<typeof readIdbCounts>>) => Promise<{ count: number; example: string[] }>;
}

async function countEach(extension: LaunchedExtension, repeats: number, counting: Counting): Promise<Record<Operation, OperationCount>> {
  const samples = Object.fromEntries(OPERATIONS.map((op) => [op, { crm: [] as number[], ledger: [] as number[], example: [] as string[] }]));
  const measure = async (op: Operation, work: () => Promise<unknown>) => {
    await counting.start();
    await countIdbRequests(extension);
    await work();
    const idb = await readIdbCounts(extension);
    const crm = await counting.crm(idb);
    const sample = samples[op]!;
    sample.crm.push(crm.count);
    sample.ledger.push(idb.requests['crm-call-logger'] ?? 0);
    if (sample.example.length === 0) sample.example = crm.example;
  };
  for (let i = 0; i < repeats; i++) {
    const matched = `count-matched-${Date.now()}-${i}`;
    const cold = `count-cold-${Date.now()}-${i}`;
    await counting.prepare.createMatched();
    await measure('createMatched', () => expectOk(extension, counting.log(matched)));
    // Cold: caches forgotten and a worker just started (a stopped worker loses whatever it held).
    await counting.prepare.createCold();
    await extension.stopServiceWorker();
    await expectOk(extension, { method: 'GET', path: '/backend' });
    await measure('createCold', () => expectOk(extension, counting.log(cold)));
    await measure('getWithDetails', () => expectOk(extension, lookUp([matched], true)));
    await measure('update', () => expectOk(extension, updateNote(matched, `Updated ${i}.`)));
  }
  return Object.fromEntries(
    OPERATIONS.map((op) => {
      const sample = samples[op]!;
      return [op, { crm: spread(sample.crm), ledger: spread(sample.ledger), example: sample.example }];
    }),
  ) as Record<Operation, OperationCount>;
}
