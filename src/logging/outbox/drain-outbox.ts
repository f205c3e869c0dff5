/**
 * Sends what is due in the outbox, oldest first, one session at a time under its lock. Only the
 * first waiting change of a session is sent, so an update never overtakes its create or an
 * earlier update. One run at a time in the browser; a run asked for during a run loops once more.
 */
import type { OutboxItem } from '../../storage/outbox-record';
import { allOutboxItems, getOutboxItem, putOutboxItem } from '../../storage/outbox-store';
import type { CrmSession } from '../crm-session';
import { sendQueuedCreate } from '../queued-create';
import { withSessionLock } from '../session-lock';
import { sendQueuedChange } from './queued-change';
import { planNextDrain } from './wake-outbox';

export type SessionFor = (platform: string, userId: string) => Promise<CrmSession | undefined>;

let again = false;

export async function drainOutbox(sessionFor: SessionFor): Promise<void> {
  await navigator.locks.request('outbox-drain', { ifAvailable: true }, async (lock) => {
    if (!lock) {
      again = true;
      return;
    }
    do {
      again = false;
      await sendDue(sessionFor);
    } while (again);
    await planNextDrain(nextDue(await allOutboxItems()));
  });
}

async function sendDue(sessionFor: SessionFor): Promise<void> {
  for (let due = dueHeads(await allOutboxItems()); due.length > 0; due = dueHeads(await allOutboxItems())) {
    for (const item of due) await sendItem(item, sessionFor);
  }
}

async function sendItem(item: OutboxItem, sessionFor: SessionFor): Promise<void> {
  const session = await sessionFor(item.platform, item.userId);
  if (!session) {
    await putOutboxItem({
      ...item,
      state: 'paused',
      lastError: { message: 'The CRM account is not connected.', hint: 'Open Options and connect it again.' },
    });
    return;
  }
  await withSessionLock(item, async () => {
    const current = await getOutboxItem(item.id!);
    if (current?.state !== 'pending' || current.nextAttemptAt > Date.now()) return;
    try {
      if (current.operation === 'create') await sendQueuedCreate(session, current, { whenRefused: 'keepFailed' });
      else await sendQueuedChange(session, current);
    } catch {
      // The outcome is already recorded on the item (failed, paused or rescheduled).
    }
  });
}

/** The first waiting change of each session, if it is due: what may be sent now. */
export function dueHeads(items: readonly OutboxItem[], now = Date.now()): OutboxItem[] {
  const heads = new Map<string, OutboxItem>();
  for (const item of [...items].sort((a, b) => a.id! - b.id!)) {
    const session = JSON.stringify([item.platform, item.userId, item.sessionId]);
    if (item.state !== 'failed' && !heads.has(session)) heads.set(session, item);
  }
  return [...heads.values()].filter((item) => item.state === 'pending' && item.nextAttemptAt <= now);
}

function nextDue(items: readonly OutboxItem[]): number | undefined {
  const pending = items.filter((item) => item.state === 'pending').map((item) => item.nextAttemptAt);
  return pending.length > 0 ? Math.min(...pending) : undefined;
}
