/**
 * When and how a failed change is tried again. A CRM that answered 429 or 5xx did not process the
 * request, so it is retried after the wait the CRM asks for, with exponential backoff and jitter.
 * A request that may have reached the CRM (lost answer) is never re-sent before the CRM has had
 * time to finish it (the settle delay) and has been searched for the record.
 */
import * as z from 'zod/mini';
import { isCrmError } from '../../http/crm-error';
import type { Connector } from '../../connectors/types';
import { defineStoredValue } from '../../storage/stored-value';

export type FailureKind = 'transient' | 'unknownOutcome' | 'revoked' | 'permanent';

/**
 * The CRM no longer accepts the credential (a regenerated API token): only a person can fix it, by
 * connecting again. Not a 403: the credential is good but this user may not do this, which a
 * reconnect does not change; that change fails on its own, with the CRM's words.
 */
export function needsReconnect(failure: unknown): boolean {
  if (!isCrmError(failure)) return false;
  return failure.code === 'revoked' || (failure.code === 'unauthorized' && failure.options.status !== 403);
}

export function failureKind(failure: unknown): FailureKind {
  // Anything but a CRM's own answer (a bug, an unreadable success) may hide a record that exists.
  if (!isCrmError(failure) || failure.options.outcomeUnknown) return 'unknownOutcome';
  if (failure.code === 'rateLimited' || failure.code === 'unavailable') return 'transient';
  return failure.code === 'revoked' ? 'revoked' : 'permanent';
}

const FIRST_DELAY_MS = 5_000;
const MAX_DELAY_MS = 30 * 60_000;

/** Backoff for the `attempt`-th failure: 5 s, 10 s, 20 s … capped at 30 min, half of it jittered. */
export function outboxBackoff(attempt: number, retryAfterMs = 0, random = Math.random): number {
  const backoff = Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempt - 1), MAX_DELAY_MS);
  return Math.max(retryAfterMs, Math.round(backoff / 2 + (random() * backoff) / 2));
}

export function retryAfterOf(failure: unknown): number | undefined {
  return isCrmError(failure) ? failure.options.retryAfterMs : undefined;
}

/** At least 60 s for a CRM behind a network (docs/reliability.md); a connector may know better. */
export const DEFAULT_SETTLE_DELAY_MS = 60_000;

/** An operator's (or a test's) override of every connector's settle delay. */
export const reliabilitySetting = defineStoredValue(
  'reliability',
  z.object({ settleDelayMs: z.optional(z.number().check(z.minimum(0))) }),
  () => ({}),
);

export async function settleDelay(connector: Connector): Promise<number> {
  return (await reliabilitySetting.get()).settleDelayMs ?? connector.settleDelayMs ?? DEFAULT_SETTLE_DELAY_MS;
}

/** Words for the last error of a queued change, shown next to it. */
export function describeFailure(failure: unknown): { message: string; hint?: string } {
  if (!isCrmError(failure)) return { message: 'Something went wrong inside the extension.' };
  const wait = failure.options.retryAfterMs ? ` It asked to wait ${Math.ceil(failure.options.retryAfterMs / 1000)} s.` : '';
  switch (failure.code) {
    case 'rateLimited':
      return { message: `The CRM's rate limit was reached.${wait}` };
    case 'unavailable':
      return { message: failure.options.outcomeUnknown ? 'The CRM did not confirm the change.' : 'The CRM could not be reached.' };
    case 'revoked':
    case 'unauthorized':
      if (!needsReconnect(failure)) return { message: failure.message };
      return { message: 'The CRM no longer accepts the connection.', hint: 'Open Options and connect the CRM again.' };
    default:
      return { message: failure.message };
  }
}
