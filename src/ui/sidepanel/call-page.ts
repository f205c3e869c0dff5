/**
 * The side panel's second page: the view of one call, opened from the list, and the way back
 * to the list with the focus on that call — after a form, an action or Escape — so a keyboard
 * user never starts over at the top.
 */
import type { CallRecord } from '../../protocol/call-record';
import { dialButton } from '../dial-event';
import { $, h } from '../dom';
import { partyNumber } from '../format-call';
import { showToast } from '../toasts';
import { callButtonIn } from './call-list';
import { callView } from './call-view';
import { metadataFor } from './panel-api';
import { leavesLogForm, logStates, type PanelState } from './panel-state';
import { t } from '../i18n';
import { warning } from '../../protocol/return-message';

export interface CallPageOptions {
  list: HTMLUListElement;
  state(): PanelState;
  /** Draws the list from the state. */
  render(): void;
  /** Reads the outbox and the logged states again. */
  reloadStates(): Promise<unknown>;
  learnName(sessionId: string, name: string): void;
}

export interface CallPage {
  open(call: CallRecord): void;
  close(call?: { sessionId: string }): void;
  isOpen(): boolean;
}

export function createCallPage({ list, state, render, reloadStates, learnName }: CallPageOptions): CallPage {
  const listView = $('#list-view');
  const formView = $('#form-view');
  let opened: CallRecord | undefined;
  let connectedAtOpen = false;

  function open(call: CallRecord): void {
    const { connection, waiting } = state();
    if (!connection) {
      showToast(warning(t('call_connect_crm'), 5000, t('call_connect_crm_hint')));
      return;
    }
    connectedAtOpen = true;
    // The states were just read: nothing to read again on the way back.
    const backToList = () => void reloadStates().then(() => ((connectedAtOpen = false), close(call)));
    const { heading: title, content } = callView({
      call,
      state: logStates(state())?.get(call.sessionId) ?? 'notLogged',
      connection,
      metadata: metadataFor(connection),
      waiting: waiting.filter((item) => item.sessionId === call.sessionId),
      onMatched: (name) => learnName(call.sessionId, name),
      onLogged: (answer, name) => {
        if (!leavesLogForm(answer)) return; // refused: stay on the form
        learnName(call.sessionId, name);
        backToList();
      },
      onSaved: backToList,
      onOutboxDone: backToList,
      onReviewed: (isLogged) => void reloadStates().then(() => (isLogged ? close(call) : open(call))),
    });
    const heading = h('h2', { id: 'form-heading', tabindex: -1 }, title);
    const back = h('button', { type: 'button', class: 'back', onclick: () => close(call) }, t('call_back'));
    opened = call;
    formView.replaceChildren(back, heading, dialButton(partyNumber(call)?.number) ?? '', content);
    listView.hidden = true;
    formView.hidden = false;
    heading.focus();
  }

  /** Back to the list, focus on the call (or what stood for it). */
  function close(call: { sessionId: string } | undefined = opened): void {
    opened = undefined;
    formView.hidden = true;
    formView.replaceChildren();
    listView.hidden = false;
    render();
    const button = call && callButtonIn(list, call.sessionId);
    (button ?? list.querySelector('button') ?? $<HTMLButtonElement>('#refresh')).focus();
    // The CRM ended the sign-in while the call was open: the list shows what now waits for a new one.
    if (connectedAtOpen && state().signedOut) void reloadStates().then(() => formView.hidden && render());
    connectedAtOpen = false;
  }

  return { open, close, isOpen: () => !formView.hidden };
}
