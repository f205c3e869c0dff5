/**
 * Logs one conversation-day automatically through the same service as the Messages view's
 * "Log messages" (logMessages: the conversation's lock, the message ledger and its pending
 * messages), so each message is logged once whichever path sends it. New messages of a day
 * already logged go to the contacts its records are for; a day not logged yet goes to each
 * correspondent's contact, chosen by the same rules as a call's (contact-for-number.ts).
 */
import { messageLogBodyFor } from '../../protocol/conversations';
import type { Conversation } from '../../protocol/message-answers';
import type { MessageLogAnswer } from '../../protocol/message-answers';
import type { ContactInfo } from '../../protocol/crm-shapes';
import type { AutoLogSettings, UnloggedReason } from '../../protocol/schemas/auto-log-settings';
import type { MessageLogRecord } from '../../storage/message-log-record';
import type { CrmSession } from '../crm-session';
import { logMessages } from '../messages/log-messages';
import { peopleNamed } from './conversation-reasons';
import { contactForNumber, type ContactLookups, type Picked } from './contact-for-number';
import { peopleToLog } from './people-to-log';
import { unloggedBy } from './unlogged-by';

export type ConversationResult =
  | { outcome: 'logged' | 'alreadyLogged' | 'queued'; logIds: string[]; left?: LeftPeople }
  | { outcome: 'unlogged'; reason: UnloggedReason; detail?: string; tryAgain?: true };

/** The people of a group day it was not logged for, while it was for the others; why, as for the first of them. */
export interface LeftPeople {
  /** Their numbers, in the order of the day's correspondents. */
  numbers: string[];
  reason: UnloggedReason;
  detail?: string;
}

type Target = Pick<ContactInfo, 'id' | 'name' | 'type'>;
/** Whom to log the day for, and whom not (a new day's lookups); `group`: more than one person to log it for. */
interface Targets {
  contacts: Target[];
  left?: LeftPeople;
  group?: boolean;
}

/** No person waits for this answer: the send may take all the time it needs. */
const NO_DEADLINE_MS = 10 * 60_000;

/**
 * Undefined: nobody in it is to be logged (every number is on the "do not log" list). `others`: the
 * numbers of a group day logged for the others only, looked up again (the rest have their records).
 */
export async function autoLogConversation(
  session: CrmSession,
  conversation: Conversation,
  records: readonly MessageLogRecord[],
  settings: AutoLogSettings,
  lookups: ContactLookups,
  { others }: { others?: readonly string[] } = {},
): Promise<ConversationResult | undefined> {
  try {
    const targets = await targetsOf(session, conversation, records, settings, lookups, others);
    if (!targets) return undefined;
    const answers: MessageLogAnswer[] = [];
    for (const contact of targets.contacts) answers.push(await logFor(session, conversation, contact));
    return summarize(conversation, answers, targets);
  } catch (failure) {
    // A contact lookup the CRM cannot answer now (429, 5xx, no answer) is no decision: the next pass asks again.
    return { outcome: 'unlogged', ...unloggedBy(failure) };
  }
}

async function targetsOf(
  session: CrmSession,
  conversation: Conversation,
  records: readonly MessageLogRecord[],
  settings: AutoLogSettings,
  lookups: ContactLookups,
  others: readonly string[] | undefined,
): Promise<Targets | undefined> {
  // A day logged before (by hand or by a pass): its later messages join the same records.
  const logged = records.filter((r) => r.conversationLogId === conversation.conversationLogId && r.messageIds.length > 0);
  const contacts: Target[] = logged.map((r) => ({ id: r.contactId, name: r.contactName ?? '', type: r.contactType }));
  if (logged.length && !others) return { contacts };
  const people = peopleToLog(conversation, settings.doNotLog).filter((p) => !logged.length || others?.includes(p.phoneNumber!));
  if (!people.length) return logged.length ? { contacts } : undefined;
  let left: LeftPeople | undefined;
  for (const person of people) {
    const picked: Picked = await contactForNumber(session, { number: person.phoneNumber!, name: person.name, isExtension: false }, settings, lookups);
    if ('contact' in picked) {
      if (!contacts.some((c) => String(c.id) === String(picked.contact.id))) contacts.push(picked.contact);
    } else {
      left ??= { numbers: [], reason: picked.reason, ...(picked.detail ? { detail: picked.detail } : {}) };
      left.numbers.push(person.phoneNumber!);
    }
  }
  return { contacts, ...(left ? { left } : {}), group: people.length > 1 };
}

function logFor(session: CrmSession, conversation: Conversation, contact: Target): Promise<MessageLogAnswer> {
  return logMessages(session, messageLogBodyFor(conversation, contact), NO_DEADLINE_MS);
}

function summarize(conversation: Conversation, answers: readonly MessageLogAnswer[], { left, group }: Targets): ConversationResult {
  const logIds = answers.flatMap((a) => a.logIds ?? []);
  const others = left ? { left } : {};
  if (answers.some((a) => a.successful)) return { outcome: 'logged', logIds, ...others };
  if (answers.some((a) => a.queued)) return { outcome: 'queued', logIds, ...others };
  if (answers.some((a) => a.logId)) return { outcome: 'alreadyLogged', logIds, ...others };
  if (left) {
    // In a group SMS, say whose number it is.
    const detail = group ? [peopleNamed(conversation, left.numbers.slice(0, 1)), left.detail].filter(Boolean).join(': ') : left.detail;
    return { outcome: 'unlogged', reason: left.reason, ...(detail ? { detail } : {}) };
  }
  return { outcome: 'unlogged', reason: 'crmRefused', detail: answers[0]?.returnMessage.message ?? 'The CRM did not log the messages.' };
}
