/**
 * Serialises work on one call session with the Web Locks API. A lock is held while its callback
 * runs and is dropped by the browser when the worker stops, so it never outlives a crash. The
 * lock only orders the work; the durable truth is the claim in IndexedDB (call-log-store.ts).
 */
import type { SessionKey } from '../storage/call-log-record';

export async function withSessionLock<T>(key: SessionKey, work: () => Promise<T>): Promise<T> {
  const name = `call-log:${JSON.stringify([key.platform, key.userId, key.sessionId])}`;
  return await navigator.locks.request(name, work);
}
