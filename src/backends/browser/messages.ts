/** GET /messages: the Messages view's conversations (a local path, as GET /calls). */
import { currentMessageSource } from '../../calls/message-source';
import { withConversationReasons } from '../../logging/auto-log/conversation-reasons';
import { autoLogCurrentMessages } from '../../logging/auto-log/start-auto-log';
import type { ApiResponse } from '../../protocol/envelope';
import { ok } from '../../protocol/respond';
import type { RouteRequest } from '../../protocol/routes';

export async function getMessages({ query }: RouteRequest<'GET /messages'>): Promise<ApiResponse> {
  const source = await currentMessageSource();
  const snapshot = query.refresh === 'true' ? await source.refresh() : await source.list();
  // Every sync is followed by an auto-log pass, as for calls; it tells the pages when it changed something.
  void autoLogCurrentMessages();
  return ok({ successful: true, ...snapshot, conversations: await withConversationReasons(snapshot.conversations) });
}
