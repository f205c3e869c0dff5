/**
 * Turns what went wrong with a CRM into an answer that says what to do next. Business failures
 * keep HTTP status 200 with `successful: false`, as the App Connect server does; only a
 * session that cannot be refreshed is a 401 (`CRM_SESSION_REVOKED`).
 */
import type { CrmError } from '../../http/crm-error';
import { getConnector } from '../../connectors/registry';
import type { ApiResponse } from '../../protocol/envelope';
import { failure } from '../../protocol/respond';
import { warning } from '../../protocol/return-message';

export function crmErrorResponse(crmError: CrmError, operation: string): ApiResponse {
  const crm = getConnector(crmError.connectorId)?.displayName ?? 'The CRM';
  const { status, retryAfterMs, outcomeUnknown } = crmError.options;
  const extra = { extraDataTracking: { statusCode: status ?? 'unknown' } };
  switch (crmError.code) {
    case 'revoked':
      return failure(401, warning('User session expired. Please connect again.', 5000, `Open Options and connect ${crm} again.`), {
        errorCode: 'CRM_SESSION_REVOKED',
      });
    case 'unauthorized': {
      const hint =
        status === 403
          ? `${crm} refused access (HTTP 403): your user may lack API access or rights to this record. Ask your ${crm} admin, or disconnect ${crm} in Options and connect it again.`
          : `${crm} no longer accepts your key or sign-in. Open Options, disconnect ${crm} and connect it again.`;
      return failure(200, warning('Authorization error', 5000, hint), extra);
    }
    case 'rateLimited': {
      const wait = retryAfterMs ? `in ${Math.ceil(retryAfterMs / 1000)} seconds` : 'in the next minute';
      return failure(200, warning('Rate limit exceeded', 5000, `${crm} asked us to slow down. Try again ${wait}.`), extra);
    }
    case 'notFound':
      return failure(200, warning(`The record is gone from ${crm}.`, 5000, `${crmError.message} Log the call again if you still need it.`), extra);
    case 'rejected':
      return failure(200, warning(`${crm} refused the data.`, 5000, crmError.message), extra);
    case 'unavailable': {
      // A create whose answer was lost may have happened: trying again blindly could make a twin.
      const next = outcomeUnknown
        ? `It may have been saved anyway: look for it in ${crm} before trying again.`
        : 'Check your connection and try again.';
      return failure(200, warning(`Error ${operation}`, 5000, `${crm} could not be reached or did not answer. ${next}`), extra);
    }
  }
}
