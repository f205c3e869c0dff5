/** How the Messages view names a conversation's state and its correspondents. */
import type { Conversation } from '../../../protocol/message-answers';
import type { ConversationState } from '../../../protocol/conversation-state';

// The state itself is decided in src/protocol, where the worker's badge reads it too.
export { conversationState, type ConversationState } from '../../../protocol/conversation-state';

export const CONVERSATION_STATE_LABELS: Record<ConversationState, string> = {
  logged: 'Logged',
  partly: 'New messages',
  pending: 'Waiting',
  notLogged: 'Not logged',
};

/** Who a conversation is with, as the list shows it: names where known, else numbers. */
export function correspondentsLabel(conversation: Conversation, format: (number: string) => string): string {
  const names = conversation.correspondents.map((c) => c.name?.trim() || (c.phoneNumber ? format(c.phoneNumber) : 'Unknown'));
  return names.length ? names.join(', ') : 'Unknown';
}
