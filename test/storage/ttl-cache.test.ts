/** The CRM data caches in extension storage: one cache per name, entries that expire. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { defineTtlCache } from '../../src/storage/ttl-cache';
import { resetExtension } from '../support/reset';

beforeEach(resetExtension);

describe('a TTL cache', () => {
  it('is one cache per name, however often a connector defines it', async () => {
    const first = defineTtlCache('test:names', z.string(), { ttlMs: 60_000 });
    await first.setMany([['p-1', 'Dana']]);
    const again = defineTtlCache('test:names', z.string(), { ttlMs: 60_000 });
    expect(again).toBe(first);
    expect(await again.get('p-1')).toBe('Dana');
    expect(defineTtlCache('test:other', z.string(), { ttlMs: 60_000 })).not.toBe(first);
  });

  it('forgets an entry once its time is up', async () => {
    const cache = defineTtlCache('test:short', z.number(), { ttlMs: 1_000 });
    await cache.setMany([['a', 1]]);
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + 2_000);
    try {
      expect(await cache.get('a')).toBeUndefined();
    } finally {
      vi.restoreAllMocks();
    }
  });
});
