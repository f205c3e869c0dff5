/**
 * What a message is and how it is ordered, apart from its schema so that pages can use it
 * without zod (as contact-party.ts for calls).
 */
import type { MessageRecord } from './message-record';

export type MessageKind = 'SMS' | 'Voicemail' | 'Fax';

export function messageKind(message: Pick<MessageRecord, 'type'>): MessageKind {
  if (message.type === 'VoiceMail') return 'Voicemail';
  return message.type === 'Fax' ? 'Fax' : 'SMS';
}

/** Oldest first, by creation time (then id); one entry per id. */
export function oldestFirst<M extends Pick<MessageRecord, 'id' | 'creationTime'>>(messages: readonly M[]): M[] {
  const unique = new Map<string, M>();
  for (const message of messages) if (!unique.has(message.id)) unique.set(message.id, message);
  const time = (m: M) => Date.parse(m.creationTime) || 0;
  return [...unique.values()].sort((a, b) => time(a) - time(b) || a.id.localeCompare(b.id));
}

/** The link a person opens: a voicemail's recording, a fax's document; undefined for SMS. */
export function messageLink(message: MessageRecord): string | undefined {
  const wanted = message.type === 'VoiceMail' ? 'AudioRecording' : message.type === 'Fax' ? 'RenderedDocument' : undefined;
  const file = wanted && message.attachments?.find((a) => a.type === wanted);
  return file ? (file.link ?? file.uri) : undefined;
}
