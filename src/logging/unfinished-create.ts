/**
 * A claim still 'logging' when its session lock is free was left by a worker that stopped (or a
 * CRM that never answered) in the middle of a create: the CRM may or may not hold the record.
 * It is looked up, never created again blindly; a CRM that cannot be searched asks a person.
 */
import { isLogIdMapped, updateCallLogRecord } from '../storage/call-log-store';
import type { CallLogRecord } from '../storage/call-log-record';
import type { CreateCallLogBody } from '../api/schemas/call-log';
import type { CrmSession } from './crm-session';

/**
 * Returns the record as 'logged' (found), 'needsReview' (cannot tell), or still 'logging' with a
 * new attempt in its intent when the record is certainly absent and may be created again.
 */
export async function resolveUnfinishedCreate(session: CrmSession, record: CallLogRecord): Promise<CallLogRecord> {
  const { connector, user, authHeader } = session;
  const payload = record.intent?.payload as CreateCallLogBody | undefined;
  if (!connector.findCallLogBySession || !payload) {
    return (await updateCallLogRecord(record, (r) => ({ ...r, state: 'needsReview', updatedAt: Date.now() }))) ?? record;
  }
  const { logId } = await connector.findCallLogBySession({
    user,
    authHeader,
    sessionId: record.sessionId,
    contactId: record.contactId,
    // The subject the create sent, so the connector can recognise the record it left.
    callLog: { ...payload.logInfo, customSubject: record.subject },
    attemptedAt: record.createdAt,
    isLogIdMapped: (logId) => isLogIdMapped(user.platform, user.id, logId),
  });
  const now = Date.now();
  const resolved = await updateCallLogRecord(record, (r) =>
    logId
      ? { ...r, state: 'logged', logId, updatedAt: now, intent: undefined }
      : { ...r, updatedAt: now, intent: { ...r.intent!, attempt: r.intent!.attempt + 1, at: now } },
  );
  return resolved ?? record;
}
