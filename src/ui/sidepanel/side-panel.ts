/**
 * The side panel: the "Calls" list, and the log or edit form of the call opened from it. The
 * list comes from the worker (GET /calls, refreshed when the panel opens) with each call's
 * logged state (GET /callLog, answered from the worker's ledger without asking the CRM).
 */
import browser from 'webextension-polyfill';
import type { CallRecord } from '../../calls/call-record';
import { connectorMetadata } from '../../connectors/metadata';
import type { ConnectorMetadata } from '../../connectors/types';
import { $, h } from '../dom';
import { showToast } from '../toasts';
import { renderCallList } from './call-list';
import { editForm } from './edit-form';
import { logForm } from './log-form';
import { logStateOf, type LogState } from './log-state';
import { getCalls, getConnection, getLogStates, type CallsAnswer, type Connection, type CreateAnswer } from './panel-api';

const CALLS_KEY = 'ringcentralCalls';

export function mountSidePanel(): void {
  const listView = $('#list-view');
  const formView = $('#form-view');
  const list = $<HTMLUListElement>('#calls');
  const empty = $('#calls-empty');
  const notice = $('#notice');
  const filter = $<HTMLInputElement>('#unlogged-only');
  const refreshButton = $<HTMLButtonElement>('#refresh');

  let calls: CallRecord[] = [];
  let states: Map<string, LogState> | undefined;
  let connection: Connection | null = null;
  let opened: CallRecord | undefined;
  const names = new Map<string, string>();

  const metadataOf = (c: Connection | null): ConnectorMetadata | undefined =>
    c ? (connectorMetadata as Record<string, ConnectorMetadata>)[c.platform] : undefined;

  function render(): void {
    renderCallList(list, empty, { calls, states, names, unloggedOnly: filter.checked, now: new Date() }, open);
  }

  const optionsButton = () => h('button', { type: 'button', onclick: () => void browser.runtime.openOptionsPage() }, 'Open Options');

  function showNotice(message: string, action?: HTMLElement): void {
    notice.replaceChildren(h('p', {}, message), action ?? '');
    notice.hidden = false;
  }

  async function loadStates(): Promise<void> {
    const { status, body } = await getLogStates(calls.map((call) => call.sessionId));
    if (status !== 200 || !body.successful) {
      states = undefined;
      showNotice(body.returnMessage?.message ?? 'The logged state of the calls could not be read.', optionsButton());
      return;
    }
    states = new Map((body.logs ?? []).map((entry) => [entry.sessionId, logStateOf(entry)]));
  }

  async function load(refresh: boolean): Promise<void> {
    connection = await getConnection();
    $('#crm').textContent = connection ? `Logging to ${connection.displayName}` : 'No CRM connected';
    const snapshot = await show(await getCalls(refresh));
    // Stored calls first, then what the phone system has now.
    if (!refresh && snapshot.source === 'ringcentral' && !snapshot.returnMessage) await show(await getCalls(true));
  }

  async function show(snapshot: CallsAnswer): Promise<CallsAnswer> {
    notice.hidden = true;
    calls = snapshot.calls ?? [];
    $('#source').textContent = snapshot.source === 'ringcentral' ? 'RingCentral' : 'Sample calls';
    await loadStates();
    if (snapshot.returnMessage) {
      showToast(snapshot.returnMessage);
      if (!calls.length) showNotice(snapshot.returnMessage.message, optionsButton());
    }
    render();
    return snapshot;
  }

  function open(call: CallRecord): void {
    const metadata = metadataOf(connection);
    if (!connection || !metadata) {
      showToast({ message: 'Connect a CRM to log calls.', messageType: 'warning', ttl: 5000, details: [{ title: 'What to do', items: [{ id: '1', type: 'text', text: 'Open Options and connect a CRM.' }] }] });
      return;
    }
    const state = states?.get(call.sessionId) ?? 'notLogged';
    const heading = h('h2', { id: 'form-heading', tabindex: -1 }, state === 'logged' ? 'Logged call' : 'Log call');
    const back = h('button', { type: 'button', class: 'back', onclick: () => close(call) }, '← Calls');
    const content =
      state === 'logged'
        ? editForm({ call, connection, metadata, onSaved: () => close(call) })
        : state === 'notLogged'
          ? logForm({ call, connection, metadata, onMatched: (name) => names.set(call.sessionId, name), onLogged: (answer, name) => void logged(call, answer, name) })
          : h('p', { class: 'hint' }, state === 'pending'
              ? 'This call is saved and waiting to be logged. It is retried by itself; there is nothing to do.'
              : `This call may already be in ${connection.displayName}, but that could not be confirmed. Check ${connection.displayName} for it.`);
    opened = call;
    formView.replaceChildren(back, heading, content);
    listView.hidden = true;
    formView.hidden = false;
    heading.focus();
  }

  function close(call = opened): void {
    opened = undefined;
    formView.hidden = true;
    formView.replaceChildren();
    listView.hidden = false;
    render();
    const button = call && list.querySelector<HTMLButtonElement>(`button[data-session-id="${CSS.escape(call.sessionId)}"]`);
    (button ?? list.querySelector('button') ?? refreshButton).focus();
  }

  async function logged(call: CallRecord, answer: CreateAnswer, contactName: string): Promise<void> {
    if (!answer.successful && !answer.logId && !answer.queued && !answer.state) return; // refused: stay on the form
    names.set(call.sessionId, contactName);
    await loadStates();
    close(call);
  }

  filter.addEventListener('change', render);
  refreshButton.addEventListener('click', () => void load(true));
  $('#open-options').addEventListener('click', () => void browser.runtime.openOptionsPage());
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !formView.hidden) close();
  });
  // The worker refreshes RingCentral calls on an alarm: show them when they land.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && CALLS_KEY in changes && formView.hidden) void load(false);
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && formView.hidden) void loadStates().then(render);
  });
  void load(false);
}
