/**
 * The log form of one conversation-day: its messages oldest first (as they will read in the CRM),
 * and for each person in it the CRM contact to log it to. A group SMS can go to every matched
 * contact; each gets its own record, once. "Log messages" sends one POST /messageLog per contact.
 */
import type { ContactInfo } from '../../../protocol/crm-shapes';
import { messageLogBodyFor } from '../../../protocol/conversations';
import type { Conversation, MessageLogEntry } from '../../../protocol/message-answers';
import type { MessageRecord } from '../../../protocol/message-record';
import { messageLink, oldestFirst } from '../../../protocol/message-kind';
import type { RouteAnswer } from '../../../protocol/routes';
import { callApi } from '../../api-client';
import { whileBusy } from '../../busy';
import { h, uid } from '../../dom';
import { formatNumber, formatStartTime } from '../../format-call';
import { showToast } from '../../toasts';
import { findContacts } from '../panel-api';
import { formatDay, t } from '../../i18n';
import { warning } from '../../../protocol/return-message';
import { KIND_LABELS } from './conversation-state';

const SKIP = '';

export interface MessageFormDeps {
  platform: string;
  crmName: string;
  /** Why this day cannot be logged (nobody in it with a number, a CRM without message logs): no Log button then. */
  cannotLog?: string;
  entries: readonly MessageLogEntry[];
  close: (changed: boolean) => void;
}

export function renderMessageForm(view: HTMLElement, conversation: Conversation, deps: MessageFormDeps): void {
  // No contact lookups for a day that cannot be logged.
  const choices = deps.cannotLog ? [] : conversation.correspondents.map((person) => contactChoice(person, deps));
  const log = h('button', { type: 'button', class: 'primary' }, t('messages_log'));
  log.addEventListener('click', () => void whileBusy(log, t('log_logging'), () => send(conversation, choices, deps)));
  const logged = deps.entries.filter((e) => e.conversationLogId === conversation.conversationLogId && e.logId);
  view.replaceChildren(
    h(
      'header',
      { class: 'bar' },
      h('button', { type: 'button', class: 'link', onclick: () => deps.close(false) }, t('messages_back')),
      h('h1', { id: 'message-form-heading' }, `${t(KIND_LABELS[conversation.kind]!)} · ${formatDay(conversation.day, { dateStyle: 'medium' })}`),
    ),
    h('ol', { class: 'messages' }, ...oldestFirst(conversation.messages).map(messageItem)),
    logged.length
      ? h(
          'p',
          { class: 'hint' },
          ...logged.map((e) =>
            e.logUrl
              ? h('a', { href: e.logUrl, target: '_blank' }, t('messages_open_in', e.contactName ?? t('messages_the_record'), deps.crmName))
              : t('messages_logged_as', e.logId!),
          ),
        )
      : '',
    ...(deps.cannotLog
      ? [h('p', { class: 'call-reason' }, deps.cannotLog)]
      : [
          h('fieldset', {}, h('legend', {}, t('messages_log_to', deps.crmName)), ...choices.map((c) => c.element)),
          h('div', { class: 'actions' }, log),
        ]),
  );
}

function messageItem(message: MessageRecord): HTMLLIElement {
  const link = messageLink(message);
  const who =
    message.direction === 'Outbound' ? t('messages_you') : message.from?.name || formatNumber(message.from?.phoneNumber ?? '') || t('edit_unknown');
  const what =
    message.type === 'VoiceMail'
      ? t('messages_voicemail')
      : message.type === 'Fax'
        ? message.faxPageCount
          ? t('messages_fax_pages', message.faxPageCount)
          : t('messages_fax')
        : message.subject;
  return h(
    'li',
    { class: `message ${message.direction === 'Outbound' ? 'outbound' : 'inbound'}` },
    h('span', { class: 'call-meta' }, `${who} · ${formatStartTime(message.creationTime, new Date())}`),
    h('span', {}, what ?? ''),
    link
      ? h('a', { href: link, target: '_blank', rel: 'noreferrer' }, message.type === 'Fax' ? t('messages_open_document') : t('messages_play'))
      : null,
  );
}

interface Choice {
  element: HTMLElement;
  chosen(): ContactInfo | undefined;
}

function contactChoice(person: Conversation['correspondents'][number], deps: MessageFormDeps): Choice {
  const id = uid('message-contact');
  const label = person.name ? `${person.name} (${formatNumber(person.phoneNumber ?? '')})` : formatNumber(person.phoneNumber ?? '');
  const select = h('select', { id, disabled: true }, h('option', { value: SKIP }, t('messages_looking_up')));
  let contacts: ContactInfo[] = [];
  void (person.phoneNumber ? findContacts(deps.platform, person.phoneNumber, false) : Promise.resolve(undefined)).then((answer) => {
    contacts = (answer?.contact ?? []).filter((c) => !c.isNewContact);
    const none = contacts.length ? t('messages_do_not_log') : t('messages_no_contact', deps.crmName);
    select.replaceChildren(...contacts.map((c) => h('option', { value: String(c.id) }, c.name)), h('option', { value: SKIP }, none));
    select.disabled = contacts.length === 0;
  });
  return {
    element: h('div', { class: 'field' }, h('label', { for: id }, label), select),
    chosen: () => contacts.find((c) => String(c.id) === select.value),
  };
}

async function send(conversation: Conversation, choices: Choice[], deps: MessageFormDeps): Promise<void> {
  const contacts = choices.map((c) => c.chosen()).filter((c): c is ContactInfo => c !== undefined);
  if (contacts.length === 0) {
    showToast(warning(t('messages_choose'), 4000));
    return;
  }
  let changed = false;
  for (const contact of contacts) {
    const answer: RouteAnswer<'POST /messageLog'> = await callApi('POST /messageLog', { body: messageLogBodyFor(conversation, contact) });
    showToast(answer.returnMessage);
    changed ||= answer.successful || answer.queued === true;
  }
  deps.close(changed);
}
