/** PUT /callDisposition: links a logged call to CRM records (a deal, a lead) after the fact. */
import { success, warning } from '../protocol/return-message';
import type { CrmSession } from './crm-session';
import { changeOrQueue, type LoggedRecord } from './logged-change';
import { type ChangeAnswer } from '../protocol/api-answers';
import { withSessionLock } from './session-lock';

export interface DispositionBody {
  sessionId: string;
  dispositions: Record<string, unknown>;
}

export function upsertCallDisposition(session: CrmSession, body: DispositionBody): Promise<ChangeAnswer> {
  const key = { platform: session.user.platform, userId: session.user.id, sessionId: body.sessionId };
  return withSessionLock(key, () => changeOrQueue(session, key, 'disposition', body, applyDisposition));
}

export async function applyDisposition(session: CrmSession, record: LoggedRecord, body: DispositionBody): Promise<ChangeAnswer> {
  const { connector, user, authHeader } = session;
  const { logId, returnMessage } = await connector.upsertCallDisposition({
    user,
    authHeader,
    existingCallLog: { sessionId: record.sessionId, thirdPartyLogId: record.logId, contactId: record.contactId },
    dispositions: body.dispositions,
  });
  if (logId === null || logId === undefined) {
    return { successful: false, returnMessage: returnMessage ?? warning('Nothing to link: choose a value first.') };
  }
  return { successful: true, returnMessage: returnMessage ?? success('Call log updated.') };
}
