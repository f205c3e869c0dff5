/**
 * Reads the user's recent calls from RingCentral's Call Log API (Detailed view, paged) and keeps
 * them in extension storage. The call log is in RingCentral's "Heavy" rate-limit group (a few
 * requests a minute), so a read is skipped when the last one is recent, a 429 is remembered
 * until the time RingCentral gave, and concurrent reads (panel + alarm) wait for each other.
 */
import browser from 'webextension-polyfill';
import * as z from 'zod/mini';
import { CALLS_CHANGED } from '../../protocol/api-answers-browser';
import { defineStoredValue } from '../../storage/stored-value';
import { callRecordSchema, type CallRecord } from '../../protocol/call-record';
import { type PhoneAccount } from '../../protocol/schemas/phone-account';
import { serverOrigin } from '../phone-account';
import { rcGet } from './rc-get';
import { RingCentralError, isRingCentralError } from './ringcentral-error';
import { callLogPageSchema } from './schemas';
import { withRecordingLink } from './recording-link';

export const CALL_LOG_PATH = '/restapi/v1.0/account/~/extension/~/call-log';
const FRESH_FOR_MS = 30_000;
const WINDOW_MS = 7 * 24 * 60 * 60_000;
// The Call Log API allows up to 1,000 records a page: a back-fill after a week away is one or two requests.
const PER_PAGE = 1000;
const MAX_PAGES = 3;

const cacheSchema = z.object({
  serverUrl: z.string(),
  clientId: z.string(),
  syncedAt: z.number(),
  /** Until when RingCentral asked us not to read again (429). */
  retryAt: z.optional(z.number()),
  calls: z.array(callRecordSchema),
});
export type CallLogCache = z.infer<typeof cacheSchema>;

export const ringCentralCalls = defineStoredValue('ringcentralCalls', z.nullable(cacheSchema), () => null);

/** The stored calls of this account, if any. */
export async function cachedCalls(account: PhoneAccount): Promise<CallLogCache | null> {
  const cache = await ringCentralCalls.get();
  return cache && cache.serverUrl === serverOrigin(account) && cache.clientId === account.clientId ? cache : null;
}

/** Reads the calls again unless they are fresh; throws a RingCentralError when it cannot. */
export async function syncCallLog(account: PhoneAccount, { force = false } = {}): Promise<CallLogCache> {
  return await navigator.locks.request('ringcentral-call-log', async () => {
    const cache = await cachedCalls(account);
    const now = Date.now();
    if (cache?.retryAt && now < cache.retryAt) {
      throw new RingCentralError('rateLimited', 'RingCentral asked us to wait.', cache.retryAt - now);
    }
    if (cache && !force && now - cache.syncedAt < FRESH_FOR_MS) return cache;
    try {
      const fresh = { serverUrl: serverOrigin(account), clientId: account.clientId, syncedAt: now, calls: await readCalls(account, now) };
      await ringCentralCalls.set(fresh);
      // A page showing the calls asks again; with no page open nobody listens, which is fine.
      void browser.runtime.sendMessage(CALLS_CHANGED).catch(() => undefined);
      return fresh;
    } catch (failure) {
      if (isRingCentralError(failure) && failure.code === 'rateLimited') {
        const kept = cache ?? { serverUrl: serverOrigin(account), clientId: account.clientId, syncedAt: 0, calls: [] };
        await ringCentralCalls.set({ ...kept, retryAt: now + (failure.retryAfterMs ?? 60_000) });
      }
      throw failure;
    }
  });
}

async function readCalls(account: PhoneAccount, now: number): Promise<CallRecord[]> {
  const query = new URLSearchParams({
    view: 'Detailed',
    type: 'Voice',
    dateFrom: new Date(now - WINDOW_MS).toISOString(),
    perPage: String(PER_PAGE),
  });
  let next: string | undefined = `${CALL_LOG_PATH}?${query}`;
  const calls: CallRecord[] = [];
  for (let page = 0; next && page < MAX_PAGES; page++) {
    const parsed = callLogPageSchema.safeParse(await rcGet(account, next));
    if (!parsed.success) throw new RingCentralError('unavailable', 'RingCentral answered the call log with something unexpected.');
    for (const record of parsed.data.records) {
      // One odd record must not hide the others.
      const call = callRecordSchema.safeParse(record);
      if (call.success) calls.push(withRecordingLink(call.data));
    }
    next = parsed.data.navigation?.nextPage?.uri;
  }
  return calls;
}
