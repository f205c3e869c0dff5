/**
 * The side panel: the "Calls" list with what waits to be logged above it, and the view of the
 * call opened from it. The list comes from the worker (GET /calls, refreshed when the panel
 * opens) with each call's logged state (GET /callLog) and the outbox (GET /outbox), both read
 * from the worker's IndexedDB without asking the CRM. While changes wait, the outbox is read
 * again when the next try is due (it drains by itself), and the states only when it changed.
 */
import browser from 'webextension-polyfill';
import type { CallRecord } from '../../protocol/call-record';
import { $, h } from '../dom';
import { showToast } from '../toasts';
import type { CallLogEntry } from '../../protocol/answers';
import { renderCallList } from './call-list';
import { callView } from './call-view';
import { logStateOf, type LogState } from './log-state';
import { getCalls, getConnection, getLogStates, getOutbox, metadataFor, type CallsAnswer, type Connection, type CreateAnswer, type OutboxEntry } from './panel-api';
import { renderWaiting } from './waiting-section';

const CALLS_KEY = 'ringcentralCalls';
/** Soon after the next try is due, between these bounds: a panel left open must not keep the worker busy. */
const OUTBOX_POLL_MS = { min: 5_000, max: 60_000 };

export function mountSidePanel(): void {
  const listView = $('#list-view');
  const formView = $('#form-view');
  const list = $<HTMLUListElement>('#calls');
  const empty = $('#calls-empty');
  const notice = $('#notice');
  const filter = $<HTMLInputElement>('#unlogged-only');
  const refreshButton = $<HTMLButtonElement>('#refresh');
  const waitingSection = $('#waiting');

  let calls: CallRecord[] = [];
  let entries: Map<string, CallLogEntry> | undefined;
  let states: Map<string, LogState> | undefined;
  let waiting: OutboxEntry[] = [];
  let showAllWaiting = false;
  let connection: Connection | null = null;
  let opened: CallRecord | undefined;
  let poll: ReturnType<typeof setTimeout> | undefined;
  const names = new Map<string, string>();

  function render(): void {
    const now = new Date();
    renderWaitingSection(now);
    // A re-render must not throw the keyboard user back to the top of the page.
    const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.sessionId : undefined;
    renderCallList(list, empty, { calls, states, names, unloggedOnly: filter.checked, now }, open);
    if (focused) list.querySelector<HTMLElement>(`button[data-session-id="${CSS.escape(focused)}"]`)?.focus();
    schedulePoll();
  }

  function renderWaitingSection(now: Date): void {
    renderWaiting(waitingSection, {
      items: waiting,
      showAll: showAllWaiting,
      onShowAll: () => ((showAllWaiting = true), render()),
      crmName: connection?.displayName ?? 'the CRM',
      metadata: connection ? metadataFor(connection) : undefined,
      now,
      onDone: (_answer, item) => void reloadStates().then(() => close(item)),
    });
  }

  const optionsButton = () => h('button', { type: 'button', onclick: () => void browser.runtime.openOptionsPage() }, 'Open Options');

  function showNotice(message: string, action?: HTMLElement): void {
    notice.replaceChildren(h('p', {}, message), action ?? '');
    notice.hidden = false;
  }

  async function loadStates(): Promise<void> {
    const { status, body } = await getLogStates(calls.map((call) => call.sessionId));
    if (status !== 200 || !body.successful) {
      entries = undefined;
      showNotice(body.returnMessage?.message ?? 'The logged state of the calls could not be read.', optionsButton());
    } else {
      entries = new Map((body.logs ?? []).map((entry) => [entry.sessionId, entry]));
    }
    updateStates();
  }

  /** Only this account's outbox; not connected, there is none to show (the notice says why). */
  async function loadOutbox(): Promise<void> {
    const answer = connection ? await getOutbox() : undefined;
    waiting = answer?.successful ? (answer.items ?? []) : [];
    updateStates();
  }

  function updateStates(): void {
    const creates = new Map(waiting.filter((item) => item.operation === 'create').map((item) => [item.sessionId, item]));
    states = entries && new Map([...entries].map(([sessionId, entry]) => [sessionId, logStateOf(entry, creates.get(sessionId))]));
  }

  const reloadStates = () => Promise.all([loadOutbox(), loadStates()]);

  const outboxKey = () => waiting.map((item) => `${item.id}:${item.state}:${item.attempt}`).join();

  function schedulePoll(): void {
    clearTimeout(poll);
    if (!waiting.length) return;
    const nextTry = Math.min(...waiting.filter((item) => item.state === 'pending').map((item) => item.nextAttemptAt));
    const delay = Math.min(Math.max(nextTry - Date.now() + 1000, OUTBOX_POLL_MS.min), OUTBOX_POLL_MS.max);
    poll = setTimeout(() => void pollOutbox(), delay);
  }

  async function pollOutbox(): Promise<void> {
    // A form being filled in is never re-rendered under the user; the list is read when it shows again.
    if (document.visibilityState !== 'visible' || !formView.hidden) return schedulePoll();
    const before = outboxKey();
    await loadOutbox();
    if (outboxKey() !== before) {
      await loadStates();
      if (formView.hidden) return render();
    } else if (!waitingSection.contains(document.activeElement)) {
      renderWaitingSection(new Date()); // only "next try in …" moved on
    }
    schedulePoll();
  }

  async function load(refresh: boolean): Promise<void> {
    connection = await getConnection();
    $('#crm').textContent = connection ? `Logging to ${connection.displayName}` : 'No CRM connected';
    await loadOutbox();
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
    if (!connection) {
      showToast({ message: 'Connect a CRM to log calls.', messageType: 'warning', ttl: 5000, details: [{ title: 'What to do', items: [{ id: '1', type: 'text', text: 'Open Options and connect a CRM.' }] }] });
      return;
    }
    const { heading: title, content } = callView({
      call,
      state: states?.get(call.sessionId) ?? 'notLogged',
      connection,
      metadata: metadataFor(connection),
      waiting: waiting.filter((item) => item.sessionId === call.sessionId),
      onMatched: (name) => names.set(call.sessionId, name),
      onLogged: (answer, name) => void logged(call, answer, name),
      onSaved: () => void reloadStates().then(() => close(call)),
      onOutboxDone: () => void reloadStates().then(() => close(call)),
      onReviewed: (isLogged) => void reloadStates().then(() => (isLogged ? close(call) : open(call))),
    });
    const heading = h('h2', { id: 'form-heading', tabindex: -1 }, title);
    const back = h('button', { type: 'button', class: 'back', onclick: () => close(call) }, '← Calls');
    opened = call;
    formView.replaceChildren(back, heading, content);
    listView.hidden = true;
    formView.hidden = false;
    heading.focus();
  }

  /** Back to the list, focus on the call (or what stood for it): after a form, an action, Escape. */
  function close(call: { sessionId: string } | undefined = opened): void {
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
    await reloadStates();
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
    if (document.visibilityState === 'visible' && formView.hidden) void reloadStates().then(render);
  });
  void load(false);
}
