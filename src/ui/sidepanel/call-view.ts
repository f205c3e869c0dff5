/**
 * What opens for a call, by its state: the log form, the edit form, the review of a call whose
 * outcome is unknown, or the changes that wait for it with their actions — never a form whose
 * request could only fail or be ignored. A refused create can also be logged again (for example
 * to another contact): the service then sends that request instead.
 */
import type { Connection } from '../../protocol/api-answers';
import type { OutboxEntry } from '../../protocol/api-answers';
import type { CallRecord } from '../../protocol/call-record';
import type { ConnectorMetadata } from '../../protocol/crm-shapes';
import type { RouteAnswer } from '../../protocol/routes';
import { h } from '../dom';
import { editForm } from './edit-form';
import { logForm } from './log-form';
import type { LogState } from './log-state';
import { outboxItem, type OutboxAction } from './outbox-item';
import { reviewPanel } from './review-panel';
import { t, type MessageKey } from '../i18n';

export interface CallViewOptions {
  call: CallRecord;
  state: LogState;
  connection: Connection;
  metadata: ConnectorMetadata;
  /** This call's changes in the outbox. */
  waiting: OutboxEntry[];
  onMatched(contactName: string): void;
  onLogged(answer: RouteAnswer<'POST /callLog'>, contactName: string): void;
  onSaved(): void;
  onOutboxDone(answer: OutboxAction): void;
  onReviewed(logged: boolean): void;
}

const HEADINGS: Record<LogState, MessageKey> = {
  notLogged: 'call_log_call',
  logged: 'call_logged_call',
  pending: 'call_waiting',
  paused: 'call_waiting',
  failed: 'call_logging_failed',
  needsReview: 'call_check',
};

export function callView(options: CallViewOptions): { heading: string; content: HTMLElement } {
  const { call, state, connection, metadata, waiting } = options;
  const items = waiting.length
    ? h(
        'ul',
        { class: 'outbox', 'aria-label': t('call_waiting_changes') },
        waiting.map((item) => outboxItem({ item, crmName: connection.displayName, metadata, now: new Date(), onDone: options.onOutboxDone })),
      )
    : null;
  const newLog = () => logForm({ call, connection, metadata, onMatched: options.onMatched, onLogged: options.onLogged });
  let content: HTMLElement;
  switch (state) {
    case 'logged':
      content = h('div', {}, items, editForm({ call, connection, metadata, onSaved: options.onSaved }));
      break;
    case 'notLogged':
      content = newLog();
      break;
    case 'needsReview':
      content = reviewPanel({ call, connection, onSettled: options.onReviewed });
      break;
    case 'failed':
      content = h('div', {}, items, h('h3', { class: 'again' }, t('call_log_again')), newLog());
      break;
    default: {
      const crm = connection.displayName;
      const saved = state === 'paused' ? t('call_saved_paused', crm) : t('call_saved_pending', crm);
      content = items ? h('div', {}, h('p', { class: 'hint' }, saved), items) : h('p', { class: 'hint' }, t('call_being_logged', crm));
    }
  }
  return { heading: t(HEADINGS[state]), content };
}
