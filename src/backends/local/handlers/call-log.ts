/** POST, GET and PATCH /callLog: thin wrappers over the call-log service. */
import { createCallLog } from '../../../logging/create-call-log';
import type { CrmSession } from '../../../logging/crm-session';
import { getCallLogs } from '../../../logging/get-call-logs';
import { updateCallLog } from '../../../logging/update-call-log';
import type { ApiResponse } from '../../../protocol/envelope';
import { ok } from '../../../protocol/respond';
import type { RouteRequest } from '../../../protocol/routes';
import { markStage } from '../../../protocol/stage-marks';

export async function postCallLog({ body }: RouteRequest<'POST /callLog'>, session: CrmSession): Promise<ApiResponse> {
  markStage('session');
  return ok(await createCallLog(session, body));
}

export async function getCallLog({ query }: RouteRequest<'GET /callLog'>, session: CrmSession): Promise<ApiResponse> {
  return ok(await getCallLogs(session, query.sessionIds, query.requireDetails === 'true'));
}

export async function patchCallLog({ body }: RouteRequest<'PATCH /callLog'>, session: CrmSession): Promise<ApiResponse> {
  return ok(await updateCallLog(session, body));
}
