/**
 * What a person can do about changes that wait: see them, retry one now, give up on one, and
 * settle a call whose outcome could not be confirmed (needs review).
 */
import { success, warning, type ReturnMessage } from '../../protocol/return-message';
import { getCallLogRecord, getCallLogRecords } from '../../storage/call-log-store';
import type { OutboxItem } from '../../storage/outbox-record';
import { accountOutboxItems, deleteOutboxItem, getOutboxItem, markLogged, putOutboxItem, releaseSession } from '../../storage/outbox-store';
import type { CrmSession } from '../crm-session';
import { sendQueuedCreate } from '../queued-create';
import { withSessionLock } from '../session-lock';
import { sendQueuedChange } from './queued-change';
import type { OutboxEntry } from '../../protocol/api-answers';

/** Whose ledger and outbox: a platform and a user id as the ledger keys them (no CRM needed). */
export interface LedgerAccount {
  platform: string;
  userId: string;
}

export function accountOf(session: CrmSession): LedgerAccount {
  return { platform: session.user.platform, userId: session.user.id };
}

export async function listOutbox({ platform, userId }: LedgerAccount): Promise<OutboxEntry[]> {
  const items = await accountOutboxItems(platform, userId);
  const records = await getCallLogRecords(
    platform,
    userId,
    items.map((item) => item.sessionId),
  );
  return items.map(({ body: _body, platform: _p, userId: _u, ...item }, i) => ({
    ...item,
    subject: records[i]?.subject,
    contactName: records[i]?.contactName,
  }));
}

type Answer = { successful: boolean; returnMessage: ReturnMessage };

export async function retryOutboxItem(session: CrmSession, id: number): Promise<Answer> {
  const item = await ownItem(accountOf(session), id);
  if (!item) return gone();
  return withSessionLock(item, async () => {
    const current = await getOutboxItem(id);
    if (!current) return gone();
    const due: OutboxItem = { ...current, state: 'pending', nextAttemptAt: Date.now() };
    await putOutboxItem(due);
    if (due.operation === 'create') {
      const answer = await sendQueuedCreate(session, due, { whenRefused: 'keepFailed' });
      return { successful: answer.successful || Boolean(answer.logId), returnMessage: answer.returnMessage };
    }
    await sendQueuedChange(session, due);
    const after = await getOutboxItem(id);
    return after
      ? { successful: false, returnMessage: warning(after.lastError?.message ?? 'Not sent yet.', 5000, after.lastError?.hint) }
      : { successful: true, returnMessage: success('Change applied.') };
  });
}

export async function discardOutboxItem(account: LedgerAccount, id: number): Promise<Answer> {
  const item = await ownItem(account, id);
  if (!item) return gone();
  return withSessionLock(item, async () => {
    if (item.operation === 'create') await releaseSession(item);
    else await deleteOutboxItem(id);
    if (item.operation !== 'create') return { successful: true, returnMessage: success('Change discarded.') };
    // Its last attempt may have reached the CRM: the record may be there although we never heard.
    if (item.reconcile) {
      return {
        successful: true,
        returnMessage: warning(
          'Discarded. The call shows as not logged, but the CRM may already have its record: the answer to its last attempt was lost.',
          8000,
          'Check the CRM for this call before logging it again, or it may be logged twice.',
        ),
      };
    }
    return { successful: true, returnMessage: success('Discarded. The call shows as not logged; you can log it again.') };
  });
}

/** A person checked the CRM: the call is there (with this record id), or it is not. */
export async function reviewCallLog(account: LedgerAccount, sessionId: string, logId: string | undefined): Promise<Answer> {
  const key = { ...account, sessionId };
  return withSessionLock(key, async () => {
    const record = await getCallLogRecord(key);
    if (record?.state !== 'needsReview') {
      return { successful: false, returnMessage: warning('This call does not need a review.') };
    }
    if (logId) await markLogged(key, logId);
    else await releaseSession(key);
    return { successful: true, returnMessage: success(logId ? 'Marked as logged.' : 'Marked as not logged; you can log it now.') };
  });
}

async function ownItem(account: LedgerAccount, id: number): Promise<OutboxItem | undefined> {
  const item = await getOutboxItem(id);
  return item && item.platform === account.platform && item.userId === account.userId ? item : undefined;
}

function gone(): Answer {
  return { successful: false, returnMessage: warning('This change is no longer waiting: it was sent or discarded.') };
}
