/**
 * Whether a conversation-day is logged, from GET /messageLog's entries: logged when some
 * contact's record holds every message of it, "new messages" when a record holds only some (the
 * next log appends the rest), pending while messages wait to be sent. Pure, so it is tested alone.
 */
import type { Conversation, MessageLogEntry } from './message-answers';

export type ConversationState = 'logged' | 'partly' | 'pending' | 'notLogged';

export function conversationState(conversation: Conversation, entries: readonly MessageLogEntry[]): ConversationState {
  const mine = entries.filter((e) => e.conversationLogId === conversation.conversationLogId);
  if (mine.some((e) => e.state === 'pending')) return 'pending';
  const ids = conversation.messages.map((m) => m.id);
  if (mine.some((e) => ids.every((id) => e.messageIds.includes(id)))) return 'logged';
  return mine.some((e) => e.messageIds.length > 0) ? 'partly' : 'notLogged';
}
