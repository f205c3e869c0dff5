/**
 * The extension's service worker seen from outside: its V8 heap through the DevTools protocol
 * (attached from a page's session, as Playwright gives no session on a worker), and a count of
 * the IndexedDB requests it makes, per database, by wrapping IDB's prototypes in the worker.
 */
import type { CDPSession } from 'playwright';
import type { LaunchedExtension } from '../../scripts/launch-extension';

export interface HeapUsage {
  usedBytes: number;
  totalBytes: number;
}

/** The worker's JS heap after a full garbage collection. */
export async function workerHeapAfterGc(extension: LaunchedExtension): Promise<HeapUsage> {
  const cdp = await extension.context.newCDPSession(extension.page);
  try {
    const worker = await attachToWorker(cdp, extension.extensionId);
    try {
      await worker.send('HeapProfiler.collectGarbage');
      const heap = (await worker.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
      return { usedBytes: heap.usedSize, totalBytes: heap.totalSize };
    } finally {
      await worker.detach();
    }
  } finally {
    await cdp.detach();
  }
}

interface WorkerSession {
  send(method: string, params?: object): Promise<unknown>;
  detach(): Promise<void>;
}

/** A non-flattened session to the service-worker target, spoken through Target.sendMessageToTarget. */
async function attachToWorker(cdp: CDPSession, extensionId: string): Promise<WorkerSession> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
  if (!target) throw new Error('The extension has no running service worker to measure.');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let lastId = 0;
  const onMessage = ({ sessionId: from, message }: { sessionId: string; message: string }) => {
    if (from !== sessionId) return;
    const { id, result, error } = JSON.parse(message) as { id?: number; result?: unknown; error?: { message: string } };
    const pending = id === undefined ? undefined : waiting.get(id);
    if (!pending) return;
    waiting.delete(id!);
    if (error) pending.reject(new Error(error.message));
    else pending.resolve(result);
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  return {
    send: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const id = ++lastId;
        waiting.set(id, { resolve, reject });
        cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
      }),
    async detach() {
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      await cdp.send('Target.detachFromTarget', { sessionId });
    },
  };
}

export interface IdbCounts {
  /** Requests on object stores and indexes (get, getAll, put, add, delete, count, openCursor …), per database. */
  requests: Record<string, number>;
  /** Transactions opened, per database. */
  transactions: Record<string, number>;
}

/** Starts counting the worker's IndexedDB requests from zero. Lost when the worker stops. */
export async function countIdbRequests(extension: LaunchedExtension): Promise<void> {
  const worker = await extension.serviceWorker();
  // No named functions in here: the bundler would wrap them in a helper the worker does not have.
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { __idbCounts: IdbCounts; __idbWrapped?: boolean };
    scope.__idbCounts = { requests: {}, transactions: {} };
    if (scope.__idbWrapped) return;
    scope.__idbWrapped = true;
    const methods = ['get', 'getAll', 'getAllKeys', 'getKey', 'put', 'add', 'delete', 'clear', 'count', 'openCursor', 'openKeyCursor'];
    const targets: [Record<string, unknown>, (self: any) => string][] = [
      [IDBObjectStore.prototype as unknown as Record<string, unknown>, (store: IDBObjectStore) => store.transaction.db.name],
      [IDBIndex.prototype as unknown as Record<string, unknown>, (index: IDBIndex) => index.objectStore.transaction.db.name],
    ];
    for (const [proto, dbOf] of targets) {
      for (const name of methods) {
        const original = proto[name];
        if (typeof original !== 'function') continue;
        proto[name] = function (this: unknown, ...args: unknown[]) {
          const counts = scope.__idbCounts.requests;
          const db = dbOf(this);
          counts[db] = (counts[db] ?? 0) + 1;
          return original.apply(this, args);
        };
      }
    }
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      const counts = scope.__idbCounts.transactions;
      counts[this.name] = (counts[this.name] ?? 0) + 1;
      return transaction.apply(this, args);
    } as IDBDatabase['transaction'];
  });
}

export async function readIdbCounts(extension: LaunchedExtension): Promise<IdbCounts> {
  const worker = await extension.serviceWorker();
  return worker.evaluate(() => (globalThis as unknown as { __idbCounts: IdbCounts }).__idbCounts);
}
