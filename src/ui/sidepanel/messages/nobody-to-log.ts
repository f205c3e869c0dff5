/**
 * Why nobody can log a conversation-day: no one in it has a number, so the log form has no
 * contact to look up (a voicemail from a withheld number, a text to one's own number). The same
 * rule as the worker's badge and auto-log (`peopleWithNumber` in src/protocol/conversations.ts).
 */
import { peopleWithNumber } from '../../../protocol/conversations';
import type { Conversation } from '../../../protocol/message-answers';
import { t } from '../../i18n';

export function nobodyToLogText(conversation: Conversation): string | undefined {
  if (peopleWithNumber(conversation).length) return undefined;
  // Someone wrote or called without a number: it was withheld. Otherwise every party was this user.
  const withheld = conversation.messages.some((m) => m.direction !== 'Outbound' && !m.from?.phoneNumber);
  return t(withheld ? 'messages_nobody_withheld' : 'messages_nobody_own');
}
