/**
 * Under the widget while a call is connected: a note box whose text the worker keeps for the
 * session (PUT /callLog/note), so it survives the panel closing and goes into the log; and,
 * when several contacts match a ringing number, the choice of which one to open.
 */
import type { ContactInfo } from '../../protocol/crm-shapes';
import { callApi } from '../api-client';
import { h, uid } from '../dom';
import type { LiveCallView } from './call-watch';
import { otherParty } from './log-info';
import type { WidgetCall } from './widget-schemas';
import { t } from '../i18n';

const SAVE_AFTER_MS = 400;

export function createLiveCallArea(): LiveCallView & { element: HTMLElement } {
  const element = h('section', { class: 'live-call', 'aria-label': t('dialer_current_call'), hidden: true });
  const choices = h('div', { class: 'contact-pop', hidden: true });
  let flush: (() => void) | undefined;

  async function showLiveCall(call: WidgetCall | undefined): Promise<void> {
    flush?.();
    flush = undefined;
    if (!call) return void (element.hidden = true);
    const who = otherParty(call);
    const id = uid('live-note');
    const note = h('textarea', { id, rows: 4, placeholder: t('dialer_note_placeholder') });
    note.value = (await callApi('GET /callLog/note', { query: { sessionId: call.sessionId } })).note ?? '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      clearTimeout(timer);
      void callApi('PUT /callLog/note', { body: { sessionId: call.sessionId, note: note.value } });
    };
    note.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_AFTER_MS);
    });
    flush = () => timer !== undefined && save();
    const saved = h('p', { class: 'hint' }, t('dialer_note_saved'));
    element.replaceChildren(
      h('h2', {}, who.name || who.phoneNumber ? t('dialer_on_call_with', who.name || who.phoneNumber!) : t('dialer_on_call_unknown')),
      h('div', { class: 'field' }, h('label', { for: id }, t('dialer_call_note')), note),
      saved,
    );
    element.hidden = false;
  }

  function offerContacts(contacts: ContactInfo[], open: (contact: ContactInfo) => void): void {
    const buttons = contacts.map((contact) =>
      h('button', { type: 'button', onclick: () => ((choices.hidden = true), open(contact)) }, t('dialer_open_contact', contact.name)),
    );
    choices.replaceChildren(h('p', {}, t('dialer_several')), ...buttons);
    choices.hidden = false;
  }

  return { element: h('div', {}, choices, element), showLiveCall: (call) => void showLiveCall(call), offerContacts };
}
