import type { Conversation } from '../../protocol/message-answers';
import { peopleWithNumber } from '../../protocol/conversations';
import { isOnDoNotLogList } from './call-filter';

/**
 * The people a conversation-day can be logged for (`peopleWithNumber`, the rule the Messages view
 * shows too), less those on `doNotLog`. A day with none waits for no one (the badge).
 */
export function peopleToLog(conversation: Conversation, doNotLog: readonly string[]): Conversation['correspondents'] {
  return peopleWithNumber(conversation).filter((p) => !isOnDoNotLogList(p.phoneNumber, doNotLog));
}
