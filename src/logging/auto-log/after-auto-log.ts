/**
 * What follows a pass: the toolbar badge counts the calls not logged, open pages are told that
 * the calls changed (and, if the user asked for it, which one to open the log form of), and a
 * notification says what was left unlogged when no side panel is open to show it.
 */
import browser from 'webextension-polyfill';
import { AUTO_LOGGED, CALLS_CHANGED } from '../../protocol/api-answers-browser';
import type { CallRecord } from '../../protocol/call-record';
import type { AutoLogSettings } from '../../protocol/schemas/auto-log-settings';
import { getLedgerStates } from '../../storage/call-log-store';
import type { CrmSession } from '../crm-session';
import { isAnsweredElsewhere, isWanted } from './call-filter';
import type { AutoLogResult } from './log-one-call';
import { accountOf, outcomesOf } from './outcomes';
import { notifyUnlogged } from './notify-unlogged';

export async function afterAutoLog(
  session: CrmSession,
  calls: readonly CallRecord[],
  settings: AutoLogSettings,
  results: ReadonlyMap<string, AutoLogResult>,
): Promise<void> {
  await showBadge(await countNotLogged(session, calls, settings));
  if (!results.size) return;
  void browser.runtime.sendMessage(CALLS_CHANGED).catch(() => undefined);
  const logged = [...results].filter(([, result]) => result.outcome === 'logged');
  // One call just ended: its form may open for a note. Never a form per call of a back-fill.
  if (settings.openFormAfterLog && logged.length === 1 && results.size === 1) {
    const call = calls.find((c) => c.sessionId === logged[0]![0]);
    void browser.runtime.sendMessage({ ...AUTO_LOGGED, call }).catch(() => undefined);
  }
  const unlogged = [...results.values()].filter(
    (r) => r.outcome === 'unlogged' && r.reason !== 'answeredElsewhere' && r.reason !== 'waitingForRecording',
  );
  if (settings.notify && unlogged.length) await notifyUnlogged(unlogged.length);
}

/** Calls the user wants logged that are not: no record in the CRM, nor one on its way. */
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

export async function showBadge(count: number): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  await action.setBadgeText({ text: count > 0 ? String(Math.min(count, 999)) : '' });
  await action.setBadgeBackgroundColor({ color: '#b3261e' });
}
