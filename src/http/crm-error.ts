/**
 * What went wrong talking to a CRM, in the few kinds a person can act on. Connectors throw these;
 * the API turns them into a `returnMessage`. Guards work by `name` and `code`, which survive
 * structured cloning (ky's pattern), not by `instanceof`.
 */
export type CrmErrorCode =
  | 'unauthorized' // 401: the key or token is no longer accepted; 403: this user may not do this (options.status tells which)
  | 'revoked' // an OAuth session that cannot be refreshed
  | 'notFound' // 404: the record is gone
  | 'rateLimited' // 429
  | 'unavailable' // 5xx, network error, timeout: the CRM could not be reached
  | 'rejected'; // other 4xx: the CRM refused the data

export class CrmError extends Error {
  override readonly name = 'CrmError';

  constructor(
    readonly code: CrmErrorCode,
    readonly connectorId: string,
    message: string,
    readonly options: {
      status?: number;
      /** How long the CRM asked us to wait (429 Retry-After / rate-limit reset). */
      retryAfterMs?: number;
      /** True when the request may have been processed although no answer came back. */
      outcomeUnknown?: boolean;
    } = {},
  ) {
    super(message);
  }
}

export function isCrmError(value: unknown): value is CrmError {
  return value instanceof Error && value.name === 'CrmError' && 'code' in value;
}
