/**
 * A small cache of CRM data that changes rarely (activity types, a person's organization), in
 * `storage.local` rather than memory because MV3 stops the worker when idle. Entries expire
 * after `ttlMs`; the oldest go first past `maxEntries`. Concurrent writers may drop each other's
 * entry: that only costs one request later, never a wrong answer.
 */
import browser from 'webextension-polyfill';
import * as z from 'zod/mini';
import { defineStoredValue, forgetStoredValues } from './stored-value';

export interface TtlCache<V> {
  get(id: string): Promise<V | undefined>;
  setMany(entries: Iterable<readonly [string, V]>): Promise<void>;
  delete(id: string): Promise<void>;
}

export const CACHE_KEY_PREFIX = 'cache:';

type Entries<V> = Record<string, { v: V; at: number }>;

/**
 * Connectors define their caches on every call; each name is made once per worker life (its
 * schema and limits are those of the first definition), which spares building them per log.
 */
const defined = new Map<string, TtlCache<unknown>>();

export function defineTtlCache<V>(name: string, valueSchema: z.ZodMiniType<V>, limits: { ttlMs: number; maxEntries?: number }): TtlCache<V> {
  let cache = defined.get(name) as TtlCache<V> | undefined;
  if (!cache) defined.set(name, (cache = makeTtlCache(name, valueSchema, limits)));
  return cache;
}

function makeTtlCache<V>(
  name: string,
  valueSchema: z.ZodMiniType<V>,
  { ttlMs, maxEntries = 2000 }: { ttlMs: number; maxEntries?: number },
): TtlCache<V> {
  // zod cannot follow the generic through the object schema; the shape is the one written here.
  const entries = z.record(z.string(), z.object({ v: valueSchema, at: z.number() })) as unknown as z.ZodMiniType<Entries<V>>;
  const stored = defineStoredValue(`${CACHE_KEY_PREFIX}${name}`, entries, (): Entries<V> => ({}));
  const fresh = (at: number) => Date.now() - at < ttlMs && at <= Date.now();
  return {
    async get(id) {
      const entry = (await stored.get())[id];
      return entry && fresh(entry.at) ? entry.v : undefined;
    },
    async setMany(entries) {
      const now = Date.now();
      const all = { ...(await stored.get()) };
      for (const [id, v] of entries) all[id] = { v, at: now };
      const kept = Object.entries(all)
        .filter(([, entry]) => fresh(entry.at))
        .sort(([, a], [, b]) => b.at - a.at)
        .slice(0, maxEntries);
      await stored.set(Object.fromEntries(kept));
    },
    async delete(id) {
      const { [id]: _gone, ...rest } = await stored.get();
      await stored.set(rest);
    },
  };
}

/** Forgets every cache whose name starts with `prefix` (e.g. all of one CRM company on logout). */
export async function clearCaches(prefix: string): Promise<void> {
  const keys = Object.keys(await browser.storage.local.get(null)).filter((key) => key.startsWith(`${CACHE_KEY_PREFIX}${prefix}`));
  if (keys.length) await browser.storage.local.remove(keys);
  forgetStoredValues(keys);
}
