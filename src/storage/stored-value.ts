/**
 * A typed value in `browser.storage.local`, checked with zod on every read from storage: a value
 * written by an older release or damaged by hand falls back to the default instead of breaking
 * the worker — unless the default would silently do something else than the user chose (log
 * into another CRM, log locally instead of through a server): such a value is `refuseDamaged`,
 * and a damaged one is a StorageError that says so and asks the user to choose again. Read values are kept in this context's memory (every log reads several settings;
 * each storage read costs about half a millisecond) and dropped when `storage.onChanged` says
 * the key changed, from whatever context. Treat what `get()` returns as read-only.
 */
import browser from 'webextension-polyfill';
import type * as z from 'zod/mini';
import { StorageError } from './storage-error';

export interface StoredValue<T> {
  readonly key: string;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
}

const memory = new Map<string, unknown>();
/** Writes per key: a read that a write overtook is not kept. */
const writes = new Map<string, number>();
let listening = false;

function forgetOnChange(): void {
  if (listening) return;
  listening = true;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    for (const key of Object.keys(changes)) {
      memory.delete(key);
      writes.set(key, (writes.get(key) ?? 0) + 1);
    }
  });
}

/** Drops what this context remembers of stored values (tests reset storage behind its back). */
export function forgetStoredValues(keys?: readonly string[]): void {
  if (!keys) {
    memory.clear();
    listening = false;
  }
  for (const key of keys ?? []) memory.delete(key);
}

export interface StoredValueOptions {
  /** A damaged value is refused with this message and hint instead of falling back to the default. */
  refuseDamaged?: { message: string; hint: string };
}

export function defineStoredValue<S extends z.ZodMiniType>(
  key: string,
  schema: S,
  fallback: () => z.output<S>,
  { refuseDamaged }: StoredValueOptions = {},
): StoredValue<z.output<S>> {
  const written = () => {
    writes.set(key, (writes.get(key) ?? 0) + 1);
    memory.delete(key);
  };
  return {
    key,
    async get() {
      forgetOnChange();
      if (memory.has(key)) return memory.get(key) as z.output<S>;
      const before = writes.get(key) ?? 0;
      const raw: unknown = (await browser.storage.local.get(key))[key];
      const parsed = raw === undefined ? undefined : schema.safeParse(raw);
      if (parsed && !parsed.success && refuseDamaged) throw new StorageError('damagedSetting', refuseDamaged.message, refuseDamaged.hint);
      const value = parsed?.success ? parsed.data : fallback();
      if ((writes.get(key) ?? 0) === before) memory.set(key, value);
      return value;
    },
    async set(value) {
      written();
      await browser.storage.local.set({ [key]: value });
      written(); // reads that started during the write may have seen the old value
      memory.set(key, value);
    },
    async remove() {
      written();
      await browser.storage.local.remove(key);
      written();
    },
  };
}
