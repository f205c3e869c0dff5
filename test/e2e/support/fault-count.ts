/**
 * Counts what a fault left, per call session, on the fake Pipedrive's side (test/e2e/faults.test.ts):
 * a session is logged when its ledger entry points at an activity that names it (the Session Id
 * item of its note), a wrong record when it points at another call's activity, duplicated by
 * every extra activity that names it, lost when no activity names it and no person was asked.
 */
import type { LaunchedExtension } from '../../../scripts/launch-extension';
import type { FakeCompanyHandle } from '../../fake-servers/pipedrive/control-client';

export interface FaultCount {
  logged: number;
  duplicated: number;
  lost: number;
  wrongRecord: number;
  needsReview: number;
}

interface LedgerEntry {
  sessionId: string;
  matched: boolean;
  logId?: string;
  state?: string;
}

export const marker = (sessionId: string) => `<li><b>Session Id</b>: ${sessionId}</li>`;

export async function ledgerOf(extension: LaunchedExtension, ids: string[]): Promise<LedgerEntry[]> {
  return (await extension.api({ method: 'GET', path: '/callLog', query: { sessionIds: ids.join(',') } })).body.logs;
}

/** Waits until every session is logged or waits for a person (the outbox works in the background). */
export async function untilSettled(extension: LaunchedExtension, ids: string[], timeoutMs = 150_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = (await ledgerOf(extension, ids)).filter((log) => !log.matched && log.state !== 'needsReview');
    if (open.length === 0) return;
    if (Date.now() > deadline) throw new Error(`not settled in time: ${open.length} (${open[0]!.sessionId}: ${open[0]!.state ?? 'not logged'})`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export async function countPerSession(extension: LaunchedExtension, company: FakeCompanyHandle, ids: string[]): Promise<FaultCount> {
  const { activities } = await company.state();
  const owner = new Map<string, string>();
  const records = new Map<string, number>(ids.map((id) => [id, 0]));
  // Session ids are unique markers: `<li>…: f-1</li>` is never inside `<li>…: f-10</li>`.
  for (const activity of activities) {
    for (const id of ids) {
      if ((activity.note ?? '').includes(marker(id))) {
        records.set(id, records.get(id)! + 1);
        owner.set(String(activity.id), id);
      }
    }
  }
  const count: FaultCount = { logged: 0, duplicated: 0, lost: 0, wrongRecord: 0, needsReview: 0 };
  for (const log of await ledgerOf(extension, ids)) {
    const own = records.get(log.sessionId)!;
    count.duplicated += Math.max(0, own - 1);
    if (log.matched && owner.get(String(log.logId)) === log.sessionId) count.logged += 1;
    else if (log.matched) count.wrongRecord += 1;
    else if (log.state === 'needsReview') count.needsReview += 1;
    else if (own === 0) count.lost += 1;
  }
  return count;
}
