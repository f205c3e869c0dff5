/** PUT /callDisposition: links a logged call to a deal or lead. */
import { upsertCallDisposition } from '../../logging/call-disposition';
import type { CrmSession } from '../../logging/crm-session';
import type { ApiResponse } from '../envelope';
import { ok } from '../respond';
import type { RouteRequest } from '../routes';

export async function putCallDisposition({ body }: RouteRequest<'PUT /callDisposition'>, session: CrmSession): Promise<ApiResponse> {
  return ok(await upsertCallDisposition(session, body));
}
