/** GET /messages: the Messages view's conversations (a local path, as GET /calls). */
import { currentMessageSource } from '../../calls/message-source';
import { withConversationReasons } from '../../logging/auto-log/conversation-reasons';
import { autoLogCurrentMessages } from '../../logging/auto-log/start-auto-log';
import { refreshBadge, type LedgerRead } from '../../logging/auto-log/unlogged-badge';
import type { ApiResponse } from '../../protocol/envelope';
import { ok } from '../../protocol/respond';
import type { RouteRequest } from '../../protocol/routes';
import { autoLogSession } from '../auto-log-session';

export async function getMessages({ query }: RouteRequest<'GET /messages'>): Promise<ApiResponse> {
  const source = await currentMessageSource();
  const snapshot = query.refresh === 'true' ? await source.refresh() : await source.list();
  // Every sync is followed by an auto-log pass, as for calls; it tells the pages when it changed something.
  void autoLogCurrentMessages();
  // The badge is counted again for the days listed, and its read of the message ledger gives the
  // reasons: one read per request. The answer waits for the read only, not for the badge.
  const read = await new Promise<LedgerRead | undefined>((done) => {
    const none = () => done(undefined);
    void autoLogSession()
      .then((session) => refreshBadge(session, snapshot.conversations, done))
      .then(none, none);
  });
  return ok({ successful: true, ...snapshot, conversations: await withConversationReasons(snapshot.conversations, read) });
}
