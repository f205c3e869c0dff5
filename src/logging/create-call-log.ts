/**
 * POST /callLog: one CRM record per call session, ever. Under the session lock the ledger is
 * read; a free session is claimed (with the intent to create) in one transaction before the
 * CRM is called, and marked logged as soon as the CRM gives an id. Concurrent requests wait
 * for the lock and then find the session logged; none of them calls the CRM a second time.
 */
import type { CreateCallLogBody } from '../api/schemas/call-log';
import { success, warning, error, type ReturnMessage } from '../api/return-message';
import { contactParty } from '../calls/call-record';
import { isCrmError } from '../connectors/errors';
import { claimSession, releaseClaim, updateCallLogRecord } from '../storage/call-log-store';
import type { CallLogRecord, SessionKey } from '../storage/call-log-record';
import { logBodySetting } from '../storage/settings';
import { composeLogBody } from './compose/compose-log-body';
import type { CrmSession } from './crm-session';
import { itemsForCreate } from './log-items';
import { resolveUnfinishedCreate } from './unfinished-create';
import { withSessionLock } from './session-lock';
import { callSubject } from './subject';

export interface CreateCallLogAnswer {
  successful: boolean;
  logId?: string;
  returnMessage: ReturnMessage;
  state?: CallLogRecord['state'];
}

export function createCallLog(session: CrmSession, body: CreateCallLogBody): Promise<CreateCallLogAnswer> {
  const key: SessionKey = { platform: session.user.platform, userId: session.user.id, sessionId: body.logInfo.sessionId };
  return withSessionLock(key, async () => {
    const subject = callSubject(body.logInfo, body.contactName);
    const now = Date.now();
    const claim = await claimSession(createClaim(key, body, subject, now));
    if (!claim.claimed) {
      // Holding the lock, a record still 'logging' was left by a worker that stopped mid-create.
      const record = claim.record.state === 'logging' ? await resolveUnfinishedCreate(session, claim.record) : claim.record;
      if (record.state !== 'logging') return answerForExisting(record);
    }
    return sendCreate(session, key, body, subject);
  });
}

/** The ledger record that claims a session for a create, with the intent to create in it. */
export function createClaim(key: SessionKey, body: CreateCallLogBody, subject: string, now: number): CallLogRecord {
  return {
    ...key,
    state: 'logging',
    contactId: body.contactId,
    contactType: body.contactType,
    contactName: body.contactName,
    subject,
    createdAt: now,
    updatedAt: now,
    intent: { operation: 'create', payload: body, attempt: 1, at: now },
  };
}

async function sendCreate(session: CrmSession, key: SessionKey, body: CreateCallLogBody, subject: string) {
  const { connector, user, authHeader } = session;
  const settings = await logBodySetting.get();
  const timezoneOffset = settings.timezoneOffset ?? user.timezoneOffset;
  const party = contactParty(body.logInfo);
  try {
    const result = await connector.createCallLog({
      user,
      authHeader,
      contactInfo: {
        id: body.contactId,
        type: body.contactType ?? '',
        phoneNumber: party?.phoneNumber ?? party?.extensionNumber ?? '',
        name: body.contactName ?? party?.name ?? '',
      },
      callLog: { ...body.logInfo, customSubject: subject },
      note: body.note ?? '',
      additionalSubmission: body.additionalSubmission ?? {},
      timezoneOffset,
      composedLogDetails: composeLogBody({
        format: connector.logFormat,
        items: itemsForCreate(body, subject),
        settings,
        timezoneOffset,
      }),
    });
    if (result.logId === null || result.logId === undefined || result.logId === '') {
      await releaseClaim(key);
      return { successful: false, returnMessage: result.returnMessage ?? error(`${connector.displayName} did not log the call.`) };
    }
    const logId = String(result.logId);
    await updateCallLogRecord(key, (record) => ({ ...record, state: 'logged', logId, updatedAt: Date.now(), intent: undefined }));
    return { successful: true, logId, returnMessage: result.returnMessage ?? success('Call logged') };
  } catch (failure) {
    if (isCrmError(failure) && failure.options.outcomeUnknown) {
      // The CRM may have created the record: keep the claim so it is looked up, never re-sent blindly.
      return {
        successful: false,
        state: 'logging' as const,
        returnMessage: warning(
          `${connector.displayName} did not confirm the log in time.`,
          8000,
          'The call may already be logged. It is checked before it is ever sent again; open the call later to see its state.',
        ),
      };
    }
    await releaseClaim(key);
    throw failure;
  }
}

/** The answer for a session the ledger already holds: its logId, or why it has none yet. */
export function answerForExisting(record: CallLogRecord): CreateCallLogAnswer {
  if (record.state === 'logged') {
    return {
      successful: false,
      logId: record.logId,
      returnMessage: warning(`Existing log for session ${record.sessionId}`, 3000),
    };
  }
  return {
    successful: false,
    state: record.state,
    returnMessage:
      record.state === 'needsReview'
        ? warning(
            'This call may already be logged, but that could not be confirmed.',
            8000,
            'Check the CRM for this call, then mark it logged or log it again from the call list.',
          )
        : warning('This call is saved and waiting to be logged. It will be retried; nothing else to do.', 5000),
  };
}
