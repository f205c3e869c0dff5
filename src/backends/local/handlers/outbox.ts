/** GET /outbox, POST /outbox/retry, POST /outbox/discard, POST /callLog/review: changes that wait. */
import type { CrmSession } from '../../../logging/crm-session';
import { accountOf, discardOutboxItem, listOutbox, retryOutboxItem, reviewCallLog } from '../../../logging/outbox/outbox-actions';
import type { ApiResponse } from '../../../protocol/envelope';
import { ok } from '../../../protocol/respond';
import type { RouteRequest } from '../../../protocol/routes';

export async function getOutbox(_request: RouteRequest<'GET /outbox'>, session: CrmSession): Promise<ApiResponse> {
  return ok({ successful: true, items: await listOutbox(accountOf(session)) });
}

export async function retryOutbox({ body }: RouteRequest<'POST /outbox/retry'>, session: CrmSession): Promise<ApiResponse> {
  return ok(await retryOutboxItem(session, body.id));
}

export async function discardOutbox({ body }: RouteRequest<'POST /outbox/discard'>, session: CrmSession): Promise<ApiResponse> {
  return ok(await discardOutboxItem(accountOf(session), body.id));
}

export async function postCallLogReview({ body }: RouteRequest<'POST /callLog/review'>, session: CrmSession): Promise<ApiResponse> {
  return ok(await reviewCallLog(accountOf(session), body.sessionId, body.logId));
}
