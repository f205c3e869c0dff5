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

const HEADINGS: Record<LogState, string> = {
  notLogged: 'Log call',
  logged: 'Logged call',
  pending: 'Waiting to be logged',
  paused: 'Waiting to be logged',
  failed: 'Logging failed',
  needsReview: 'Check this call',
};

export function callView(options: CallViewOptions): { heading: string; content: HTMLElement } {
  const { call, state, connection, metadata, waiting } = options;
  const items = waiting.length
    ? h(
        'ul',
        { class: 'outbox', 'aria-label': 'Waiting changes of this call' },
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
      content = h('div', {}, items, h('h3', { class: 'again' }, 'Or change it and log it again'), newLog());
      break;
    default: {
      const next = state === 'paused' ? `once ${connection.displayName} is connected again` : 'by itself, also after a restart';
      content = items
        ? h('div', {}, h('p', { class: 'hint' }, `Saved in this browser: it is sent to ${connection.displayName} ${next}.`), items)
        : h('p', { class: 'hint' }, `This call is being logged right now. Its state shows in the list as soon as ${connection.displayName} answers.`);
    }
  }
  return { heading: HEADINGS[state], content };
}
