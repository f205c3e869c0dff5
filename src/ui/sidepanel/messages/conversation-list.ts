/** The "Messages" list: one button per conversation-day, newest first, with its logged state. */
import type { Conversation, MessageLogEntry } from '../../../protocol/message-answers';
import { h } from '../../dom';
import { formatNumber, formatStartTime } from '../../format-call';
import { conversationReasonText, conversationState, conversationStateLabel, correspondentsLabel, KIND_LABELS } from './conversation-state';
import { t, tn } from '../../i18n';
import { nobodyToLogText } from './nobody-to-log';

const ICONS = { SMS: '✉', Voicemail: '☎', Fax: '⎙' } as const;

export function renderConversations(
  list: HTMLUListElement,
  empty: HTMLElement,
  conversations: readonly Conversation[],
  entries: readonly MessageLogEntry[] | undefined,
  onOpen: (conversation: Conversation) => void,
): void {
  const now = new Date();
  list.replaceChildren(
    ...conversations.map((conversation) => {
      const latest = conversation.messages[0]!;
      const state = entries && conversationState(conversation, entries);
      const count = conversation.messages.length;
      const kind = t(KIND_LABELS[conversation.kind]!);
      const meta = [kind, formatStartTime(latest.creationTime, now), tn('messages_count', count)].join(' · ');
      const preview = conversation.kind === 'SMS' ? latest.subject : kind;
      // A day nobody can log says so, before any reason auto-log kept; a logged day only whom it is not logged for.
      const reason =
        state === 'logged'
          ? conversation.unloggedFor && conversationReasonText(conversation)
          : (nobodyToLogText(conversation) ?? conversationReasonText(conversation));
      return h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'call conversation',
            'data-conversation-log-id': conversation.conversationLogId,
            onclick: () => onOpen(conversation),
          },
          h('span', { class: 'call-direction', 'aria-hidden': 'true' }, ICONS[conversation.kind]),
          h(
            'span',
            { class: 'call-main' },
            h('span', { class: 'call-party' }, correspondentsLabel(conversation, formatNumber)),
            h('span', { class: 'call-meta' }, meta),
            preview ? h('span', { class: 'call-meta conversation-preview' }, preview) : null,
            reason ? h('span', { class: 'call-reason' }, reason) : null,
          ),
          state ? h('span', { class: `call-state state-${state === 'partly' ? 'pending' : state}` }, conversationStateLabel(state)) : null,
        ),
      );
    }),
  );
  empty.hidden = conversations.length > 0;
  empty.textContent = t('messages_none');
}
