/**
 * What strict durability costs (docs/reliability.md, "Durability"): in the extension's own
 * worker, one small readwrite transaction at a time (a claim-sized record) is committed `count`
 * times with `relaxed` and with `strict` durability, in a scratch database, alternating blocks so
 * a disk that warms up does not favour one. A log makes two such writes before and after the
 * CRM call (the claim, the logged mark), so a log pays about twice the difference.
 */
import type { LaunchedExtension } from '../scripts/launch-extension';
import { percentile } from './support/stats';

export interface DurabilityCost {
  count: number;
  relaxedP50Ms: number;
  relaxedP95Ms: number;
  strictP50Ms: number;
  strictP95Ms: number;
  /** Two strict commits per log (claim, logged mark) against two relaxed ones, at the median. */
  perLogP50Ms: number;
}

export async function measureDurabilityCost(extension: LaunchedExtension, count: number): Promise<DurabilityCost> {
  const worker = await extension.serviceWorker();
  // No named functions in here: the bundler would wrap them in a helper the worker does not have.
  const times = await worker.evaluate(async (n: number) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('bench-durability', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('claims', { keyPath: 'id' });
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const result: Record<'relaxed' | 'strict', number[]> = { relaxed: [], strict: [] };
    const payload = 'x'.repeat(600); // about a claim with its intent
    for (let block = 0; block < 10; block += 1) {
      for (const durability of block % 2 === 0 ? (['relaxed', 'strict'] as const) : (['strict', 'relaxed'] as const)) {
        for (let i = 0; i < n / 10; i += 1) {
          const started = performance.now();
          const tx = db.transaction('claims', 'readwrite', { durability });
          tx.objectStore('claims').put({ id: `${durability}-${block}-${i}`, payload, at: Date.now() });
          await new Promise<void>((resolve, reject) => {
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
          result[durability].push(performance.now() - started);
        }
      }
    }
    db.close();
    await new Promise((resolve) => {
      indexedDB.deleteDatabase('bench-durability').onsuccess = resolve;
    });
    return result;
  }, count);
  const relaxedP50Ms = percentile(times.relaxed, 50);
  const strictP50Ms = percentile(times.strict, 50);
  return {
    count,
    relaxedP50Ms,
    relaxedP95Ms: percentile(times.relaxed, 95),
    strictP50Ms,
    strictP95Ms: percentile(times.strict, 95),
    perLogP50Ms: 2 * (strictP50Ms - relaxedP50Ms),
  };
}
