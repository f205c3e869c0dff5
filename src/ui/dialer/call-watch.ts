/**
 * What happens around a live call, from the widget's active-call events (`rc-active-call-notify`,
 * Embeddable docs events.md and call-pop.md; sent in every calling mode, keyed by the call-log
 * session id): the contact pop on ring or answer, the live note while connected, and the log
 * form at hang-up.
 */
import browser from 'webextension-polyfill';
import type { ContactInfo } from '../../protocol/crm-shapes';
import { callApi } from '../api-client';
import { crmContacts } from './contact-match';
import { showLogPage } from './call-logger';
import { crmOf, type HostContext } from './host-context';
import { upsertCall } from './log-actions';
import { otherParty } from './log-info';
import { widgetCall, type WidgetCall } from './widget-schemas';

export interface LiveCallView {
  /** A call is connected: show its note box (undefined: no live call). */
  showLiveCall(call: WidgetCall | undefined): void;
  /** Several contacts match the ringing number: let the user pick the one to open. */
  offerContacts(contacts: ContactInfo[], open: (contact: ContactInfo) => void): void;
}

export function watchCalls(context: HostContext, view: LiveCallView): (message: Record<string, unknown>) => void {
  const popped = new Set<string>();
  const ended = new Set<string>();

  async function pop(call: WidgetCall): Promise<void> {
    if (popped.has(call.sessionId) || !crmOf(context)) return;
    popped.add(call.sessionId);
    const number = otherParty(call).phoneNumber;
    const contacts = number ? await crmContacts(number) : [];
    if (contacts.length === 1) await openContact(contacts[0]!);
    else if (contacts.length > 1) view.offerContacts(contacts, (contact) => void openContact(contact));
  }

  async function hangUp(call: WidgetCall): Promise<void> {
    if (ended.has(call.sessionId)) return;
    ended.add(call.sessionId);
    view.showLiveCall(undefined);
    if (!context.settings.logFormAtHangUp) return;
    // With auto-log on, log first, then open the form to edit what was logged.
    if (context.settings.autoLog) await upsertCall(context, { call });
    const answer = await callApi('GET /callLog', { query: { sessionIds: call.sessionId } });
    await showLogPage(context, call, answer.logs?.[0]?.matched ? 'editLog' : 'createLog');
  }

  return (message) => {
    if (message.type !== 'rc-active-call-notify') return;
    const parsed = widgetCall.safeParse(message.call);
    if (!parsed.success) return;
    const call = parsed.data;
    const { contactPop } = context.settings;
    const status = call.telephonyStatus;
    if (status === 'Ringing' && call.direction === 'Inbound' && contactPop === 'ring') void pop(call);
    else if (status === 'CallConnected') {
      view.showLiveCall(call);
      if (contactPop === 'answer' || (contactPop === 'ring' && call.direction === 'Outbound')) void pop(call);
    } else if (status === 'NoCall' || call.terminationType === 'final') void hangUp(call);
  };
}

async function openContact(contact: ContactInfo): Promise<void> {
  const answer = await callApi('GET /contactUrl', { query: { contactId: String(contact.id), contactType: contact.type } });
  if (answer.url) await browser.tabs.create({ url: answer.url });
}
