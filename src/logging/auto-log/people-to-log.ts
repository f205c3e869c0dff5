import type { Conversation } from '../../protocol/message-answers';
import { isOnDoNotLogList } from './call-filter';

/**
 * The people a conversation-day can be logged for: those with a number (a form or a pass looks
 * their contact up by it), less those on `doNotLog`. A day with none is logged by nobody, by hand
 * or by auto-log, so it waits for no one (the badge).
 */
export function peopleToLog(conversation: Conversation, doNotLog: readonly string[]): Conversation['correspondents'] {
  return conversation.correspondents.filter((p) => p.phoneNumber && !isOnDoNotLogList(p.phoneNumber, doNotLog));
}
