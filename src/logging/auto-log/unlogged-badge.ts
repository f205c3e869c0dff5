/**
 * The toolbar badge: how many calls and conversations wait for a person. Calls count as auto-log
 * decides (countNotLogged: the calls it wants logged that are not; none while it is off);
 * conversations count while a CRM is connected here, unless some record holds all their messages
 * or some wait to be sent, or (auto-log on) every number in them is on the "do not log" list. With
 * auto-log on, those left are the ones it could not log (the Messages view says why). Counted afresh from the current call
 * list, message list and ledgers after every sync, log and discard; one count at a time, so the
 * last one shown is the newest.
 */
import browser from 'webextension-polyfill';
import { currentCallSource } from '../../calls/current-call-source';
import { currentMessageSource } from '../../calls/message-source';
import { conversationState } from '../../protocol/conversation-state';
import type { CrmSession } from '../crm-session';
import { getMessageLogs } from '../messages/get-message-logs';
import { autoLogSetting } from './auto-log-setting';
import { countNotLogged } from './count-not-logged';
import { peopleToLog } from './people-to-log';

export async function refreshBadge(session: CrmSession | undefined): Promise<void> {
  await navigator.locks.request('unlogged-badge', async () => {
    const [calls, conversations] = session ? await Promise.all([callsNotLogged(session), conversationsNotLogged(session)]) : [0, 0];
    await showBadge(calls + conversations);
  });
}

async function callsNotLogged(session: CrmSession): Promise<number> {
  const settings = await autoLogSetting.get();
  if (!settings.enabled) return 0;
  return countNotLogged(session, (await (await currentCallSource()).list()).calls, settings);
}

/**
 * The days the Messages view shows as waiting: not logged, or with new messages, and not on their
 * way. Not a day nobody can log (no one in it to log it for, the CRM takes no message logs), nor
 * (auto-log on) one whose every number is on the "do not log" list: auto-log leaves those by rule.
 * A group day logged for the people with a contact reads as logged and is not counted either.
 */
async function conversationsNotLogged(session: CrmSession): Promise<number> {
  if (!session.connector.createMessageLog) return 0;
  const { doNotLog, enabled } = await autoLogSetting.get();
  const { conversations } = await (await currentMessageSource()).list();
  if (!conversations.length) return 0;
  const { logs } = await getMessageLogs(
    session,
    conversations.map((c) => c.conversationLogId),
  );
  return conversations.filter((c) => {
    const state = conversationState(c, logs);
    return state === 'partly' || (state === 'notLogged' && peopleToLog(c, enabled ? doNotLog : []).length > 0);
  }).length;
}

async function showBadge(count: number): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  await action.setBadgeText({ text: count > 0 ? String(Math.min(count, 999)) : '' });
  await action.setBadgeBackgroundColor({ color: '#b3261e' });
}
