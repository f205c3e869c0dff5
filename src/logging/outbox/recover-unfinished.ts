/**
 * At every worker start: creates that were in flight when the last worker stopped are still
 * `logging` in the ledger. Each is queued to be looked up in the CRM once the CRM cannot still be
 * working on it, and created again only if it is not there.
 */
import { getConnector } from '../../connectors/registry';
import { getCallLogRecord } from '../../storage/call-log-store';
import { queueCreate, unfinishedCreates } from '../../storage/outbox-store';
import { requeueUnfinished } from '../queued-create';
import { withSessionLock } from '../session-lock';
import type { SessionFor } from './drain-outbox';
import { settleDelay } from './retry-policy';

export async function recoverUnfinished(sessionFor: SessionFor): Promise<number> {
  let recovered = 0;
  // Only sessions of this browser's connectors: an App Connect server's are reconciled with it.
  for (const record of (await unfinishedCreates()).filter((r) => getConnector(r.platform))) {
    const session = await sessionFor(record.platform, record.userId);
    await withSessionLock(record, async () => {
      const current = await getCallLogRecord(record);
      if (current?.state !== 'logging') return; // a request of this worker finished it meanwhile
      recovered += 1;
      if (session) await requeueUnfinished(session, current);
      else {
        await queueCreate(current, current.intent?.payload, {
          attempt: current.intent?.attempt ?? 1,
          reconcile: true,
          // Once connected again, still not looked up before the CRM had its settle delay.
          lookUpFrom: (current.intent?.at ?? current.updatedAt) + (await settleDelay(getConnector(current.platform)!)),
          lookUpFailures: 0,
          state: 'paused',
          nextAttemptAt: Date.now(),
          lastError: { message: 'The extension stopped before the CRM confirmed the log.', hint: 'Connect the CRM account again to check it.' },
        });
      }
    });
  }
  return recovered;
}
