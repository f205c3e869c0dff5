/**
 * The toolbar badge: how many calls and conversations wait for a person. Calls count as auto-log
 * decides (countNotLogged: the calls it wants logged that are not; none while it is off);
 * conversation-days as the Messages view shows them waiting (conversationsWaiting). Counted
 * afresh from the current call list, message list and ledgers after every sync, log and discard;
 * one count at a time, so the last one shown is the newest.
 */
import browser from 'webextension-polyfill';
import { currentCallSource } from '../../calls/current-call-source';
import { currentMessageSource } from '../../calls/message-source';
import { conversationState } from '../../protocol/conversation-state';
import type { Conversation, MessageLogEntry } from '../../protocol/message-answers';
import type { AutoLogSettings } from '../../protocol/schemas/auto-log-settings';
import { messageLogsOf } from '../../storage/message-log-store';
import type { CrmSession } from '../crm-session';
import { toEntry } from '../messages/get-message-logs';
import { autoLogSetting } from './auto-log-setting';
import { countNotLogged } from './count-not-logged';
import { accountOf } from './outcomes';
import { peopleToLog } from './people-to-log';

/** One read of the message ledger: an account's records of the days listed, as GET /messageLog's entries. */
export interface LedgerRead {
  account: string;
  entries: MessageLogEntry[];
}

/**
 * `listed`: the days GET /messages answers with, which gets the count's read of the ledger by
 * `onRead` for its reasons (conversation-reasons.ts), so that one request reads it once.
 */
export async function refreshBadge(
  session: CrmSession | undefined,
  listed?: readonly Conversation[],
  onRead?: (read: LedgerRead) => void,
): Promise<void> {
  await navigator.locks.request('unlogged-badge', async () => {
    const settings = await autoLogSetting.get();
    const [calls, conversations] = session
      ? await Promise.all([callsNotLogged(session, settings), conversationsWaiting(session, settings, listed, onRead)])
      : [0, 0];
    await showBadge(calls + conversations);
  });
}

async function callsNotLogged(session: CrmSession, settings: AutoLogSettings): Promise<number> {
  if (!settings.enabled) return 0;
  return countNotLogged(session, (await (await currentCallSource()).list()).calls, settings);
}

/**
 * The days the Messages view shows as waiting: not logged, or with new messages, and not on their
 * way. Not a day nobody can log (no one in it to log it for, the CRM takes no message logs), nor
 * (auto-log on) one whose every number is on the "do not log" list: auto-log leaves those by rule.
 * A group day logged for the people with a contact reads as logged and is not counted either.
 */
async function conversationsWaiting(
  session: CrmSession,
  { doNotLog, enabled }: AutoLogSettings,
  listed: readonly Conversation[] | undefined,
  onRead: ((read: LedgerRead) => void) | undefined,
): Promise<number> {
  const conversations = listed ?? (await (await currentMessageSource()).list()).conversations;
  if (!conversations.length) return 0;
  const account = accountOf(session.user.platform, session.user.id);
  const entries = await ledgerEntries(account, conversations);
  onRead?.({ account, entries });
  if (!session.connector.createMessageLog) return 0;
  return conversations.filter((c) => {
    const state = conversationState(c, entries);
    return state === 'partly' || (state === 'notLogged' && peopleToLog(c, enabled ? doNotLog : []).length > 0);
  }).length;
}

/** The ledger's records of these days for an account (`accountOf`), as entries with no link: for states and reasons. */
export async function ledgerEntries(account: string, conversations: readonly Conversation[]): Promise<MessageLogEntry[]> {
  const [platform, userId] = JSON.parse(account) as [string, string];
  const records = await messageLogsOf(
    platform,
    userId,
    conversations.map((c) => c.conversationLogId),
  );
  return records.map((r) => toEntry(r));
}

async function showBadge(count: number): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  await action.setBadgeText({ text: count > 0 ? String(Math.min(count, 999)) : '' });
  await action.setBadgeBackgroundColor({ color: '#b3261e' });
}
