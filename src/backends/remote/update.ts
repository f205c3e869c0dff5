/**
 * PATCH /callLog and PUT /callDisposition through an App Connect server, each under the
 * session's Web Lock so it goes after a create of the same call that is still in flight.
 */
import type { ApiResponse } from '../../protocol/envelope';
import { ok } from '../../protocol/respond';
import { success, warning } from '../../protocol/return-message';
import type { RouteRequest } from '../../protocol/routes';
import { withSessionLock } from '../../logging/session-lock';
import { notLogged } from '../../logging/logged-change';
import { getCallLogRecord } from '../../storage/call-log-store';
import { messageOf, rememberLogged } from './ledger';
import { askServer } from './reply';
import { outcomeAnswer, toReturnMessage, updateCallLogAnswer } from './schemas';
import { remoteSessionKey, type RemoteSession } from './session';

export function remotePatchCallLog(session: RemoteSession, { body }: RouteRequest<'PATCH /callLog'>): Promise<ApiResponse> {
  const key = remoteSessionKey(session, body.sessionId);
  return withSessionLock(key, async () => {
    // The server's body is flat: `sessionId` at the top, as in this API.
    const asked = await askServer(
      session,
      session.connection.jwtToken,
      { method: 'PATCH', path: '/callLog', body },
      updateCallLogAnswer,
      'updating call log',
    );
    if (!asked.ok) return asked.response;
    const { successful, logId, updatedNote, returnMessage } = asked.body;
    if (!successful) {
      // An unknown session is a bare `{ successful: false }`: say what it means.
      return ok({ successful: false, returnMessage: messageOf(asked.body) ?? notLogged(await getCallLogRecord(key)).returnMessage });
    }
    const id = logId === null || logId === undefined ? (await getCallLogRecord(key))?.logId : String(logId);
    if (id) await rememberLogged(key, id, session.options.now());
    return ok({
      successful: true,
      logId: id,
      updatedNote: updatedNote ?? undefined,
      returnMessage: toReturnMessage(returnMessage) ?? success('Call log updated.'),
    });
  });
}

export function remotePutCallDisposition(session: RemoteSession, { body }: RouteRequest<'PUT /callDisposition'>): Promise<ApiResponse> {
  return withSessionLock(remoteSessionKey(session, body.sessionId), async () => {
    const asked = await askServer(
      session,
      session.connection.jwtToken,
      { method: 'PUT', path: '/callDisposition', body },
      outcomeAnswer,
      'updating call disposition',
    );
    if (!asked.ok) return asked.response;
    const { successful } = asked.body;
    const returnMessage =
      messageOf(asked.body) ??
      (successful
        ? success('Call log updated.')
        : warning('The call log was not changed.', 5000, 'Check that the call is logged and a value is chosen, then try again.'));
    return ok({ successful, returnMessage });
  });
}
