/**
 * POST /messages/autoLog: the dialer's widget sends messages to log by themselves. They are
 * grouped into conversation-days as the Messages view groups them (so a day has one key, one
 * record, whichever path logs it) and go through auto-log's pass: its contact rules, its reasons,
 * then the message-log service.
 */
import { runMessageAutoLog } from '../../logging/auto-log/run-message-auto-log';
import { groupConversations } from '../../protocol/conversations';
import type { ApiResponse } from '../../protocol/envelope';
import type { AutoLogMessagesAnswer } from '../../protocol/message-answers';
import { ok } from '../../protocol/respond';
import { warning } from '../../protocol/return-message';
import type { RouteRequest } from '../../protocol/routes';
import { backendSetting } from '../backend-setting';

export async function postAutoLogMessages({ body }: RouteRequest<'POST /messages/autoLog'>): Promise<ApiResponse> {
  if ((await backendSetting.get()).kind === 'remote') {
    const returnMessage = warning('Not logged automatically: messages are logged from this browser only.', 6000, 'Log them from the Messages tab.');
    return ok({ successful: false, results: [], returnMessage } satisfies AutoLogMessagesAnswer);
  }
  const results = await runMessageAutoLog(groupConversations(body.messages), { asked: true });
  const answer: AutoLogMessagesAnswer = {
    successful: [...results.values()].some((r) => r.outcome !== 'unlogged'),
    results: [...results].map(([conversationLogId, r]) => ({
      conversationLogId,
      outcome: r.outcome,
      ...(r.outcome === 'unlogged' ? { unloggedReason: r.reason, ...(r.detail ? { unloggedDetail: r.detail } : {}) } : {}),
    })),
  };
  return ok(answer);
}
