/** GET /outbox, POST /outbox/retry, POST /outbox/discard, POST /callLog/review: changes that wait. */
import type { CrmSession } from '../../../logging/crm-session';
import { accountOf, discardOutboxItem, type LedgerAccount, listOutbox, retryOutboxItem, reviewCallLog } from '../../../logging/outbox/outbox-actions';
import type { ApiResponse } from '../../../protocol/envelope';
import { badRequest, notConnected, ok } from '../../../protocol/respond';
import type { RouteRequest } from '../../../protocol/routes';
import { signedOutAccount } from '../signed-out-account';

/** The connected account's changes, or (read-only) those of the account the CRM signed out. */
export async function getOutbox(_request: RouteRequest<'GET /outbox'>, account: LedgerAccount): Promise<ApiResponse> {
  return ok({ successful: true, items: await listOutbox(account) });
}

export async function retryOutbox({ body }: RouteRequest<'POST /outbox/retry'>, session: CrmSession): Promise<ApiResponse> {
  return ok(await retryOutboxItem(session, body.id));
}

/** Safe without the CRM too: a discard only forgets the change here (its texts say what that means). */
export async function discardOutbox({ body }: RouteRequest<'POST /outbox/discard'>, account: LedgerAccount): Promise<ApiResponse> {
  return ok(await discardOutboxItem(account, body.id));
}

/** "Retry now" needs the CRM: after it ended the sign-in, the change waits for a new one. */
export async function connectAgainFirst(): Promise<ApiResponse> {
  const ended = await signedOutAccount();
  if (!ended) return notConnected();
  return badRequest(
    `Not sent: ${ended.displayName} ended the sign-in.`,
    `Open Options and connect ${ended.displayName} again: what waits is sent then.`,
  );
}

export async function postCallLogReview({ body }: RouteRequest<'POST /callLog/review'>, session: CrmSession): Promise<ApiResponse> {
  return ok(await reviewCallLog(accountOf(session), body.sessionId, body.logId));
}
