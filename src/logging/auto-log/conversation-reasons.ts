/**
 * `unloggedReason` on the conversations of GET /messages: why auto-log left each conversation-day,
 * as it last decided, for the account it last ran for. A day logged since (by hand, or by a later
 * pass) or on its way is not explained any more, except a group day logged for only some of its
 * people: `unloggedFor` names the others.
 */
import { conversationState } from '../../protocol/conversation-state';
import type { Conversation } from '../../protocol/message-answers';
import { messageAutoLogOutcomes } from './outcomes';
import { ledgerEntries, type LedgerRead } from './unlogged-badge';

/** `read`: the ledger as GET /messages' badge count read it; used when it is the account auto-log decided for. */
export async function withConversationReasons(conversations: readonly Conversation[], read?: LedgerRead): Promise<Conversation[]> {
  const store = await messageAutoLogOutcomes.get();
  const explained = conversations.filter((c) => store.sessions[c.conversationLogId]?.reason);
  if (!explained.length) return [...conversations];
  const entries = read?.account === store.account ? read.entries : await ledgerEntries(store.account, explained);
  return conversations.map((conversation) => {
    const outcome = store.sessions[conversation.conversationLogId];
    if (!outcome?.reason) return conversation;
    const state = conversationState(conversation, entries);
    // A group day logged for the others still says why not for these people.
    if (state === 'pending' || (state === 'logged' && !outcome.unloggedFor)) return conversation;
    const { reason, detail, unloggedFor } = outcome;
    const forSome = unloggedFor ? { unloggedFor: peopleNamed(conversation, unloggedFor) } : {};
    return { ...conversation, unloggedReason: reason, ...(detail ? { unloggedDetail: detail } : {}), ...forSome };
  });
}

/** Numbers of a conversation's people as a person reads them: their names where the day has one. */
export function peopleNamed(conversation: Conversation, numbers: readonly string[]): string {
  return numbers.map((number) => conversation.correspondents.find((p) => p.phoneNumber === number)?.name ?? number).join(', ');
}
