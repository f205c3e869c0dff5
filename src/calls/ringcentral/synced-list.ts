/**
 * What the call log and the message store share: a list read from RingCentral in pages and kept
 * in extension storage per account, read again only when the last read is not recent, a 429
 * remembered until the time RingCentral gave, and concurrent reads (panel + alarm) waiting for
 * each other under one Web Lock (call-log-sync.ts, message-store-sync.ts).
 */
import type { PhoneAccount } from '../../protocol/schemas/phone-account';
import { serverOrigin } from '../phone-account';
import { rcGet } from './rc-get';
import { RingCentralError, isRingCentralError } from './ringcentral-error';
import { callLogPageSchema as pageSchema } from './schemas';

const FRESH_FOR_MS = 30_000;
const MAX_PAGES = 3;

/** What every stored list has besides its items: whose it is, when it was read, when it may be again. */
export interface ListCache {
  serverUrl: string;
  clientId: string;
  syncedAt: number;
  /** Until when RingCentral asked us not to read again (429). */
  retryAt?: number;
}

interface SyncedList<C extends ListCache> {
  lockName: string;
  get(): Promise<C | null>;
  set(cache: C): Promise<void>;
  /** The stored list with no items yet (a 429 before the first read is remembered in it). */
  empty(base: ListCache): C;
  /** Reads the whole list now. */
  read(account: PhoneAccount, now: number): Promise<C>;
}

/** The stored list of this account, if any. */
export async function cachedList<C extends ListCache>(list: Pick<SyncedList<C>, 'get'>, account: PhoneAccount): Promise<C | null> {
  const cache = await list.get();
  return cache && cache.serverUrl === serverOrigin(account) && cache.clientId === account.clientId ? cache : null;
}

/** Reads the list again unless it is fresh; throws a RingCentralError when it cannot. */
export async function syncList<C extends ListCache>(
  list: SyncedList<C>,
  account: PhoneAccount,
  force: boolean,
): Promise<{ cache: C; fresh: boolean }> {
  return await navigator.locks.request(list.lockName, async () => {
    const cache = await cachedList(list, account);
    const now = Date.now();
    if (cache?.retryAt && now < cache.retryAt) throw new RingCentralError('rateLimited', 'RingCentral asked us to wait.', cache.retryAt - now);
    if (cache && !force && now - cache.syncedAt < FRESH_FOR_MS) return { cache, fresh: false };
    try {
      const fresh = await list.read(account, now);
      await list.set(fresh);
      return { cache: fresh, fresh: true };
    } catch (failure) {
      if (isRingCentralError(failure) && failure.code === 'rateLimited') {
        const kept = cache ?? list.empty({ serverUrl: serverOrigin(account), clientId: account.clientId, syncedAt: 0 });
        await list.set({ ...kept, retryAt: now + (failure.retryAfterMs ?? 60_000) });
      }
      throw failure;
    }
  });
}

/** Every record of up to three pages, each kept by `pick` or dropped: one odd record must not hide the others. */
export async function readPages<T>(account: PhoneAccount, firstPath: string, what: string, pick: (record: unknown) => T | undefined): Promise<T[]> {
  let next: string | undefined = firstPath;
  const items: T[] = [];
  for (let page = 0; next && page < MAX_PAGES; page++) {
    const parsed = pageSchema.safeParse(await rcGet(account, next));
    if (!parsed.success) throw new RingCentralError('unavailable', `RingCentral answered the ${what} with something unexpected.`);
    for (const record of parsed.data.records) {
      const item = pick(record);
      if (item !== undefined) items.push(item);
    }
    next = parsed.data.navigation?.nextPage?.uri;
  }
  return items;
}
