/**
 * One auto-log pass over the conversation-days of the message source: every day with messages
 * no record holds yet (not logged, or "new messages"), that no earlier pass left under the same
 * settings and the same messages, is logged (log-one-conversation.ts); why one was left is kept
 * (outcomes.ts) for the Messages view and the badge. Passes run one at a time in the browser;
 * a few conversations are in flight at once and the CRM client's pacer holds them to the CRM's
 * rate limit, as for calls (run-auto-log.ts).
 */
import browser from 'webextension-polyfill';
import { MESSAGES_CHANGED } from '../../protocol/api-answers-browser';
import { conversationState } from '../../protocol/conversation-state';
import type { Conversation } from '../../protocol/message-answers';
import type { AutoLogSettings } from '../../protocol/schemas/auto-log-settings';
import { messageLogsOf } from '../../storage/message-log-store';
import type { CrmSession } from '../crm-session';
import { toEntry } from '../messages/get-message-logs';
import { autoLogSetting, policyOf } from './auto-log-setting';
import type { ContactLookups } from './contact-for-number';
import { inPool } from './in-pool';
import { autoLogConversation, type ConversationResult } from './log-one-conversation';
import { notifyUnlogged } from './notify-unlogged';
import { accountOf, messageAutoLogOutcomes, outcomesOf, saveOutcomes, type AutoLogOutcome } from './outcomes';
import { openAutoLogSession } from './run-auto-log';
import { refreshBadge } from './unlogged-badge';
import { decisionOf, isNews } from './unlogged-by';

const IN_FLIGHT = 4;

/**
 * Logs what needs logging among `conversations`; answers what became of each one it tried.
 * `asked`: the dialer's widget asks (its own "Auto log messages" switch is on), so Options'
 * switch is not needed; the rules (contacts, "do not log") are the same.
 */
export async function runMessageAutoLog(conversations: readonly Conversation[], { asked = false } = {}): Promise<Map<string, ConversationResult>> {
  return await navigator.locks.request('auto-log-messages', async () => {
    const settings = await autoLogSetting.get();
    const session = settings.enabled || asked ? await openAutoLogSession() : undefined;
    // A CRM that takes no message logs: the Messages view says so when a person tries.
    if (!session?.connector.createMessageLog) return new Map<string, ConversationResult>();
    const { results, news } = await messagePass(session, conversations, settings);
    // Nothing tried, nothing changed: the request that started the pass counts the badge itself (start-api.ts).
    if (results.size) await refreshBadge(session);
    if (news.size) void browser.runtime.sendMessage(MESSAGES_CHANGED).catch(() => undefined);
    const left = [...news.values()].filter((r) => r.outcome === 'unlogged').length;
    if (settings.notify && left) await notifyUnlogged(left, 'conversations');
    return results;
  });
}

/**
 * The settings that decided, and the newest message then: a day left as "no contact" is decided
 * again when the settings change or a new message comes, not at every sync.
 */
function policyFor(conversation: Conversation, settings: AutoLogSettings): string {
  return `${policyOf(settings)} ${conversation.messages[0]?.id ?? ''}`;
}

async function messagePass(session: CrmSession, conversations: readonly Conversation[], settings: AutoLogSettings) {
  const { platform, id: userId } = session.user;
  const account = accountOf(platform, userId);
  const [records, outcomes] = await Promise.all([
    messageLogsOf(
      platform,
      userId,
      conversations.map((c) => c.conversationLogId),
    ),
    outcomesOf(account, messageAutoLogOutcomes),
  ]);
  const entries = records.map((r) => toEntry(r));
  // A group day logged for some of its people is decided again for the others, as a day left is.
  const todo = conversations.filter((c) => {
    const state = conversationState(c, entries);
    const decided = outcomes[c.conversationLogId];
    return (
      (state === 'notLogged' || state === 'partly' || (state === 'logged' && decided?.unloggedFor)) && decided?.policy !== policyFor(c, settings)
    );
  });
  const results = new Map<string, ConversationResult>();
  const changes = new Map<string, AutoLogOutcome | undefined>();
  const lookups: ContactLookups = new Map();
  await inPool(todo, IN_FLIGHT, async (conversation) => {
    const id = conversation.conversationLogId;
    try {
      const result = await autoLogConversation(session, conversation, records, settings, lookups, { others: outcomes[id]?.unloggedFor });
      if (!result) return;
      results.set(id, result);
      changes.set(id, dayDecision(result, policyFor(conversation, settings)));
    } catch (failure) {
      // A bug, not a CRM answer: the other conversations still get logged, the next pass tries this one.
      console.error('Auto-log failed for a conversation:', failure instanceof Error ? failure.name : typeof failure);
    }
  });
  await saveOutcomes(account, changes, Date.now(), messageAutoLogOutcomes);
  const news = new Map([...results].filter(([id, r]) => isNews(r, outcomes[id])));
  return { results, news };
}

/** What to keep of a day's result: why it was left, or, for a group day logged for some of its people, why not for the others. */
function dayDecision(result: ConversationResult, policy: string): AutoLogOutcome | undefined {
  if (result.outcome === 'unlogged' || !result.left) return decisionOf(result, policy);
  const { numbers, reason, detail } = result.left;
  return { reason, ...(detail ? { detail } : {}), unloggedFor: numbers, policy, at: Date.now() };
}
