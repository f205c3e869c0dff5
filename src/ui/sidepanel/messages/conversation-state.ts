/** How the Messages view names a conversation's state and its correspondents. */
import type { Conversation } from '../../../protocol/message-answers';
import type { ConversationState } from '../../../protocol/conversation-state';
import { t, type MessageKey } from '../../i18n';
import { unloggedText } from '../unlogged-text';

// The state itself is decided in src/protocol, where the worker's badge reads it too.
export { conversationState, type ConversationState } from '../../../protocol/conversation-state';

const LABELS: Record<ConversationState, MessageKey> = {
  logged: 'state_logged',
  partly: 'messages_state_partly',
  pending: 'messages_state_pending',
  notLogged: 'state_not_logged',
};

export const conversationStateLabel = (state: ConversationState): string => t(LABELS[state]);

/** SMS, Voicemail, Fax (the protocol's kinds; message types `VoiceMail` and `Fax`) in the page's language. */
export const KIND_LABELS: Record<string, MessageKey> = {
  SMS: 'messages_sms',
  Voicemail: 'messages_voicemail',
  VoiceMail: 'messages_voicemail',
  Fax: 'messages_fax',
};

/** Who a conversation is with, as the list shows it: names where known, else numbers. */
export function correspondentsLabel(conversation: Conversation, format: (number: string) => string): string {
  const names = conversation.correspondents.map((c) => c.name?.trim() || (c.phoneNumber ? format(c.phoneNumber) : t('edit_unknown')));
  return names.length ? names.join(', ') : t('edit_unknown');
}

/**
 * Why auto-log left a conversation, in the Calls view's words, except where the Messages view
 * differs: its log form cannot create a contact. A group day logged for the others names whom the
 * reason is about.
 */
export function conversationReasonText(conversation: Conversation): string | undefined {
  const text = conversation.unloggedReason === 'noMatch' ? t('messages_reason_no_match') : unloggedText(conversation);
  return text && conversation.unloggedFor ? t('messages_reason_part', conversation.unloggedFor, text) : text;
}
