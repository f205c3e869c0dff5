/**
 * What a CRM says about its rate limits. Headers "may be missing now and then" (Pipedrive), so
 * everything is optional and read defensively; a value that is not a number is ignored.
 */
export interface RateLimitInfo {
  limit?: string;
  remaining?: string;
  reset?: string;
}

export function readRateLimit(headers: Headers): RateLimitInfo {
  const pick = (name: string) => headers.get(name) ?? undefined;
  return { limit: pick('x-ratelimit-limit'), remaining: pick('x-ratelimit-remaining'), reset: pick('x-ratelimit-reset') };
}

/**
 * How long the server asked us to wait, in milliseconds: `Retry-After` (seconds or an HTTP
 * date), else `x-ratelimit-reset` (seconds until the window resets; a value that looks like a
 * Unix time is read as one). Undefined when neither says anything usable.
 */
export function serverWaitMs(headers: Headers, now = Date.now()): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = Number(headers.get('x-ratelimit-reset')?.trim() || Number.NaN);
  if (!Number.isFinite(reset)) return undefined;
  return Math.max(0, reset > 1_000_000_000 ? reset * 1000 - now : reset * 1000);
}
