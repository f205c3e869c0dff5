/**
 * GET /messageLog/waiting, POST /messageLog/retry and /messageLog/discard: the conversation-days
 * whose messages wait in the message ledger, for the connected account of this browser's own
 * backend (through an App Connect server nothing waits here).
 */
import { discardWaitingMessages, listWaitingMessages, retryWaitingMessages } from '../../logging/messages/waiting-messages';
import type { ApiResponse } from '../../protocol/envelope';
import { ok } from '../../protocol/respond';
import { warning } from '../../protocol/return-message';
import type { RouteRequest } from '../../protocol/routes';
import { autoLogSession } from '../auto-log-session';

const notHere = warning('Nothing waits in this browser.', 3000, 'Messages are logged through the App Connect server chosen in Options.');

export async function getWaitingMessages(): Promise<ApiResponse> {
  const session = await autoLogSession();
  return ok({ successful: true, items: session ? await listWaitingMessages(session) : [] });
}

export async function postRetryMessages({ body }: RouteRequest<'POST /messageLog/retry'>): Promise<ApiResponse> {
  const session = await autoLogSession();
  if (!session) return ok({ successful: false, returnMessage: notHere });
  return ok(
    await retryWaitingMessages(session, { platform: session.user.platform, userId: session.user.id, ...body, contactId: String(body.contactId) }),
  );
}

export async function postDiscardMessages({ body }: RouteRequest<'POST /messageLog/discard'>): Promise<ApiResponse> {
  const session = await autoLogSession();
  if (!session) return ok({ successful: false, returnMessage: notHere });
  return ok(await discardWaitingMessages({ platform: session.user.platform, userId: session.user.id, ...body, contactId: String(body.contactId) }));
}
