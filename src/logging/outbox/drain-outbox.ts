/**
 * Sends what is due in the outbox, oldest first, one session at a time under its lock. Only the
 * first waiting change of a session is sent, so an update never overtakes its create or an
 * earlier update. One run at a time in the browser; a run asked for during a run loops once more.
 */
import type { OutboxItem } from '../../storage/outbox-record';
import { allOutboxItems, getOutboxItem } from '../../storage/outbox-store';
import { updateOutboxItems } from '../../storage/update-outbox-items';
import type { CrmSession } from '../crm-session';
import { sendQueuedCreate } from '../queued-create';
import { withSessionLock } from '../session-lock';
import { sendQueuedChange } from './queued-change';
import { describeFailure, outboxBackoff, retryAfterOf } from './retry-policy';
import { planNextDrain } from './wake-outbox';

export type SessionFor = (platform: string, userId: string) => Promise<CrmSession | undefined>;

let again = false;

export async function drainOutbox(sessionFor: SessionFor): Promise<void> {
  await navigator.locks.request('outbox-drain', { ifAvailable: true }, async (lock) => {
    if (!lock) {
      again = true;
      return;
    }
    try {
      do {
        again = false;
        await sendDue(sessionFor);
      } while (again);
    } finally {
      // Whatever went wrong above, the next run is planned: the outbox never stalls silently.
      await planNextDrain(nextDue(await allOutboxItems()));
    }
  });
}

async function sendDue(sessionFor: SessionFor): Promise<void> {
  for (let due = dueHeads(await allOutboxItems()); due.length > 0; due = dueHeads(await allOutboxItems())) {
    for (const item of due) await sendItem(item, sessionFor);
  }
}

async function sendItem(item: OutboxItem, sessionFor: SessionFor): Promise<void> {
  let session: CrmSession | undefined;
  try {
    session = await sessionFor(item.platform, item.userId);
  } catch (failure) {
    // No session could be made now (a token renewal that failed, storage that did not answer):
    // the item waits, with why, and the run goes on with the others.
    await updateOutboxItems({ id: item.id! }, (current) =>
      current.state === 'pending'
        ? { ...current, nextAttemptAt: Date.now() + outboxBackoff(current.attempt + 1, retryAfterOf(failure)), lastError: describeFailure(failure) }
        : undefined,
    );
    return;
  }
  if (!session) {
    await updateOutboxItems({ id: item.id! }, (current) =>
      current.state === 'pending'
        ? { ...current, state: 'paused', lastError: { message: 'The CRM account is not connected.', hint: 'Open Options and connect it again.' } }
        : undefined,
    );
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
