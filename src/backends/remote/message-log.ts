/**
 * POST and GET /messageLog through an App Connect server. The server logs each message id once
 * (it skips ids it has seen) and appends to the record of a known conversationLogId, but like its
 * call-log guard, its check is not safe under concurrency. So, as locally, a conversation-day is
 * handled under its Web Lock and in the ledger: messages the ledger knows are logged are never
 * sent again, at most one POST per conversation is in flight, and a POST whose answer was lost
 * can be sent again as it is (the server skips what it already logged).
 */
import * as z from 'zod/mini';
import { withMessageLock } from '../../logging/messages/message-lock';
import { toEntry } from '../../logging/messages/get-message-logs';
import { alreadyLoggedAnswer, noMessagesAnswer } from '../../logging/messages/message-answers';
import type { ApiResponse } from '../../protocol/envelope';
import { oldestFirst } from '../../protocol/message-kind';
import { ok } from '../../protocol/respond';
import { success, warning } from '../../protocol/return-message';
import type { RouteRequest } from '../../protocol/routes';
import type { MessageLogKey } from '../../storage/message-log-record';
import { changeMessageLog, claimMessageLog, messageLogsOf } from '../../storage/message-log-store';
import { messageOf } from './ledger';
import { askServer } from './reply';
import { remoteSessionKey, type RemoteSession } from './session';

const messageLogAnswer = z.looseObject({
  successful: z.boolean(),
  logIds: z.optional(z.array(z.union([z.string(), z.number()]))),
  returnMessage: z.optional(z.nullable(z.unknown())),
  message: z.optional(z.unknown()),
});

function accountOf(session: RemoteSession) {
  const { platform, userId } = remoteSessionKey(session, '');
  return { platform, userId };
}

export async function remotePostMessageLog(session: RemoteSession, { body }: RouteRequest<'POST /messageLog'>): Promise<ApiResponse> {
  const messages = oldestFirst(body.logInfo.messages);
  if (messages.length === 0) return ok(noMessagesAnswer());
  const key: MessageLogKey = { ...accountOf(session), conversationLogId: body.logInfo.conversationLogId, contactId: body.contactId };
  return withMessageLock(key, async () => {
    const now = session.options.now();
    const record = await claimMessageLog({
      ...key,
      contactName: body.contactName,
      contactType: body.contactType,
      messageIds: [],
      createdAt: now,
      updatedAt: now,
    });
    const fresh = messages.filter((m) => !record.messageIds.includes(m.id));
    if (fresh.length === 0) return ok(alreadyLoggedAnswer(record));
    // The server walks the list from its end (it expects RingCentral's newest-first order).
    const forwarded = { ...body, logInfo: { ...body.logInfo, messages: [...fresh].reverse() } };
    const asked = await askServer(
      session,
      session.connection.jwtToken,
      { method: 'POST', path: '/messageLog', body: forwarded },
      messageLogAnswer,
      'creating message log',
    );
    if (!asked.ok) return asked.response;
    if (!asked.body.successful) {
      return ok({
        successful: false,
        logIds: [],
        returnMessage: messageOf(asked.body) ?? warning('The App Connect server did not log the messages.'),
      });
    }
    const logIds = (asked.body.logIds ?? []).map(String);
    // Ids the server skipped were logged before (by it, for this or another contact): never send them again.
    const ids = fresh.map((m) => m.id);
    await changeMessageLog(key, (r) => ({
      ...r,
      messageIds: [...r.messageIds, ...ids.filter((id) => !r.messageIds.includes(id))],
      updatedAt: session.options.now(),
    }));
    if (logIds.length === 0) {
      return ok({
        successful: false,
        logIds,
        returnMessage: warning('The App Connect server had logged these messages already.', 5000, 'It logs a message once, for one contact only.'),
      });
    }
    const text = logIds.length === 1 ? 'Message logged' : `${logIds.length} messages logged`;
    return ok({ successful: true, logIds, returnMessage: messageOf(asked.body) ?? success(text) });
  });
}

/** The server has no such path: what this browser sent through it is in its ledger. */
export async function remoteGetMessageLog(session: RemoteSession, { query }: RouteRequest<'GET /messageLog'>): Promise<ApiResponse> {
  const { platform, userId } = accountOf(session);
  const records = await messageLogsOf(platform, userId, query.conversationLogIds);
  return ok({ successful: true, logs: records.filter((r) => r.messageIds.length > 0).map((r) => toEntry(r)) });
}
