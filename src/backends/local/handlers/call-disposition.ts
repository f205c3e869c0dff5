/** PUT /callDisposition: links a logged call to a deal or lead. */
import { upsertCallDisposition } from '../../../logging/call-disposition';
import type { CrmSession } from '../../../logging/crm-session';
import type { ApiResponse } from '../../../protocol/envelope';
import { ok } from '../../../protocol/respond';
import type { RouteRequest } from '../../../protocol/routes';

export async function putCallDisposition({ body }: RouteRequest<'PUT /callDisposition'>, session: CrmSession): Promise<ApiResponse> {
  return ok(await upsertCallDisposition(session, body));
}
