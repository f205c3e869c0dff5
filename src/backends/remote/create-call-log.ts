/**
 * POST /callLog through an App Connect server, whose duplicate guard is not safe: two POSTs for
 * one session at once create two CRM records. So, as in the local backend, a session is claimed
 * in the ledger under its Web Lock before the POST, and at most one POST per session is ever in
 * flight. A POST whose outcome is unknown (timeout, network error, 5xx, unreadable answer)
 * leaves the claim in place: the next POST first asks GET /callLog, and is sent again only when
 * the server says "not logged" after the settle time. The server's "Existing log" answer has no
 * logId; it is completed from GET /callLog so the caller gets the same answer as locally.
 */
import type { ApiResponse } from '../../protocol/envelope';
import { ok } from '../../protocol/respond';
import { error, success, warning, type ReturnMessage } from '../../protocol/return-message';
import type { CreateCallLogBody } from '../../protocol/schemas/call-log';
import { createClaim } from '../../logging/create-call-log';
import { existingAnswer as answerForExisting } from '../../logging/outbox/answers';
import { withSessionLock } from '../../logging/session-lock';
import { callSubject } from '../../protocol/call-subject';
import { claimSession, updateCallLogRecord } from '../../storage/call-log-store';
import { releaseSession } from '../../storage/outbox-store';
import type { CallLogRecord, SessionKey } from '../../storage/call-log-record';
import { askCallLogs } from './get-call-logs';
import { messageOf, rememberLogged } from './ledger';
import { askServer } from './reply';
import { createCallLogAnswer, toReturnMessage } from './schemas';
import { remoteSessionKey, type RemoteSession } from './session';

const EXISTING_LOG = /^Existing log for session /;
/** The server created the CRM record but could not save its mapping: it may exist, unseen. */
const MAPPING_NOT_SAVED = 'Database operation failed';

export function createRemoteCallLog(session: RemoteSession, body: CreateCallLogBody): Promise<ApiResponse> {
  const key = remoteSessionKey(session, body.logInfo.sessionId);
  return withSessionLock(key, async () => {
    const now = session.options.now();
    const claim = await claimSession(createClaim(key, body, callSubject(body.logInfo, body.contactName), now));
    if (!claim.claimed) {
      if (claim.record.state !== 'logging') return ok(answerForExisting(claim.record));
      const settled = await settleUnknownCreate(session, claim.record);
      if (settled) return settled;
    }
    return sendCreate(session, key, body);
  });
}

/** An earlier POST of this session has no known outcome: answers, unless it may be sent again. */
async function settleUnknownCreate(session: RemoteSession, record: CallLogRecord): Promise<ApiResponse | undefined> {
  const asked = await askCallLogs(session, [record.sessionId], false, session.options.checkTimeoutMs);
  if (!asked.ok) return asked.response;
  const found = asked.body.found.get(record.sessionId);
  const now = session.options.now();
  if (found) return ok(answerForExisting(await rememberLogged(record, found.logId, now)));
  if (now - (record.intent?.at ?? record.updatedAt) < session.options.settleMs) {
    return ok({
      successful: false,
      state: 'logging',
      returnMessage: warning(
        'The App Connect server has not confirmed this call yet.',
        5000,
        'It may still be logging it. Try again in a minute: the call is checked before it is ever sent again.',
      ),
    });
  }
  await updateCallLogRecord(record, (r) => ({
    ...r,
    updatedAt: now,
    intent: { operation: 'create', payload: r.intent?.payload, attempt: (r.intent?.attempt ?? 1) + 1, at: now },
  }));
  return undefined;
}

async function sendCreate(session: RemoteSession, key: SessionKey, body: CreateCallLogBody): Promise<ApiResponse> {
  const asked = await askServer(
    session,
    session.connection.jwtToken,
    { method: 'POST', path: '/callLog', body: withMappingKey(body), timeoutMs: session.options.createTimeoutMs },
    createCallLogAnswer,
    'creating call log',
  );
  if (!asked.ok) {
    if (asked.outcomeUnknown) return notConfirmed(asked.response.body);
    await releaseSession(key);
    return asked.response;
  }
  const answer = asked.body;
  const logId = answer.logId === null || answer.logId === undefined ? '' : String(answer.logId);
  if (answer.successful) {
    // Logged, but without an id we cannot tell which record: treat it as unknown, ask next time.
    if (!logId) return notConfirmed(undefined);
    await updateCallLogRecord(key, (r) => ({ ...r, state: 'logged', logId, updatedAt: session.options.now(), intent: undefined }));
    return ok({ successful: true, logId, returnMessage: toReturnMessage(answer.returnMessage) ?? success('Call logged') });
  }
  const message = messageOf(answer);
  if (message && EXISTING_LOG.test(message.message)) return completeExisting(session, key, message);
  if (message?.message === MAPPING_NOT_SAVED) {
    const record = await updateCallLogRecord(key, (r) => ({ ...r, state: 'needsReview', updatedAt: session.options.now() }));
    if (record) return ok(answerForExisting(record));
  }
  await releaseSession(key);
  return ok({
    successful: false,
    returnMessage:
      message ??
      error(
        'The App Connect server did not log the call.',
        8000,
        "Check the contact and try again. If it keeps failing, tell the server's administrator.",
      ),
  });
}

/** "Existing log for session X" comes without the logId: GET /callLog has it. */
async function completeExisting(session: RemoteSession, key: SessionKey, message: ReturnMessage): Promise<ApiResponse> {
  const asked = await askCallLogs(session, [key.sessionId], false, session.options.checkTimeoutMs);
  const found = asked.ok ? asked.body.found.get(key.sessionId) : undefined;
  if (found) return ok(answerForExisting(await rememberLogged(key, found.logId, session.options.now())));
  // Logged where this user's GET cannot see it: nothing was created, so the claim goes back.
  await releaseSession(key);
  return ok({ successful: false, returnMessage: message });
}

function notConfirmed(failed: unknown): ApiResponse {
  const why = (failed as { returnMessage?: ReturnMessage } | undefined)?.returnMessage?.details?.[0]?.items[0]?.text;
  return ok({
    successful: false,
    state: 'logging',
    returnMessage: warning(
      'The App Connect server did not confirm the log.',
      8000,
      `${why ? `${why} ` : ''}The call may already be logged. It is checked with the server before it is ever sent again; open the call later to see its state.`,
    ),
  });
}

/**
 * The server keys its mapping on `telephonySessionId` or `id`; without either it creates the
 * CRM record and then fails to save the mapping, which would allow a second record later.
 */
function withMappingKey(body: CreateCallLogBody): CreateCallLogBody {
  const { logInfo } = body;
  return logInfo.telephonySessionId || logInfo.id ? body : { ...body, logInfo: { ...logInfo, id: logInfo.sessionId } };
}
