/**
 * POST /messageLog as App Connect's server handles it (packages/core/handlers/log.js,
 * createMessageLog): "No message to log." for an empty list; the messages walked from the end of
 * the list (it expects RingCentral's newest-first order); a message id already in its message
 * table skipped, whoever logged it; a conversationLogId already in the table appended to (the
 * connector's updateMessageLog), else a new record (createMessageLog); one row per message saved
 * after the CRM answered. The check and the save are apart, so it is not safe under concurrency.
 */
import type { FakeState, FakeUser } from './state';

export interface FakeMessageActivity {
  id: string;
  ownerId: string;
  contactId: string;
  conversationLogId: string;
  subject: string;
  /** One line per message, as the server's connectors write it: who, when (UTC), what. */
  lines: string[];
}

/** The server's MessageLogModel row, keyed by message id. */
export interface FakeMessageRow {
  conversationLogId: string;
  logId: string;
  userId: string;
}

const message = (text: string, messageType: string, ttl: number) => ({ message: text, messageType, ttl });
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export async function postMessageLog(state: FakeState, body: any, user: FakeUser | undefined) {
  const messages: any[] = body?.logInfo?.messages ?? [];
  if (messages.length === 0) return { successful: false, returnMessage: message('No message to log.', 'warning', 3000) };
  if (!user) return { successful: false, returnMessage: message('Contact not found', 'warning', 5000) };
  const contactNumber = body.logInfo.correspondents?.[0]?.phoneNumber;
  if (!body.contactId) return { successful: false, returnMessage: message(`Contact not found for number ${contactNumber}`, 'warning', 5000) };
  const existingIds = new Set(messages.map((m) => String(m.id)).filter((id) => state.messageRows.has(id)));
  if (state.controls.messageLogDelayMs) await sleep(state.controls.messageLogDelayMs);
  const logIds: string[] = [];
  let returnMessage: unknown;
  for (const m of [...messages].reverse()) {
    if (existingIds.has(String(m.id))) continue;
    const conversationLogId = String(body.logInfo.conversationLogId);
    const sameDay = [...state.messageRows.values()].find((row) => row.conversationLogId === conversationLogId);
    const line = lineOf(m, body.contactName ?? '', user.name);
    let logId: string;
    if (sameDay) {
      state.messageActivities.get(sameDay.logId)?.lines.push(line);
      logId = sameDay.logId;
      returnMessage = undefined;
    } else {
      logId = `msg-${state.messageActivities.size + 1}`;
      const day = String(m.creationTime).slice(0, 10);
      state.messageActivities.set(logId, {
        id: logId,
        ownerId: user.id,
        contactId: String(body.contactId),
        conversationLogId,
        subject: `SMS conversation with ${body.contactName ?? ''} - ${day}`,
        lines: [line],
      });
      returnMessage = message('Message logged', 'success', 1000);
    }
    state.messageRows.set(String(m.id), { conversationLogId, logId, userId: user.id });
    logIds.push(String(m.id));
  }
  return { successful: true, logIds, ...(returnMessage ? { returnMessage } : {}) };
}

function lineOf(m: any, contactName: string, userName: string): string {
  const who = m.direction === 'Inbound' ? contactName : userName;
  const time = String(m.creationTime).slice(11, 16);
  const link = (m.attachments ?? []).find((a: any) => a.type === 'AudioRecording' || a.type === 'RenderedDocument')?.link;
  return `${who} ${time}: ${link ? `${m.type === 'Fax' ? 'Fax document link' : 'Voicemail recording link'}: ${link}` : m.subject}`;
}
