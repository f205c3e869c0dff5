/** The pacer on its own, with a clock the test moves: it spends what the CRM allows and waits for the reset. */
import { describe, expect, it } from 'vitest';
import { accountKey, createRequestPacer } from '../../src/http/request-pacer';

function clock() {
  let now = 1_000_000;
  const slept: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      slept.push(ms);
      now += ms;
    },
    advance: (ms: number) => (now += ms),
    slept,
  };
}

const window = (limit: number, remaining: number, reset: number) =>
  new Headers({ 'x-ratelimit-limit': String(limit), 'x-ratelimit-remaining': String(remaining), 'x-ratelimit-reset': String(reset) });

describe('request pacer', () => {
  it('does not pace a CRM that announces no limit', async () => {
    const c = clock();
    const pacer = createRequestPacer(c.now, c.sleep);
    for (let i = 0; i < 50; i += 1) {
      await pacer.take('a', 10_000);
      pacer.observe('a', new Headers());
    }
    expect(c.slept).toEqual([]);
  });

  it('waits for the window to reset once the announced requests are spent', async () => {
    const c = clock();
    const pacer = createRequestPacer(c.now, c.sleep);
    await pacer.take('a', 10_000);
    pacer.observe('a', window(3, 2, 2));
    await pacer.take('a', 10_000);
    pacer.observe('a', window(3, 1, 2));
    await pacer.take('a', 10_000);
    pacer.observe('a', window(3, 0, 2));
    expect(await pacer.take('a', 10_000)).toMatchObject({ waitedMs: 2000 });
    expect(c.slept).toEqual([2000]);
  });

  it("tells the window's end from its first answer, not from a later answer's rounded-up reset", async () => {
    const c = clock();
    const pacer = createRequestPacer(c.now, c.sleep);
    await pacer.take('a', 10_000);
    pacer.observe('a', window(2, 1, 2)); // the window's first answer: it ends within 2 s
    await pacer.take('a', 10_000);
    c.advance(900);
    pacer.observe('a', window(2, 0, 2)); // 1.1 s left, rounded up to 2 s: not believed
    expect(await pacer.take('a', 10_000)).toMatchObject({ waitedMs: 1100 });
  });

  it('counts requests still on their way, so concurrent callers never overspend', async () => {
    const c = clock();
    const pacer = createRequestPacer(c.now, c.sleep);
    await pacer.take('a', 10_000);
    pacer.observe('a', window(4, 3, 2)); // 3 left in this window
    const takes = await Promise.all(Array.from({ length: 5 }, () => pacer.take('a', 10_000)));
    // Three go at once; the fourth waits for the reset. Three of the new window's four are taken by
    // requests still unanswered (the CRM may count them there), so the fifth waits one window more.
    expect(takes.map((t) => ('waitedMs' in t ? t.waitedMs : -1))).toEqual([0, 0, 0, 2000, 2000]);
  });

  it('does not let a late answer raise the count inside the same window', async () => {
    const c = clock();
    const pacer = createRequestPacer(c.now, c.sleep);
    await Promise.all([pacer.take('a', 10_000), pacer.take('a', 10_000)]);
    pacer.observe('a', window(2, 0, 2)); // the second answer comes first
    pacer.observe('a', window(2, 1, 2)); // the first, older, says 1 left
    expect(await pacer.take('a', 10_000)).toMatchObject({ waitedMs: 2000 });
  });

  it('honours a 429 and refuses to wait longer than the caller accepts', async () => {
    const c = clock();
    const pacer = createRequestPacer(c.now, c.sleep);
    await pacer.take('a', 10_000);
    pacer.observe('a', new Headers(), { retryAfterMs: 3600_000 });
    expect(await pacer.take('a', 10_000)).toEqual({ refusedWaitMs: 3600_000 });
    c.advance(3600_000);
    pacer.observe('a', window(40, 40, 2));
    expect(await pacer.take('a', 10_000)).toMatchObject({ waitedMs: 0 });
  });

  it('does not let a late answer from the last window cut the new window short', async () => {
    const c = clock();
    const pacer = createRequestPacer(c.now, c.sleep);
    await pacer.take('a', 10_000);
    pacer.observe('a', window(2, 1, 2), { epoch: 0 });
    const late = await pacer.take('a', 10_000); // granted in window 0, its answer will come late
    c.advance(2000);
    const fresh = await pacer.take('a', 10_000); // a new window begins here (epoch 1), ending in 2 s
    expect([late, fresh].map((t) => ('epoch' in t ? t.epoch : -1))).toEqual([0, 1]);
    c.advance(100);
    pacer.observe('a', window(2, 0, 1), { epoch: 0 }); // old news: "0 left, reset in 1 s"
    pacer.observe('a', window(2, 1, 2), { epoch: 1 });
    // The new window (its slots taken: one by `fresh`, one kept for `late`) ends one span after its
    // first answer (never early); the old "reset in 1 s" would have let the next request go at once + 1 s.
    expect(await pacer.take('a', 10_000)).toMatchObject({ waitedMs: 2000 });
  });

  it('lets the account go on after a 429 that says requests remain (another limit was hit)', async () => {
    const c = clock();
    const pacer = createRequestPacer(c.now, c.sleep);
    await pacer.take('a', 10_000);
    pacer.observe('a', window(40, 35, 2), { retryAfterMs: 600_000 });
    expect(await pacer.take('a', 10_000)).toMatchObject({ waitedMs: 0 });
  });

  it('keeps accounts apart, and never keeps the credential in the key', async () => {
    const c = clock();
    const pacer = createRequestPacer(c.now, c.sleep);
    await pacer.take('a', 10_000);
    pacer.observe('a', window(1, 0, 2));
    expect(await pacer.take('b', 10_000)).toMatchObject({ waitedMs: 0 });
    const key = accountKey('pipedrive', 'https://x.pipedrive.com', { 'x-api-token': 'secret-token' });
    expect(key).not.toContain('secret-token');
    expect(key).not.toBe(accountKey('pipedrive', 'https://x.pipedrive.com', { 'x-api-token': 'other-token' }));
  });
});
