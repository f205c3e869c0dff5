/** The head of the form: who, when, how long, how it ended — the call the form is about. */
import type { CallRecord } from '../../protocol/call-record';
import { h } from '../dom';
import { callResult, formatDuration, formatNumber, formatStartTime, partyNumber } from '../format-call';
import { t } from '../i18n';

export function callSummary(call: CallRecord): HTMLElement {
  const party = partyNumber(call);
  const number = party ? (party.isExtension ? t('call_extension', party.number) : formatNumber(party.number)) : t('call_no_number');
  const direction = call.direction === 'Outbound' ? 'call_outbound_to' : 'call_inbound_from';
  return h(
    'p',
    { class: 'call-summary' },
    t(direction, number),
    h('br'),
    [formatStartTime(call.startTime, new Date()), formatDuration(call.duration), callResult(call.result)].filter(Boolean).join(' · '),
  );
}

/** A text field or text area with its label, as the forms use them. */
export function labelled<T extends HTMLInputElement | HTMLTextAreaElement>(label: string, control: T): HTMLElement {
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control);
}
