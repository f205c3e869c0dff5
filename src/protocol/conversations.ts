/**
 * Groups message-store records into conversation-days, the unit of a message log. Pure, so the
 * worker's sources and the tests group alike.
 */
import type { Conversation } from './message-answers';
import { type MessageParty, type MessageRecord } from './message-record';
import { messageKind } from './message-kind';

/** The browser's calendar day of a time (ISO text or epoch ms), `YYYY-MM-DD`. */
export function localDay(time: string | number): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The people a conversation-day can be logged for: those with a number, which the log form and
 * auto-log look their contact up by. A day with none (a withheld number, a text to one's own
 * number) is logged by nobody.
 */
export function peopleWithNumber(conversation: Conversation): Conversation['correspondents'] {
  return conversation.correspondents.filter((p) => p.phoneNumber);
}

/** Conversations newest first, each with its messages newest first. */
export function groupConversations(messages: readonly MessageRecord[], ownNumbers: readonly string[] = []): Conversation[] {
  const own = new Set(ownNumbers);
  // This user's numbers: the sender of what they sent, the one recipient of a one-to-one message.
  for (const m of messages) {
    if (m.direction === 'Outbound' && m.from?.phoneNumber) own.add(m.from.phoneNumber);
    if (m.direction !== 'Outbound' && m.to?.length === 1 && m.to[0]!.phoneNumber) own.add(m.to[0]!.phoneNumber);
  }
  const groups = new Map<string, Conversation>();
  const newestFirst = [...messages].sort((a, b) => Date.parse(b.creationTime) - Date.parse(a.creationTime));
  for (const message of newestFirst) {
    const kind = messageKind(message);
    const conversationId = kind === 'SMS' && message.conversationId !== undefined ? String(message.conversationId) : `message-${message.id}`;
    const day = localDay(message.creationTime);
    const conversationLogId = `${conversationId}-${day.replaceAll('-', '')}`;
    let group = groups.get(conversationLogId);
    if (!group) {
      group = { conversationLogId, conversationId, day, kind, correspondents: [], messages: [] };
      groups.set(conversationLogId, group);
    }
    group.messages.push(message);
    for (const party of partiesOf(message)) {
      const known = party.phoneNumber && (own.has(party.phoneNumber) || group.correspondents.some((c) => c.phoneNumber === party.phoneNumber));
      if (!known && party.phoneNumber) group.correspondents.push({ phoneNumber: party.phoneNumber, ...(party.name ? { name: party.name } : {}) });
    }
  }
  return [...groups.values()];
}

/** POST /messageLog's body for one conversation-day and one contact (the Messages view, auto-log, the dialer). */
export function messageLogBodyFor(conversation: Conversation, contact: { id: string | number; type?: string; name?: string }) {
  const { messages, correspondents, conversationId, conversationLogId } = conversation;
  return {
    logInfo: { messages, correspondents, conversationId, conversationLogId },
    contactId: String(contact.id),
    contactType: contact.type,
    contactName: contact.name,
  };
}

/** Everyone on a message; the user's own numbers are left out by the caller. */
function partiesOf(message: MessageRecord): MessageParty[] {
  return [...(message.from ? [message.from] : []), ...(message.to ?? [])];
}
