/**
 * What went wrong talking to RingCentral, in the few kinds a person can act on. Guards work by
 * `name`, as for CrmError, so they survive structured cloning.
 */
import { warning, type ReturnMessage } from '../../protocol/return-message';

export type RingCentralErrorCode =
  | 'signedOut' // no tokens, or RingCentral no longer accepts them
  | 'rateLimited' // 429: RingCentral asked us to wait
  | 'unavailable' // 5xx, network error, timeout
  | 'rejected'; // any other refusal (bad client id, wrong redirect URI, …)

export class RingCentralError extends Error {
  override readonly name = 'RingCentralError';

  constructor(
    readonly code: RingCentralErrorCode,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export function isRingCentralError(value: unknown): value is RingCentralError {
  return value instanceof Error && value.name === 'RingCentralError' && 'code' in value;
}

/** The toast for a failed RingCentral request: what happened and what to do next. */
export function ringCentralMessage(failure: RingCentralError): ReturnMessage {
  switch (failure.code) {
    case 'signedOut':
      return warning('You are signed out of RingCentral.', 8000, 'Open Options and choose "Sign in with RingCentral".');
    case 'rateLimited': {
      const seconds = Math.ceil((failure.retryAfterMs ?? 60_000) / 1000);
      return warning(
        'RingCentral asked us to slow down.',
        5000,
        `The calls shown are from the last update; they refresh by themselves in ${seconds} seconds.`,
      );
    }
    case 'unavailable':
      return warning(
        'RingCentral could not be reached.',
        5000,
        'The calls shown are from the last update. Check your connection; they refresh by themselves.',
      );
    case 'rejected':
      return warning(failure.message, 8000, 'Check the RingCentral server and client id in Options, then sign in again.');
  }
}
