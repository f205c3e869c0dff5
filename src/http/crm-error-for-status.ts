/**
 * An HTTP status from a CRM, as the kind of error a person can act on (errors.ts). Shared by
 * every connector that speaks HTTP, and by the Example CRM's simulated faults.
 */
import { CrmError } from './crm-error';

export interface StatusContext {
  connectorId: string;
  /** The CRM's display name, for messages. */
  crmName: string;
  status: number;
  /** The wait the CRM asked for on a 429. */
  retryAfterMs?: number;
  /** The CRM's own short explanation, if it gave one (never parsed, only shown). */
  detail?: string;
  /** What a 404 means for this request ("the activity was deleted"). */
  notFound?: string;
  outcomeUnknown?: boolean;
}

export function crmErrorForStatus({ connectorId, crmName, status, retryAfterMs, detail, notFound, outcomeUnknown }: StatusContext): CrmError {
  const options = { status, retryAfterMs, outcomeUnknown };
  const because = detail ? `: ${detail}` : '.';
  if (status === 401) {
    return new CrmError('unauthorized', connectorId, `${crmName} did not accept the credential (HTTP 401)${because}`, options);
  }
  // The credential is good but this user may not do this (API access, rights to the record): a reconnect would not help.
  if (status === 403) {
    const why = detail ? ` ${crmName} said: ${detail}` : '';
    return new CrmError(
      'unauthorized',
      connectorId,
      `${crmName} refused access (HTTP 403): your user may lack API access or rights to this record; ask your ${crmName} admin.${why}`,
      options,
    );
  }
  if (status === 404 || status === 410) {
    return new CrmError(
      'notFound',
      connectorId,
      notFound ?? `${crmName} has no such record (HTTP ${status}): it was deleted or you may not see it.`,
      options,
    );
  }
  if (status === 429) return new CrmError('rateLimited', connectorId, `${crmName} asked us to slow down (HTTP 429).`, options);
  if (status >= 500) return new CrmError('unavailable', connectorId, `${crmName} had a problem (HTTP ${status}).`, options);
  return new CrmError('rejected', connectorId, `${crmName} refused the request (HTTP ${status})${because}`, options);
}
