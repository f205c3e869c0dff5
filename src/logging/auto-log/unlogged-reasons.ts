/**
 * `unloggedReason` on the calls of GET /calls: why auto-log left each call unlogged, as it last
 * decided, for the account it last ran for. A call logged since (by hand, from the form) is
 * logged: its old reason is dropped.
 */
import type { CallEntry } from '../../protocol/api-answers-browser';
import type { CallRecord } from '../../protocol/call-record';
import { getLedgerStates } from '../../storage/call-log-store';
import { autoLogOutcomes } from './outcomes';

export async function withUnloggedReasons(calls: readonly CallRecord[]): Promise<CallEntry[]> {
  const store = await autoLogOutcomes.get();
  const explained = calls.filter((call) => store.sessions[call.sessionId]?.reason);
  if (!explained.length) return [...calls];
  const [platform, userId] = JSON.parse(store.account) as [string, string];
  const states = await getLedgerStates(
    platform,
    userId,
    explained.map((call) => call.sessionId),
  );
  const logged = new Set(explained.filter((_, i) => states[i]?.state === 'logged').map((call) => call.sessionId));
  return calls.map((call) => {
    const outcome = store.sessions[call.sessionId];
    if (!outcome?.reason || logged.has(call.sessionId)) return call;
    return { ...call, unloggedReason: outcome.reason, ...(outcome.detail ? { unloggedDetail: outcome.detail } : {}) };
  });
}
