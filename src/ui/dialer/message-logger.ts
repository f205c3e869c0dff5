/**
 * `/messageLogger`: the widget as a source of messages. `auto` (its "Auto log messages" is on)
 * goes to the worker's auto-log (POST /messages/autoLog: the same contact rules, reasons and
 * message-log service as the Messages view); `manual` (its Log button) opens a log page to pick
 * the contact; `logForm` (that page saved) sends POST /messageLog per conversation-day. The
 * widget waits 6 s and matches the conversation again right after our answer, so the answer
 * waits a little for the log: a quick one shows as logged at once.
 */
import type { ContactInfo } from '../../protocol/crm-shapes';
import { groupConversations, messageLogBodyFor } from '../../protocol/conversations';
import type { Conversation } from '../../protocol/message-answers';
import type { MessageRecord } from '../../protocol/message-record';
import { t } from '../i18n';
import { callApi } from '../api-client';
import { unloggedText } from '../sidepanel/unlogged-text';
import { crmContacts } from './contact-match';
import { alertInWidget, crmOf, type HostContext } from './host-context';
import { NEW_CONTACT } from './log-page';
import { buildMessageLogPage } from './message-log-page';
import { rememberConversation } from './message-match';
import { messageLoggerBody, type MessageLoggerBody } from './message-schemas';

const ANSWER_WITHIN_MS = 4_000;

export async function handleMessageLogger(context: HostContext, raw: unknown): Promise<'ok'> {
  const body = messageLoggerBody.parse(raw);
  // The worker's conversation-days, grouped as the Messages view groups them: one key per day, whichever path logs it.
  const days = groupConversations(body.conversation.messages as MessageRecord[]);
  rememberConversation(
    body.conversation.conversationLogId,
    days.map((d) => d.conversationLogId),
  );
  const work = (async () => {
    if (!crmOf(context)) return;
    if (body.triggerType === 'auto') return autoLog(context, body);
    if (body.triggerType === 'logForm') return saveForm(context, body, days);
    return showPage(context, body);
  })().catch((failure: unknown) => console.warn('The dialer could not log the messages:', failure)); // i18n-ignore: the console, for a developer
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([work, new Promise((resolve) => (timer = setTimeout(resolve, ANSWER_WITHIN_MS)))]);
  clearTimeout(timer);
  return 'ok';
}

async function autoLog(context: HostContext, { conversation }: MessageLoggerBody): Promise<void> {
  const answer = await callApi('POST /messages/autoLog', { body: { messages: conversation.messages } });
  alertInWidget(context, answer.returnMessage);
  const left = (answer.results ?? []).find((r) => r.outcome === 'unlogged');
  const why = left && unloggedText(left);
  if (why) alertInWidget(context, { message: t('dialer_messages_not_logged', why), messageType: 'warning', ttl: 6000 });
}

/** The contacts of every correspondent, once each: a group SMS offers each person. */
async function contactsOf({ conversation }: MessageLoggerBody): Promise<ContactInfo[]> {
  const numbers = [...new Set((conversation.correspondents ?? []).flatMap((p) => (p.phoneNumber ? [p.phoneNumber] : [])))];
  const found = (await Promise.all(numbers.map((n) => crmContacts(n)))).flat();
  return found.filter((c, i) => found.findIndex((o) => String(o.id) === String(c.id)) === i);
}

async function showPage(context: HostContext, body: MessageLoggerBody): Promise<void> {
  const crm = crmOf(context)!;
  const page = buildMessageLogPage({
    conversation: body.conversation,
    crmName: crm.connection.displayName,
    metadata: crm.metadata,
    contacts: await contactsOf(body),
  });
  context.frame.post({ type: 'rc-adapter-update-messages-log-page', page });
  context.frame.post({
    type: 'rc-adapter-navigate-to',
    path: `/log/messages/${String(body.conversation.conversationId ?? body.conversation.conversationLogId)}`,
  });
}

async function saveForm(context: HostContext, body: MessageLoggerBody, days: Conversation[]): Promise<void> {
  const form = body.formData ?? {};
  const text = (key: string) => (typeof form[key] === 'string' ? (form[key] as string) : '');
  const contact =
    text('contact') === NEW_CONTACT
      ? await newContact(context, body, text('newContactName'), text('newContactType'))
      : await picked(body, text('contact'));
  if (!contact) return;
  for (const day of days) {
    const answer = await callApi('POST /messageLog', { body: messageLogBodyFor(day, contact) });
    alertInWidget(context, answer.returnMessage);
  }
}

async function picked(body: MessageLoggerBody, id: string): Promise<ContactInfo | undefined> {
  return (await contactsOf(body)).find((c) => String(c.id) === id) ?? (id ? { id, name: '' } : undefined);
}

async function newContact(context: HostContext, { conversation }: MessageLoggerBody, name: string, type: string): Promise<ContactInfo | undefined> {
  const phoneNumber = conversation.correspondents?.find((p) => p.phoneNumber)?.phoneNumber ?? '';
  const answer = await callApi('POST /contact', { body: { phoneNumber, newContactName: name || phoneNumber, newContactType: type || 'contact' } });
  if (!answer.contact) return void alertInWidget(context, answer.returnMessage);
  return { id: answer.contact.id, name: answer.contact.name, type };
}
