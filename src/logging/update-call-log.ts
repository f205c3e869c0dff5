/**
 * PATCH /callLog: read the CRM's current body, upsert the changed items, write it back. The body
 * is re-read every time because the user may have edited the record in the CRM in between;
 * if it cannot be read, nothing is written (an update must never wipe a body it did not see).
 */
import type { UpdateCallLogBody } from '../api/schemas/call-log';
import { error, success, warning, type ReturnMessage } from '../api/return-message';
import { getCallLogRecord, updateCallLogRecord } from '../storage/call-log-store';
import type { CallLogRecord, SessionKey } from '../storage/call-log-record';
import { logBodySetting } from '../storage/settings';
import { composeLogBody } from './compose/compose-log-body';
import type { CrmSession } from './crm-session';
import { itemsForUpdate } from './log-items';
import { withSessionLock } from './session-lock';

export interface UpdateCallLogAnswer {
  successful: boolean;
  logId?: string;
  updatedNote?: string;
  returnMessage: ReturnMessage;
}

export function updateCallLog(session: CrmSession, body: UpdateCallLogBody): Promise<UpdateCallLogAnswer> {
  const { connector, user, authHeader } = session;
  const key: SessionKey = { platform: user.platform, userId: user.id, sessionId: body.sessionId };
  return withSessionLock(key, async () => {
    const record = await getCallLogRecord(key);
    if (record?.state !== 'logged' || !record.logId) return notLogged(record);
    const existingCallLog = { sessionId: record.sessionId, thirdPartyLogId: record.logId, contactId: record.contactId };

    const { callLogInfo } = await connector.getCallLog({ user, authHeader, callLogId: record.logId, contactId: record.contactId });
    if (!callLogInfo) {
      return { successful: false, returnMessage: error(`Could not read the call log from ${connector.displayName}, so it was not changed. Try again.`) };
    }
    const settings = await logBodySetting.get();
    const composedLogDetails = composeLogBody({
      format: connector.logFormat,
      base: callLogInfo.fullBody || callLogInfo.note,
      items: itemsForUpdate(body),
      settings,
      timezoneOffset: settings.timezoneOffset ?? user.timezoneOffset,
    });
    const result = await connector.updateCallLog({
      user,
      authHeader,
      existingCallLog,
      subject: body.subject,
      note: body.note,
      recordingLink: body.recordingLink,
      startTime: body.startTime,
      duration: body.duration,
      result: body.result,
      additionalSubmission: body.additionalSubmission ?? undefined,
      composedLogDetails,
    });
    await updateCallLogRecord(key, (r) => ({ ...r, subject: body.subject || r.subject, updatedAt: Date.now() }));
    return {
      successful: true,
      logId: record.logId,
      updatedNote: result.updatedNote,
      returnMessage: result.returnMessage ?? success('Call log updated.'),
    };
  });
}

export function notLogged(record: CallLogRecord | undefined): { successful: false; returnMessage: ReturnMessage } {
  if (record?.state === 'needsReview') {
    return { successful: false, returnMessage: warning('This call needs a review before it can be changed.', 8000, 'Check the CRM for this call first.') };
  }
  if (record) {
    return { successful: false, returnMessage: warning('This call is still being logged. Try the change again in a moment.') };
  }
  return { successful: false, returnMessage: warning('This call has not been logged yet, so there is nothing to update. Log it first.') };
}
