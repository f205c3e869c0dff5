/**
 * The body of a message log, as a person reads it in the CRM: the conversation's day and
 * participants, then one line per message, oldest first, then the ids of the RingCentral messages
 * in it. The ids line is what makes an append safe to repeat: a message whose id is there is
 * never added again, whatever was resent or retried (docs/message-api.md, "Message logs").
 */
import type { LogFormat } from '../../protocol/crm-shapes';
import { formatDateTime } from '../../protocol/format-date';
import type { MessageRecord } from '../../protocol/message-record';
import { messageKind, messageLink } from '../../protocol/message-kind';
import type { TimezoneOffset } from '../../protocol/time-zone';

export interface Speakers {
  /** The CRM user: who sent outbound messages. */
  agent: string;
  contactName: string;
  contactNumber?: string;
  /** More than one correspondent: an inbound message is told by its sender. */
  group?: boolean;
}

const IDS_LABEL = 'RingCentral message ids: ';
const END = 'End of messages';
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function messageLogSubject(first: MessageRecord, contactName: string, offset: TimezoneOffset): string {
  const day = formatDateTime(new Date(first.creationTime), offset, 'YYYY-MM-DD');
  switch (messageKind(first)) {
    case 'Voicemail':
      return `Voicemail left by ${contactName} - ${day}`;
    case 'Fax':
      return `Fax ${first.direction === 'Outbound' ? 'sent to' : 'received from'} ${contactName} - ${day}`;
    default:
      return `SMS conversation with ${contactName} - ${day}`;
  }
}

/** The whole body of a new message log. */
export function composeMessageLog(
  format: LogFormat,
  messages: readonly MessageRecord[],
  speakers: Speakers,
  others: string[],
  offset: TimezoneOffset,
): string {
  const first = new Date(messages[0]!.creationTime);
  const weekday = WEEKDAYS[new Date(`${formatDateTime(first, offset, 'YYYY-MM-DD')}T12:00:00Z`).getUTCDay()];
  const day = `${weekday}, ${formatDateTime(first, offset, 'MMMM D, YYYY')}`;
  const contact = speakers.contactNumber ? `${speakers.contactName} (${speakers.contactNumber})` : speakers.contactName;
  const participants = [speakers.agent, contact, ...others].join(', ');
  const lines = messages.map((m) => messageLine(format, m, speakers, offset));
  const ids = messages.map((m) => m.id).join(', ');
  if (format === 'text/html') {
    return (
      `<p><b>Conversation with ${escape(speakers.contactName)}</b><br>${day}</p>` +
      `<p>Participants: ${escape(participants)}</p>` +
      `<p>${countLabel(messages.length)}</p><ul>${lines.join('')}</ul>` +
      `<p>${IDS_LABEL}${escape(ids)}</p>`
    );
  }
  return [
    `Conversation with ${speakers.contactName} on ${day}`,
    `Participants: ${participants}`,
    '',
    countLabel(messages.length),
    ...lines,
    END,
    '',
    `${IDS_LABEL}${ids}`,
  ].join('\n');
}

/** The ids of the messages a body already lists (empty when the ids line was edited away). */
export function loggedIds(body: string): Set<string> {
  const line = new RegExp(`${IDS_LABEL}([^<\\n]*)`).exec(body);
  return new Set(
    (line?.[1] ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  );
}

/** The body with `messages` added at the end of its list, skipping any it already lists. */
export function appendMessages(
  format: LogFormat,
  body: string,
  messages: readonly MessageRecord[],
  speakers: Speakers,
  offset: TimezoneOffset,
): string {
  const present = loggedIds(body);
  const fresh = messages.filter((m) => !present.has(m.id));
  if (fresh.length === 0) return body;
  const lines = fresh.map((m) => messageLine(format, m, speakers, offset)).join(format === 'text/html' ? '' : '\n');
  const ids = [...present, ...fresh.map((m) => m.id)].join(', ');
  const html = format === 'text/html';
  const listEnd = html ? body.lastIndexOf('</ul>') : body.lastIndexOf(`\n${END}`);
  let next =
    listEnd >= 0
      ? `${body.slice(0, listEnd)}${html ? '' : '\n'}${lines}${body.slice(listEnd)}`
      : `${body}${html ? `<ul>${lines}</ul>` : `\n${lines}`}`;
  next = next.replace(/Messages \((\d+)\)/, (_all, count: string) => countLabel(Number(count) + fresh.length));
  const idsLine = html ? `<p>${IDS_LABEL}${escape(ids)}</p>` : `${IDS_LABEL}${ids}`;
  const oldIds = new RegExp(html ? `<p>${IDS_LABEL}[^<]*</p>` : `${IDS_LABEL}[^\\n]*`);
  return oldIds.test(next) ? next.replace(oldIds, () => idsLine) : `${next}${html ? '' : '\n\n'}${idsLine}`;
}

function countLabel(count: number): string {
  return `Messages (${count})`;
}

function messageLine(format: LogFormat, message: MessageRecord, speakers: Speakers, offset: TimezoneOffset): string {
  const time = formatDateTime(new Date(message.creationTime), offset, 'hh:mm A');
  const who = speakerOf(message, speakers);
  const link = messageLink(message);
  const kind = messageKind(message);
  const what =
    kind === 'Voicemail'
      ? `Voicemail${durationOf(message)}: ${link ?? 'no recording'}`
      : kind === 'Fax'
        ? `Fax${message.faxPageCount ? ` (${message.faxPageCount} pages)` : ''}: ${link ?? 'no document'}`
        : (message.subject ?? '');
  if (format === 'text/html') {
    const body = link ? `${escape(what.slice(0, what.length - link.length))}<a href="${escape(link)}">${escape(link)}</a>` : `<b>${escape(what)}</b>`;
    return `<li>${time} ${escape(who)}: ${body}</li>`;
  }
  return `${time}  ${who}: ${what.replace(/\s*\n\s*/g, ' ')}`;
}

function speakerOf(message: MessageRecord, speakers: Speakers): string {
  if (message.direction === 'Outbound') return speakers.agent;
  const from = message.from;
  if (from?.phoneNumber && from.phoneNumber === speakers.contactNumber) return speakers.contactName;
  if (!speakers.group || !from) return speakers.contactName;
  return from.name ?? from.phoneNumber ?? speakers.contactName;
}

function durationOf(message: MessageRecord): string {
  const seconds = message.attachments?.find((a) => a.type === 'AudioRecording')?.vmDuration;
  if (seconds === undefined) return '';
  return ` (${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')})`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
