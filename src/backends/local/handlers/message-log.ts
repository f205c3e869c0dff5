/** POST and GET /messageLog: thin wrappers over the message-log service. */
import type { CrmSession } from '../../../logging/crm-session';
import { getMessageLogs } from '../../../logging/messages/get-message-logs';
import { logMessages } from '../../../logging/messages/log-messages';
import type { ApiResponse } from '../../../protocol/envelope';
import { ok } from '../../../protocol/respond';
import type { RouteRequest } from '../../../protocol/routes';

export async function postMessageLog({ body }: RouteRequest<'POST /messageLog'>, session: CrmSession): Promise<ApiResponse> {
  return ok(await logMessages(session, body));
}

export async function getMessageLog({ query }: RouteRequest<'GET /messageLog'>, session: CrmSession): Promise<ApiResponse> {
  return ok(await getMessageLogs(session, query.conversationLogIds));
}
