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
import { cachedList, readPages, syncList, type ListCache } from './synced-list';
import { withRecordingLink } from './recording-link';

export const CALL_LOG_PATH = '/restapi/v1.0/account/~/extension/~/call-log';
const WINDOW_MS = 7 * 24 * 60 * 60_000;
// The Call Log API allows up to 1,000 records a page: a back-fill after a week away is one or two requests.
const PER_PAGE = 1000;

const cacheSchema = z.object({
  serverUrl: z.string(),
  clientId: z.string(),
  syncedAt: z.number(),
  retryAt: z.optional(z.number()),
  calls: z.array(callRecordSchema),
});
export type CallLogCache = z.infer<typeof cacheSchema>;

export const ringCentralCalls = defineStoredValue('ringcentralCalls', z.nullable(cacheSchema), () => null);

const callLog = {
  lockName: 'ringcentral-call-log',
  get: () => ringCentralCalls.get(),
  set: (cache: CallLogCache) => ringCentralCalls.set(cache),
  empty: (base: ListCache): CallLogCache => ({ ...base, calls: [] }),
  read: async (account: PhoneAccount, now: number): Promise<CallLogCache> => ({
    serverUrl: serverOrigin(account),
    clientId: account.clientId,
    syncedAt: now,
    calls: await readCalls(account, now),
  }),
};

/** The stored calls of this account, if any. */
export const cachedCalls = (account: PhoneAccount) => cachedList(callLog, account);

/** Reads the calls again unless they are fresh; throws a RingCentralError when it cannot. */
export async function syncCallLog(account: PhoneAccount, { force = false } = {}): Promise<CallLogCache> {
  const { cache, fresh } = await syncList(callLog, account, force);
  // A page showing the calls asks again; with no page open nobody listens, which is fine.
  if (fresh) void browser.runtime.sendMessage(CALLS_CHANGED).catch(() => undefined);
  return cache;
}

function readCalls(account: PhoneAccount, now: number): Promise<CallRecord[]> {
  const query = new URLSearchParams({
    view: 'Detailed',
    type: 'Voice',
    dateFrom: new Date(now - WINDOW_MS).toISOString(),
    perPage: String(PER_PAGE),
  });
  return readPages(account, `${CALL_LOG_PATH}?${query}`, 'call log', (record) => {
    const call = callRecordSchema.safeParse(record);
    return call.success ? withRecordingLink(call.data) : undefined;
  });
}
