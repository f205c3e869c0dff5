/** The retry rules of docs/pipedrive.md ("Errors and retries"), and the headers they read. */
import { describe, expect, it } from 'vitest';
import { serverWaitMs } from '../../src/http/rate-limit';
import { RETRY_POLICY, requestRetryDelay } from '../../src/http/retry-decision';

describe('requestRetryDelay', () => {
  it('waits what a 429 asks, for any method, at most twice and never longer than 10 s', () => {
    expect(requestRetryDelay({ kind: 'status', status: 429, serverWaitMs: 2000 }, 0, false)).toBe(2000);
    expect(requestRetryDelay({ kind: 'status', status: 429 }, 0, false)).toBe(1000);
    expect(requestRetryDelay({ kind: 'status', status: 429 }, 1, true)).toBe(2000);
    expect(requestRetryDelay({ kind: 'status', status: 429 }, 2, true)).toBeNull();
    expect(requestRetryDelay({ kind: 'status', status: 429, serverWaitMs: RETRY_POLICY.maxWaitMs + 1 }, 0, true)).toBeNull();
  });

  it('repeats idempotent requests after 5xx, drops and timeouts, and never a create', () => {
    for (const outcome of [{ kind: 'status', status: 500 }, { kind: 'status', status: 503 }, { kind: 'network' }] as const) {
      const first = requestRetryDelay(outcome, 0, true)!;
      expect(first).toBeGreaterThanOrEqual(400);
      expect(first).toBeLessThanOrEqual(600);
      expect(requestRetryDelay(outcome, 1, true)).toBeGreaterThanOrEqual(1200);
      expect(requestRetryDelay(outcome, 2, true)).toBeNull();
      expect(requestRetryDelay(outcome, 0, false)).toBeNull();
    }
  });

  it('does not repeat refusals', () => {
    for (const status of [400, 401, 403, 404, 410, 422]) expect(requestRetryDelay({ kind: 'status', status }, 0, true)).toBeNull();
  });
});

describe('serverWaitMs', () => {
  const headers = (init: Record<string, string>) => new Headers(init);
  it('reads Retry-After in seconds or as a date, then x-ratelimit-reset, and ignores junk', () => {
    const now = Date.parse('2025-10-02T14:00:00Z');
    expect(serverWaitMs(headers({ 'retry-after': '2' }), now)).toBe(2000);
    expect(serverWaitMs(headers({ 'retry-after': 'Thu, 02 Oct 2025 14:00:05 GMT' }), now)).toBe(5000);
    expect(serverWaitMs(headers({ 'x-ratelimit-reset': '1' }), now)).toBe(1000);
    expect(serverWaitMs(headers({ 'x-ratelimit-reset': String(now / 1000 + 3) }), now)).toBe(3000);
    expect(serverWaitMs(headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(serverWaitMs(headers({}), now)).toBeUndefined();
  });
});
