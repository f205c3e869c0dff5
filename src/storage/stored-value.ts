/**
 * A typed value in `browser.storage.local`, checked with zod on every read: a value written by
 * an older release or damaged by hand falls back to the default instead of breaking the worker.
 */
import browser from 'webextension-polyfill';
import type * as z from 'zod/mini';

export interface StoredValue<T> {
  readonly key: string;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
}

export function defineStoredValue<S extends z.ZodMiniType>(
  key: string,
  schema: S,
  fallback: () => z.output<S>,
): StoredValue<z.output<S>> {
  return {
    key,
    async get() {
      const raw: unknown = (await browser.storage.local.get(key))[key];
      if (raw === undefined) return fallback();
      const parsed = schema.safeParse(raw);
      return parsed.success ? parsed.data : fallback();
    },
    async set(value) {
      await browser.storage.local.set({ [key]: value });
    },
    async remove() {
      await browser.storage.local.remove(key);
    },
  };
}
