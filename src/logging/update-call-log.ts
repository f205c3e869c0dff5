/**
 * PATCH /callLog: read the CRM's current body, upsert the changed items, write it back. The body
 * is re-read every time because the user may have edited the record in the CRM in between;
 * if it cannot be read, nothing is written (an update must never wipe a body it did not see).
 */
import type { UpdateCallLogBody } from '../protocol/schemas/call-log';
import { error, success } from '../protocol/return-message';
import { updateCallLogRecord } from '../storage/call-log-store';
import { logBodySetting } from './compose/log-body-setting';
import { composeLogBody, readAgentNote } from './compose/compose-log-body';
import { logClock } from './compose/log-clock';
import type { CrmSession } from './crm-session';
import { changeOrQueue, type LoggedRecord } from './logged-change';
import { type ChangeAnswer } from '../protocol/api-answers';
import { itemsForUpdate } from './log-items';
import { withSessionLock } from './session-lock';
import type { UpdateCallLogAnswer } from '../protocol/api-answers';

export function updateCallLog(session: CrmSession, body: UpdateCallLogBody): Promise<UpdateCallLogAnswer> {
  const key = { platform: session.user.platform, userId: session.user.id, sessionId: body.sessionId };
  return withSessionLock(key, () => changeOrQueue(session, key, 'update', body, applyUpdate));
}

export async function applyUpdate(session: CrmSession, record: LoggedRecord, body: UpdateCallLogBody): Promise<UpdateCallLogAnswer> {
  const { connector, user, authHeader } = session;
  const { callLogInfo } = await connector.getCallLog({ user, authHeader, callLogId: record.logId, contactId: record.contactId });
  if (!callLogInfo) {
    return {
      successful: false,
      returnMessage: error(`Could not read the call log from ${connector.displayName}, so it was not changed. Try again.`),
    };
  }
  const settings = await logBodySetting.get();
  const composedLogDetails = composeLogBody({
    format: connector.logFormat,
    base: callLogInfo.fullBody,
    items: itemsForUpdate(body),
    settings,
    clock: logClock(settings, user),
  });
  const result = await connector.updateCallLog({
    user,
    authHeader,
    existingCallLog: { sessionId: record.sessionId, thirdPartyLogId: record.logId, contactId: record.contactId },
    subject: body.subject,
    note: body.note,
    recordingLink: body.recordingLink,
    startTime: body.startTime,
    duration: body.duration,
    result: body.result,
    additionalSubmission: body.additionalSubmission ?? undefined,
    composedLogDetails,
  });
  await updateCallLogRecord(record, (r) => ({ ...r, subject: body.subject || r.subject, updatedAt: Date.now() }));
  return {
    successful: true,
    logId: record.logId,
    updatedNote: result.updatedNote ?? body.note ?? readAgentNote(connector.logFormat, composedLogDetails),
    returnMessage: result.returnMessage ?? success('Call log updated.'),
  };
}
