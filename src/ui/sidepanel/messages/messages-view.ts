/**
 * The side panel's Messages view: SMS, voicemail and fax conversations by day (GET /messages),
 * each with its logged state (GET /messageLog, read from the worker's ledger), and the log form
 * of the one opened. The panel's view switch (../view-tabs.ts) shows it.
 */
import browser from 'webextension-polyfill';
import { isMessagesChanged } from '../../../protocol/api-answers-browser';
import { connectorMetadata } from '../../../connectors/metadata';
import type { Conversation, MessageLogEntry } from '../../../protocol/message-answers';
import { callApi } from '../../api-client';
import { $, h } from '../../dom';
import { showToast } from '../../toasts';
import { phoneFormatReady } from '../../format-call';
import { renderConversations } from './conversation-list';
import { renderMessageForm } from './message-form';
import { noMessageLogsText } from './message-log-support';
import { nobodyToLogText } from './nobody-to-log';
import { showWaitingMessages } from './waiting-messages';
import { viewTabs } from '../view-tabs';
import { waitingPollDelay } from '../panel-state';
import { t } from '../../i18n';
import { warning } from '../../../protocol/return-message';

export function mountMessagesView(): void {
  const listView = $('#messages-view');
  const formView = $('#message-form-view');
  let conversations: Conversation[] = [];
  let entries: MessageLogEntry[] | undefined;
  let loaded = false;
  let again: ReturnType<typeof setTimeout> | undefined;
  let crmName = t('list_the_crm');
  // What waits in the message ledger, above the conversations (waiting-messages.ts).
  const waiting = h('section', { class: 'waiting', 'aria-labelledby': 'message-waiting-heading' });
  waiting.hidden = true;
  $('#conversations').before(waiting);
  // A CRM without message logs: said once, above the days (their forms then have no Log button).
  const noLogs = h('p', { class: 'call-reason', id: 'messages-no-logs' });
  noLogs.hidden = true;
  waiting.before(noLogs);
  let noLogsFor: { platform: string; text: string | undefined } | undefined;

  async function checkMessageLogs(connection: { platform: string; displayName: string } | null | undefined): Promise<string | undefined> {
    if (connection && noLogsFor?.platform !== connection.platform) {
      noLogsFor = { platform: connection.platform, text: await noMessageLogsText(connection) };
    }
    const text = connection ? noLogsFor?.text : undefined;
    noLogs.textContent = text ?? '';
    noLogs.hidden = !text;
    return text;
  }

  function render(): void {
    renderConversations($<HTMLUListElement>('#conversations'), $('#conversations-empty'), conversations, entries, open);
  }

  async function loadStates(): Promise<void> {
    const ids = conversations.map((c) => c.conversationLogId);
    const answer = ids.length ? await callApi('GET /messageLog', { query: { conversationLogIds: ids.join(',') } }) : undefined;
    entries = answer?.successful ? answer.logs : ids.length ? undefined : [];
  }

  async function load(refresh: boolean): Promise<void> {
    loaded = true;
    // Correspondents without a name are listed by number: the formatter loads while the worker answers.
    const formatter = phoneFormatReady();
    const snapshot = await callApi('GET /messages', refresh ? { query: { refresh: 'true' } } : {});
    conversations = snapshot.conversations ?? [];
    $('#messages-source').textContent =
      snapshot.source === 'ringcentral' ? t('list_source_ringcentral') : snapshot.source === 'sample' ? t('messages_source_sample') : '';
    showToast(snapshot.returnMessage);
    const connection = (await callApi('GET /connection')).connection;
    crmName = connection?.displayName ?? t('list_the_crm');
    await checkMessageLogs(connection);
    await loadStates();
    await formatter;
    render();
    await loadWaiting();
  }

  async function loadWaiting(): Promise<void> {
    schedulePoll(await showWaitingMessages(waiting, crmName, () => void loadStates().then(render).then(loadWaiting)));
  }

  // Read again soon after the next try is due, while something waits (a local read), as the Calls view does.
  function schedulePoll(items: readonly { nextAttemptAt: number }[]): void {
    clearTimeout(again);
    const delay = waitingPollDelay(items, Date.now());
    if (delay !== undefined) again = setTimeout(() => void poll(items), delay);
  }

  async function poll(items: readonly { nextAttemptAt: number }[]): Promise<void> {
    // Never under a form being filled in or a discard being confirmed; a hidden panel waits too.
    if (document.visibilityState !== 'visible' || !formView.hidden || waiting.contains(document.activeElement)) return schedulePoll(items);
    await loadStates();
    render();
    await loadWaiting();
  }

  async function open(conversation: Conversation): Promise<void> {
    const connection = (await callApi('GET /connection')).connection;
    if (!connection) {
      showToast(warning(t('messages_not_connected'), 5000, t('call_connect_crm_hint')));
      return;
    }
    const known = (connectorMetadata as Record<string, { displayName: string }>)[connection.platform];
    listView.hidden = true;
    formView.hidden = false;
    renderMessageForm(formView, conversation, {
      platform: connection.platform,
      crmName: known?.displayName ?? connection.displayName,
      cannotLog: (await checkMessageLogs(connection)) ?? nobodyToLogText(conversation),
      entries: entries ?? [],
      close: (changed) => {
        formView.hidden = true;
        listView.hidden = false;
        if (changed) void loadStates().then(render).then(loadWaiting);
      },
    });
  }

  // An auto-log pass logged or left conversations: show it, unless a form is being filled.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isMessagesChanged(message) && loaded && formView.hidden) void load(false);
    return undefined;
  });
  viewTabs().onShown('messages', () => {
    if (!loaded) void load(true);
  });
  $('#messages-refresh').addEventListener('click', () => void load(true));
}
