/**
 * Why nobody can log a conversation-day: no one in it has a number, so the log form has no
 * contact to look up (a voicemail from a withheld number, a text to one's own number). The page's
 * copy of the worker's rule (`peopleToLog` in src/logging/auto-log/people-to-log.ts, without the
 * auto-log-only "do not log" list): the worker's bundle is at its budget, so the rule is not moved
 * into src/protocol; test/ui/nobody-to-log.test.ts pins both to the same days.
 */
import type { Conversation } from '../../../protocol/message-answers';
import { t } from '../../i18n';

export function nobodyToLogText(conversation: Conversation): string | undefined {
  if (conversation.correspondents.some((person) => person.phoneNumber)) return undefined;
  // Someone wrote or called without a number: it was withheld. Otherwise every party was this user.
  const withheld = conversation.messages.some((m) => m.direction !== 'Outbound' && !m.from?.phoneNumber);
  return t(withheld ? 'messages_nobody_withheld' : 'messages_nobody_own');
}
