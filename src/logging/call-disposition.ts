/** PUT /callDisposition: links a logged call to CRM records (a deal, a lead) after the fact. */
import { success, warning, type ReturnMessage } from '../api/return-message';
import { getCallLogRecord } from '../storage/call-log-store';
import type { SessionKey } from '../storage/call-log-record';
import type { CrmSession } from './crm-session';
import { withSessionLock } from './session-lock';
import { notLogged } from './update-call-log';

export function upsertCallDisposition(
  session: CrmSession,
  sessionId: string,
  dispositions: Record<string, unknown>,
): Promise<{ successful: boolean; returnMessage: ReturnMessage }> {
  const { connector, user, authHeader } = session;
  const key: SessionKey = { platform: user.platform, userId: user.id, sessionId };
  return withSessionLock(key, async () => {
    const record = await getCallLogRecord(key);
    if (record?.state !== 'logged' || !record.logId) return notLogged(record);
    const { logId, returnMessage } = await connector.upsertCallDisposition({
      user,
      authHeader,
      existingCallLog: { sessionId, thirdPartyLogId: record.logId, contactId: record.contactId },
      dispositions,
    });
    if (logId === null || logId === undefined) {
      return { successful: false, returnMessage: returnMessage ?? warning('Nothing to link: choose a value first.') };
    }
    return { successful: true, returnMessage: returnMessage ?? success('Call log updated.') };
  });
}
