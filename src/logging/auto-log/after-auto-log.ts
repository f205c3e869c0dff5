/**
 * What follows a pass: the toolbar badge counts again (unlogged-badge.ts), open pages are told that
 * the calls changed (and, if the user asked for it, which one to open the log form of), and a
 * notification says what was left unlogged when no side panel is open to show it.
 */
import browser from 'webextension-polyfill';
import { AUTO_LOGGED, CALLS_CHANGED } from '../../protocol/api-answers-browser';
import type { CallRecord } from '../../protocol/call-record';
import type { AutoLogSettings } from '../../protocol/schemas/auto-log-settings';
import type { CrmSession } from '../crm-session';
import type { AutoLogResult } from './log-one-call';
import { notifyUnlogged } from './notify-unlogged';
import { refreshBadge } from './unlogged-badge';

export async function afterAutoLog(
  session: CrmSession,
  calls: readonly CallRecord[],
  settings: AutoLogSettings,
  results: ReadonlyMap<string, AutoLogResult>,
): Promise<void> {
  await refreshBadge(session);
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
