/**
 * One auto-log pass over calls of the current source: every ended call that the ledger does not
 * know yet, that the settings want and that no earlier pass decided under the same settings, is
 * logged; the decisions are kept (outcomes.ts) and the pages told. Passes run one at a time in the
 * browser. A back-fill keeps a few creates in flight: the CRM client's pacer holds them to the
 * CRM's rate limit (src/http/request-pacer.ts), so more in flight would only wait in its queue.
 */
import type { CallRecord } from '../../protocol/call-record';
import type { AutoLogSettings } from '../../protocol/schemas/auto-log-settings';
import { getLedgerStates } from '../../storage/call-log-store';
import type { CrmSession } from '../crm-session';
import { autoLogSetting, policyOf } from './auto-log-setting';
import { autoLogCall, type AutoLogResult, type ContactLookups } from './log-one-call';
import { isWanted } from './call-filter';
import { accountOf, outcomesOf, saveOutcomes, type AutoLogOutcome } from './outcomes';
import { addLateRecordings } from './late-recordings';
import { afterAutoLog } from './after-auto-log';
import { refreshBadge } from './unlogged-badge';
import { inPool } from './in-pool';
import { decisionOf, isNews } from './unlogged-by';

export type SessionOpener = () => Promise<CrmSession | undefined>;

let openSession: SessionOpener = async () => undefined;
const IN_FLIGHT = 4;

/** Set once at the worker's start (entrypoints/background.ts): the CRM session auto-log acts for. */
export function setAutoLogSession(open: SessionOpener): void {
  openSession = open;
}

/** The CRM session auto-log acts for now (none through an App Connect server). */
export function openAutoLogSession(): Promise<CrmSession | undefined> {
  return openSession();
}

/** Logs what needs logging among `calls`; answers what became of each call it tried. */
export async function runAutoLog(calls: readonly CallRecord[]): Promise<Map<string, AutoLogResult>> {
  return await navigator.locks.request('auto-log', async () => {
    const settings = await autoLogSetting.get();
    const session = settings.enabled ? await openSession() : undefined;
    if (!session) {
      // Off: the conversations still count; nothing to log into: no count to show.
      await refreshBadge(settings.enabled ? undefined : await openSession());
      return new Map();
    }
    const { results, news } = await logPass(session, calls, settings);
    await afterAutoLog(session, calls, settings, news);
    return results;
  });
}

interface Pass {
  results: Map<string, AutoLogResult>;
  /** The results that are news: not the same reason again (a call still waiting for its recording), not a try-again. */
  news: Map<string, AutoLogResult>;
}

async function logPass(session: CrmSession, calls: readonly CallRecord[], settings: AutoLogSettings): Promise<Pass> {
  const { platform, id: userId } = session.user;
  const account = accountOf(platform, userId);
  const policy = policyOf(settings);
  const [states, outcomes] = await Promise.all([
    getLedgerStates(
      platform,
      userId,
      calls.map((c) => c.sessionId),
    ),
    outcomesOf(account),
  ]);
  const todo = calls.filter((call, i) => {
    const decided = outcomes[call.sessionId];
    return !states[i] && isWanted(call, settings) && (!decided || decided.policy !== policy || decided.reason === 'waitingForRecording');
  });
  const changes = new Map<string, AutoLogOutcome | undefined>();
  const results = new Map<string, AutoLogResult>();
  const lookups: ContactLookups = new Map();
  await inPool(todo, IN_FLIGHT, async (call) => {
    try {
      const result = await autoLogCall(session, call, settings, lookups);
      results.set(call.sessionId, result);
      changes.set(call.sessionId, toOutcome(result, policy));
    } catch (failure) {
      // A bug, not a CRM answer: the other calls still get logged, and the next pass tries this one.
      console.error('Auto-log failed for a call:', failure instanceof Error ? failure.name : typeof failure);
    }
  });
  await addLateRecordings(session, calls, states, outcomes, changes);
  await saveOutcomes(account, changes);
  const news = new Map([...results].filter(([id, result]) => isNews(result, outcomes[id])));
  return { results, news };
}

/** What to keep of a call's result: why it was left (not for a CRM that cannot answer now), or that its recording may come. */
function toOutcome(result: AutoLogResult, policy: string): AutoLogOutcome | undefined {
  if (result.outcome === 'logged' && result.withoutRecording) return { policy, recording: 'missing', at: Date.now() };
  return decisionOf(result, policy);
}
