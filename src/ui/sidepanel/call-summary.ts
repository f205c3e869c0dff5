/** The head of the form: who, when, how long, how it ended — the call the form is about. */
import type { CallRecord } from '../../protocol/call-record';
import { h } from '../dom';
import { formatDuration, formatNumber, formatStartTime, partyNumber } from '../format-call';

export function callSummary(call: CallRecord): HTMLElement {
  const party = partyNumber(call);
  const number = party ? (party.isExtension ? `Ext. ${party.number}` : formatNumber(party.number)) : 'No number';
  const direction = call.direction === 'Outbound' ? 'Outbound call to' : 'Inbound call from';
  return h(
    'p',
    { class: 'call-summary' },
    `${direction} ${number}`,
    h('br'),
    [formatStartTime(call.startTime, new Date()), formatDuration(call.duration), call.result].filter(Boolean).join(' · '),
  );
}

/** A text field or text area with its label, as the forms use them. */
export function labelled<T extends HTMLInputElement | HTMLTextAreaElement>(label: string, control: T): HTMLElement {
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control);
}
