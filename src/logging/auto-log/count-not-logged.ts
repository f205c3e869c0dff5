import type { CallRecord } from '../../protocol/call-record';
import type { AutoLogSettings } from '../../protocol/schemas/auto-log-settings';
import { getLedgerStates } from '../../storage/call-log-store';
import type { CrmSession } from '../crm-session';
import { isAnsweredElsewhere, isWanted } from './call-filter';
import { accountOf, outcomesOf } from './outcomes';

/** Calls the user wants logged that are not: no record in the CRM, nor one on its way (the badge's calls). */
export async function countNotLogged(session: CrmSession, calls: readonly CallRecord[], settings: AutoLogSettings): Promise<number> {
  const { platform, id: userId } = session.user;
  const [states, outcomes] = await Promise.all([
    getLedgerStates(
      platform,
      userId,
      calls.map((c) => c.sessionId),
    ),
    outcomesOf(accountOf(platform, userId)),
  ]);
  return calls.filter((call, i) => {
    if (!isWanted(call, settings) || isAnsweredElsewhere(call)) return false;
    if (outcomes[call.sessionId]?.reason === 'waitingForRecording') return false;
    return states[i]?.state !== 'logged';
  }).length;
}
