/** How the Messages view names a conversation's state and its correspondents. */
import type { Conversation } from '../../../protocol/message-answers';
import type { ConversationState } from '../../../protocol/conversation-state';
import { unloggedText } from '../unlogged-text';

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

/**
 * Why auto-log left a conversation, in the Calls view's words, except where the Messages view
 * differs: its log form cannot create a contact.
 */
export function conversationReasonText(conversation: Conversation): string | undefined {
  if (conversation.unloggedReason === 'noMatch')
    return 'No contact has this number: add one in the CRM (or let automatic logging create it, in Options), then log it.';
  return unloggedText(conversation);
}
