/**
 * Keeps the requests to one CRM account inside the rate limit the CRM announces, so a burst
 * (500 queued logs, a side panel opened on a long call list) drains at the limit instead of
 * hitting a storm of 429s. Pipedrive counts per token in a short window and says where it stands
 * on every answer (`x-ratelimit-limit`, `-remaining`, `-reset`); the pacer trusts the latest
 * word, minus what is still on its way, and waits for the window to reset when nothing is left.
 * A CRM that says nothing is not paced. The state is only an estimate, so it lives in memory: a
 * restarted worker learns it again from the next answer.
 */
import { readRateLimit } from './rate-limit';

interface Window {
  limit?: number;
  /** Requests this window still allows, net of those sent and not answered yet. */
  remaining?: number;
  resetAt: number;
  /** The longest reset the CRM announced: how long a window lasts, as far as we know. */
  spanMs: number;
  inFlight: number;
  /** Counts the windows begun here: an answer from an older one says nothing about this one. */
  epoch: number;
  /** Takes are granted one after another, so two callers never spend the same slot. */
  queue: Promise<void>;
}

export interface RequestPacer {
  /** Waits until a request may go; answers how long it waited and when it went. Refuses waits over `maxWaitMs`. */
  take(account: string, maxWaitMs: number): Promise<{ waitedMs: number; sentAt: number; epoch: number } | { refusedWaitMs: number }>;
  /**
   * What the answer to a request granted in window `epoch` said (also for errors and 429s, with
   * their wait); ends the request's flight.
   */
  observe(account: string, headers: Headers | undefined, answer?: { retryAfterMs?: number; epoch?: number }): void;
}

export function createRequestPacer(now = () => Date.now(), sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))): RequestPacer {
  const windows = new Map<string, Window>();
  const windowOf = (account: string): Window => {
    let window = windows.get(account);
    if (!window) windows.set(account, (window = { resetAt: 0, spanMs: 1000, inFlight: 0, epoch: 0, queue: Promise.resolve() }));
    return window;
  };

  return {
    take(account, maxWaitMs) {
      const window = windowOf(account);
      const turn = window.queue.then(async () => {
        let waited = 0;
        // An answer that comes in while we sleep may move the reset later: look again after each sleep.
        while (window.remaining !== undefined && window.remaining <= 0 && window.resetAt > now()) {
          const wait = window.resetAt - now();
          if (waited + wait > maxWaitMs) return { refusedWaitMs: waited + wait };
          await sleep(wait);
          waited += wait;
        }
        if (window.resetAt <= now() && window.limit !== undefined) {
          // A new window began; until an answer says when it ends, assume it lasts as long as the last ones.
          window.remaining = window.limit - window.inFlight;
          window.resetAt = now() + window.spanMs;
          window.epoch += 1;
        }
        if (window.remaining !== undefined) window.remaining -= 1;
        window.inFlight += 1;
        return { waitedMs: waited, sentAt: now(), epoch: window.epoch };
      });
      window.queue = turn.then(() => undefined);
      return turn;
    },

    observe(account, headers, { retryAfterMs, epoch } = {}) {
      const window = windowOf(account);
      const expired = window.resetAt <= now();
      window.inFlight = Math.max(0, window.inFlight - 1);
      // Late news from a window that has ended here: its count and reset are not this window's.
      if (epoch !== undefined && epoch < window.epoch) return;
      const info = headers ? readRateLimit(headers) : {};
      const limit = Number(info.limit);
      const remaining = Number(info.remaining);
      const reset = Number(info.reset);
      if (Number.isFinite(limit) && limit > 0) window.limit = limit;
      if (Number.isFinite(reset) && reset >= 0) {
        window.spanMs = Math.max(window.spanMs, reset * 1000);
        const rounded = now() + reset * 1000;
        if (window.limit !== undefined && remaining === window.limit - 1) {
          // The window's first answer. The reset counts whole seconds, rounded up: up to a second
          // late in a 2 s window. This window began before this answer came, so it ends at most
          // one span from now: late by a round trip, never early. It replaces the guess made when
          // the window was begun here (one span after the grant: early by the way to the CRM).
          window.resetAt = Math.min(rounded, now() + window.spanMs);
        } else {
          // Within a window its end only comes closer; a later answer's rounding must not push it back.
          window.resetAt = expired ? rounded : Math.min(window.resetAt, rounded);
        }
      }
      if (Number.isFinite(remaining)) {
        // Answers can arrive out of order: within a window the count only goes down.
        const net = remaining - window.inFlight;
        window.remaining = window.remaining === undefined || expired ? net : Math.min(window.remaining, net);
      }
      // A 429 whose answer says requests remain in the window hit another limit (search, one
      // endpoint): the refused request waits, the account does not. Otherwise the account waits.
      if (retryAfterMs !== undefined && !(remaining > 0)) {
        window.remaining = 0;
        window.resetAt = Math.max(window.resetAt, now() + retryAfterMs);
      }
    },
  };
}

/** Accounts are told apart by CRM, base URL and credential, without keeping the credential itself. */
export function accountKey(connectorId: string, baseUrl: string, headers: Readonly<Record<string, string>>): string {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(Object.entries(headers).sort())) {
    hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  }
  return `${connectorId} ${baseUrl} ${hash.toString(36)}`;
}
