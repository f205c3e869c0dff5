/**
 * The side panel's first page, drawn from the panel state: the notice, what waits to be logged,
 * the calls (optionally only the unlogged ones), and which CRM and phone source they are for.
 */
import browser from 'webextension-polyfill';
import type { OutboxEntry } from '../../protocol/api-answers';
import type { CallRecord } from '../../protocol/call-record';
import { $, h } from '../dom';
import { callButtonIn, renderCallList } from './call-list';
import { metadataFor } from './panel-api';
import { logStates, type PanelState } from './panel-state';
import { renderWaiting } from './waiting-section';
import { t } from '../i18n';
import { workerText } from '../worker-text';

export interface ListPageOptions {
  state(): PanelState;
  open(call: CallRecord): void;
  showAllWaiting(): void;
  /** "Retry now" or "Discard" of a waiting change was answered. */
  onOutboxDone(item: OutboxEntry): void;
}

export interface ListPage {
  list: HTMLUListElement;
  render(): void;
  /** Only the waiting changes, when nothing but the time moved on ("next try in …"). */
  renderWaiting(): void;
  waitingHasFocus(): boolean;
}

export function createListPage({ state, open, showAllWaiting, onOutboxDone }: ListPageOptions): ListPage {
  const list = $<HTMLUListElement>('#calls');
  const notice = $('#notice');
  const filter = $<HTMLInputElement>('#unlogged-only');
  const waitingSection = $('#waiting');

  function render(): void {
    const now = new Date();
    const { connection, source, calls, names } = state();
    $('#crm').textContent = connection === undefined ? '' : connection ? t('list_logging_to', connection.displayName) : t('list_no_crm');
    $('#source').textContent = source === undefined ? '' : source === 'ringcentral' ? t('list_source_ringcentral') : t('list_source_sample');
    renderNotice();
    drawWaiting(now);
    // A re-render must not throw the keyboard user back to the top of the page.
    const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.sessionId : undefined;
    renderCallList(list, $('#calls-empty'), { calls, states: logStates(state()), names, unloggedOnly: filter.checked, now }, open);
    if (focused) callButtonIn(list, focused)?.focus();
  }

  function drawWaiting(now: Date): void {
    const { connection, signedOut, waiting, showAllWaiting: showAll } = state();
    const crm = connection ?? signedOut;
    renderWaiting(waitingSection, {
      items: waiting,
      showAll,
      onShowAll: showAllWaiting,
      crmName: crm?.displayName ?? t('list_the_crm'),
      metadata: crm ? metadataFor(crm) : undefined,
      signedOut: !connection && Boolean(signedOut),
      now,
      onDone: (_answer, item) => onOutboxDone(item),
    });
  }

  /** Drawn only when it changed, so its button keeps the focus across re-renders. */
  function renderNotice(): void {
    const message = state().notice;
    if (notice.hidden ? message === undefined : notice.firstChild?.textContent === noticeText(message)) return;
    const options = h('button', { type: 'button', onclick: () => void browser.runtime.openOptionsPage() }, t('outbox_open_options'));
    notice.replaceChildren(h('p', {}, noticeText(message)), options);
    notice.hidden = message === undefined;
  }

  filter.addEventListener('change', render);
  const noticeText = (message: string | undefined) => (message === undefined ? '' : workerText(message));
  return { list, render, renderWaiting: () => drawWaiting(new Date()), waitingHasFocus: () => waitingSection.contains(document.activeElement) };
}
