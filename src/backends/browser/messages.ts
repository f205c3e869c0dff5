/** GET /messages: the Messages view's conversations (a local path, as GET /calls). */
import { currentMessageSource } from '../../calls/message-source';
import type { ApiResponse } from '../../protocol/envelope';
import { ok } from '../../protocol/respond';
import type { RouteRequest } from '../../protocol/routes';

export async function getMessages({ query }: RouteRequest<'GET /messages'>): Promise<ApiResponse> {
  const source = await currentMessageSource();
  const snapshot = query.refresh === 'true' ? await source.refresh() : await source.list();
  return ok({ successful: true, ...snapshot });
}
